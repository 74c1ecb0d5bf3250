// ArticleExtraction → the shape of ../shared/eval/GOLD_FORMAT.md, plus evidence per fact.
import type { ArticleExtraction, EvidenceRef, ExtractedDate } from '../extract/types.ts';

const quote = (evidence: EvidenceRef[]) =>
  evidence.map(({ start, end, quote: text }) => ({ start, end, quote: text }));
const day = (date: ExtractedDate | null) => date?.value ?? null;

export type GoldArticle = ReturnType<typeof toGoldReport>;

/** One article of `{"articles": [...]}`: `file` and `article` both carry the file name. */
export function toGoldReport(extraction: ArticleExtraction) {
  return {
    file: extraction.file,
    article: extraction.file,
    language: extraction.language,
    published: extraction.published,
    leaders: extraction.leaders.map((leader) => ({
      name: leader.name,
      aliases: leader.aliases,
      country: leader.country,
      titles: leader.titles,
      evidence: quote(leader.evidence),
    })),
    meetings: extraction.meetings.map((meeting) => ({
      participants: meeting.participants,
      date: day(meeting.date),
      place: meeting.place,
      evidence: quote(meeting.evidence),
    })),
    visits: extraction.visits.map((visit) => ({
      visitor: visit.visitor,
      country: visit.country,
      date: day(visit.date),
      evidence: quote(visit.evidence),
    })),
    gatherings: extraction.gatherings.map((gathering) => ({
      name: gathering.name,
      aliases: gathering.aliases,
      attendees: gathering.attendees,
      place: gathering.place,
      date: day(gathering.date),
      parent: gathering.parent,
      evidence: quote(gathering.evidence),
    })),
    awards: extraction.awards.map((award) => ({
      award: award.award,
      recipient: award.recipient,
      presenter: award.presenter,
      evidence: quote(award.evidence),
    })),
    optional: { leaders: [] as string[], note: '' },
  };
}
