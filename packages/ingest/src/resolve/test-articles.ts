// Hand-written extractions modelled on the seeds, for resolver tests: each helper builds one fact
// with a quoted sentence, so tests read like the articles they stand for.
import type {
  ArticleExtraction,
  EvidenceRef,
  ExtractedDate,
  ExtractedGathering,
  ExtractedLeader,
} from '../extract/types.ts';

let nextStart = 0;

export function sentence(quote: string): EvidenceRef {
  const start = nextStart;
  nextStart += quote.length + 1;
  return { start, end: start + quote.length, quote };
}

export function day(value: string): ExtractedDate {
  return { value, precision: 'DAY' };
}

export function month(value: string): ExtractedDate {
  return { value, precision: 'MONTH' };
}

export function leader(
  name: string,
  country: string | null,
  titles: string[] = [],
  aliases: string[] = [],
): ExtractedLeader {
  return {
    name,
    aliases,
    country,
    titles,
    roles: titles.map(() => 'OTHER'),
    evidence: [sentence(`${titles[0] ?? ''} ${name}`)],
  };
}

export function gathering(
  name: string,
  attendees: string[],
  extra: Partial<ExtractedGathering> = {},
): ExtractedGathering {
  return {
    name,
    aliases: [],
    type: 'GATHERING',
    kind: null,
    attendees,
    place: 'Lima',
    date: null,
    parent: null,
    evidence: [sentence(`${attendees.join(', ')} attended the ${name}.`)],
    ...extra,
  };
}

export function article(file: string, facts: Partial<ArticleExtraction>): ArticleExtraction {
  return {
    file,
    contentHash: `hash-of-${file}`,
    language: 'en',
    title: null,
    published: null,
    sourceAgency: null,
    dateline: null,
    text: `text of ${file}`,
    leaders: [],
    meetings: [],
    visits: [],
    gatherings: [],
    awards: [],
    statements: [],
    mentions: [],
    ...facts,
  };
}

export function meeting(
  a: string,
  b: string,
  date: ExtractedDate | null = null,
  parent: string | null = null,
  kind: 'BILATERAL_MEETING' | 'TALKS' = 'BILATERAL_MEETING',
) {
  return {
    participants: [a, b] as [string, string],
    kind,
    date,
    place: 'Lima',
    parent,
    evidence: [sentence(`${a} met ${b}.`)],
  };
}

export function award(name: string, recipient: string, presenter: string | null) {
  return {
    award: name,
    recipient,
    presenter,
    date: null,
    place: null,
    evidence: [sentence(`${recipient} received the ${name}.`)],
  };
}
