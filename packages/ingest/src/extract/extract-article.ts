// One article → ArticleExtraction: people, meetings, visits, gatherings, awards, statements, with
// the sentence that states each fact. Pure: the same article gives the same extraction.

import type { LoadedArticle } from '../load/types.ts';
import { type AnalyzedSentence, type ArticleAnalysis, analyzeArticle } from './analyze-article.ts';
import { findAwards } from './find-awards.ts';
import type { DateMention } from './find-dates.ts';
import { findGatherings } from './find-gatherings.ts';
import { findMeetings, isUnreal, type MeetingDraft } from './find-meetings.ts';
import { findStatements } from './find-statements.ts';
import { findVisits, type VisitDraft } from './find-visits.ts';
import { emptyFolderContext, type FolderContext, resolveWeekday } from './folder-context.ts';
import { gatheringKey, sameGathering } from './gathering-key.ts';
import { canonicalName, countryOf, distinctTitles, type Person } from './people-registry.ts';
import { settleGuessedCountries } from './settle-guessed-countries.ts';
import type { Token } from './tokenize.ts';
import type {
  ArticleExtraction,
  EvidenceRef,
  ExtractedAward,
  ExtractedDate,
  ExtractedGathering,
  ExtractedLeader,
  ExtractedMeeting,
  ExtractedMention,
  ExtractedVisit,
} from './types.ts';

const DAY_MS = 86_400_000;
const MEETING_NOUNS = new Set(['talks', 'meeting', 'entretiens', 'entretien', 'rencontre']);

function addEvidence(list: EvidenceRef[], evidence: EvidenceRef): void {
  if (!list.some((item) => item.start === evidence.start)) list.push(evidence);
}

// A sentence's folded words, built once: several events of one sentence may need its weekday.
const wordsBySentence = new WeakMap<AnalyzedSentence, Set<string>>();

function sentenceWords(sentence: AnalyzedSentence): Set<string> {
  let words = wordsBySentence.get(sentence);
  if (words === undefined) {
    words = new Set(sentence.tokens.map((token) => token.fold));
    wordsBySentence.set(sentence, words);
  }
  return words;
}

function dateOf(
  mention: DateMention | undefined,
  sentence: AnalyzedSentence,
  context: FolderContext,
): ExtractedDate | null {
  if (!mention) return null;
  if (mention.date) return mention.date;
  if (mention.weekday === null) return null;
  const day = resolveWeekday(context, sentenceWords(sentence), mention.weekday);
  return day ? { value: day, precision: 'DAY' } : null;
}

function sentenceDate(sentence: AnalyzedSentence, context: FolderContext): ExtractedDate | null {
  // A stated date beats a weekday ("on Friday, August 18, 2023"); a day beats a month.
  const mention =
    sentence.dates.find((m) => m.date?.precision === 'DAY' || m.date?.precision === 'RANGE') ??
    sentence.dates.find((m) => m.weekday !== null) ??
    sentence.dates[0];
  return dateOf(mention, sentence, context);
}

/**
 * The story's day before sentence `index`, for same-day news only: the one day the factual
 * sentences before it state, on the publication day or the day before. A recap ("left Lima on
 * November 16, concluding the visit … he had meetings with …") or a story across several days
 * dates none of its undated meetings.
 */
function storyDayBefore(
  analysis: ArticleAnalysis,
  index: number,
  context: FolderContext,
): ExtractedDate | null {
  const published = analysis.dateContext.published;
  if (!published) return null;
  const dayBefore = new Date(Date.parse(`${published}T00:00:00Z`) - DAY_MS)
    .toISOString()
    .slice(0, 10);
  let day: ExtractedDate | null = null;
  for (let k = index - 1; k >= 0; k--) {
    const sentence = analysis.sentences[k];
    if (!sentence || sentence.dates.length === 0) continue;
    // "doit se rendre jeudi à Abuja": a planned day is not the story's.
    if (isUnreal(sentence, 0, sentence.tokens.length, analysis.french, 0)) continue;
    const date = sentenceDate(sentence, context);
    if (date?.precision !== 'DAY' || date.value > published) continue;
    if (date.value < dayBefore || (day && day.value !== date.value)) return null;
    day = date;
  }
  return day;
}

function buildMeetings(
  analysis: ArticleAnalysis,
  drafts: readonly MeetingDraft[],
  context: FolderContext,
): ExtractedMeeting[] {
  const meetings: (ExtractedMeeting & { pair: [Person, Person]; at: number })[] = [];
  for (const draft of drafts) {
    const existing = meetings.find(
      (m) => m.pair.includes(draft.subject) && m.pair.includes(draft.other),
    );
    const date = sentenceDate(draft.sentence, context);
    if (existing) {
      existing.date ??= date;
      addEvidence(existing.evidence, draft.sentence.evidence);
      continue;
    }
    meetings.push({
      at: draft.sentence.index,
      pair: [draft.subject, draft.other],
      participants: [canonicalName(draft.subject), canonicalName(draft.other)],
      kind: draft.kind,
      date,
      place: draft.sentence.place ?? analysis.defaultPlace,
      parent: null,
      evidence: [draft.sentence.evidence],
    });
  }
  // "Speaking to the press following the talks on November 13": the article's one meeting.
  if (meetings.length === 1 && meetings[0] && meetings[0].date === null) {
    for (const sentence of analysis.sentences) {
      const day = sentence.dates.find((m) => m.date?.precision === 'DAY');
      if (
        day?.date &&
        sentence.tokens.some(
          (token, i) =>
            MEETING_NOUNS.has(token.fold) &&
            ['the', 'les', 'the'].includes(sentence.tokens[i - 1]?.fold ?? ''),
        )
      ) {
        meetings[0].date = day.date;
        addEvidence(meetings[0].evidence, sentence.evidence);
        break;
      }
    }
  }
  // "Avant la réunion, M. Scholz s'était entretenu avec M. Macron": a meeting told without a day
  // happened on the story's day, when the article has stated one and only one before it.
  for (const meeting of meetings) meeting.date ??= storyDayBefore(analysis, meeting.at, context);
  return meetings.map(({ pair: _pair, at: _at, ...meeting }) => meeting);
}

function buildVisits(drafts: readonly VisitDraft[], context: FolderContext): ExtractedVisit[] {
  const visits: ExtractedVisit[] = [];
  for (const draft of drafts) {
    const visitor = canonicalName(draft.visitor);
    const existing = visits.find(
      (visit) => visit.visitor === visitor && visit.country === draft.country,
    );
    const date = dateOf(draft.date ?? undefined, draft.sentence, context);
    if (existing) {
      existing.date ??= date;
      if (existing.kind === 'OTHER') existing.kind = draft.kind;
      addEvidence(existing.evidence, draft.sentence.evidence);
      continue;
    }
    visits.push({
      visitor,
      country: draft.country,
      kind: draft.kind,
      date,
      evidence: [draft.sentence.evidence],
    });
  }
  return visits;
}

function buildGatherings(analysis: ArticleAnalysis, context: FolderContext): ExtractedGathering[] {
  const gatherings: (ExtractedGathering & { key: string[] })[] = [];
  const frames = new Map<number, string>();
  for (const draft of findGatherings(analysis)) {
    const key = gatheringKey(draft.name);
    let gathering = gatherings.find((g) => sameGathering(g.key, key) && g.type === draft.type);
    const date = sentenceDate(draft.sentence, context);
    if (!gathering) {
      gathering = {
        key,
        name: draft.name,
        aliases: [],
        type: draft.type,
        kind: draft.kind,
        attendees: [],
        place: draft.place,
        date: null,
        parent: null,
        knownDays: [],
        evidence: [],
      };
      gatherings.push(gathering);
    } else if (draft.name !== gathering.name && !gathering.aliases.includes(draft.name)) {
      if (draft.name.length > gathering.name.length) {
        gathering.aliases.push(gathering.name);
        gathering.name = draft.name;
        gathering.key = key;
      } else gathering.aliases.push(draft.name);
    }
    for (const person of draft.attendees) {
      const name = canonicalName(person);
      if (!gathering.attendees.includes(name)) gathering.attendees.push(name);
    }
    if (date?.precision === 'DAY') gathering.knownDays?.push(date.value);
    // A week or a forum spans days: a day stated with it dates the stay, not the whole gathering.
    if (date && !gathering.date)
      gathering.date =
        date.precision === 'DAY' && gathering.kind === 'WEEK'
          ? { value: date.value.slice(0, 7), precision: 'MONTH' }
          : date;
    gathering.place ??= draft.place;
    if (draft.frame) frames.set(draft.sentence.index, gathering.name);
    addEvidence(gathering.evidence, draft.sentence.evidence);
  }
  for (const gathering of gatherings) {
    const sentenceIndex = analysis.sentences.findIndex(
      (s) => gathering.evidence[0]?.start === s.start,
    );
    const frame = frames.get(sentenceIndex);
    if (frame && frame !== gathering.name) gathering.parent = frame;
  }
  return gatherings.map(({ key: _key, ...gathering }) => gathering);
}

function buildAwards(analysis: ArticleAnalysis, context: FolderContext): ExtractedAward[] {
  const awards: ExtractedAward[] = [];
  for (const draft of findAwards(analysis)) {
    const recipient = canonicalName(draft.recipient);
    const existing = awards.find(
      (award) =>
        award.recipient === recipient &&
        sameGathering(gatheringKey(award.award), gatheringKey(draft.award)),
    );
    if (existing) {
      existing.presenter ??= draft.presenter ? canonicalName(draft.presenter) : null;
      addEvidence(existing.evidence, draft.sentence.evidence);
      continue;
    }
    awards.push({
      award: draft.award,
      recipient,
      presenter: draft.presenter ? canonicalName(draft.presenter) : null,
      date: sentenceDate(draft.sentence, context),
      place: draft.sentence.place ?? analysis.defaultPlace,
      evidence: [draft.sentence.evidence],
    });
  }
  return awards;
}

function buildLeaders(analysis: ArticleAnalysis): ExtractedLeader[] {
  // One pass over the sentences collects every person's evidence.
  const evidenceOf = new Map<Person, EvidenceRef[]>();
  for (const sentence of analysis.sentences) {
    for (const ref of sentence.refs) {
      if (ref.kind === 'pronoun') continue;
      const list = evidenceOf.get(ref.person) ?? [];
      if (list.at(-1) !== sentence.evidence) list.push(sentence.evidence);
      evidenceOf.set(ref.person, list);
    }
  }
  return analysis.registry.people
    .filter((person) => person.titled)
    .map((person) => {
      const name = canonicalName(person);
      const evidence = evidenceOf.get(person) ?? [];
      return {
        name,
        aliases: person.forms.filter((form) => form !== name),
        country: countryOf(person),
        titles: distinctTitles(person.titles),
        roles: person.roles,
        evidence,
      };
    });
}

// One object per mention, built in place: an article has hundreds of them. A module function, not
// a closure: tsx names every closure it creates, which costs per call.
function addMention(
  mentions: ExtractedMention[],
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  kind: ExtractedMention['kind'],
  ref: string | null,
): void {
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? 0;
  mentions.push({ start, end, kind, text: text.slice(start, end), ref });
}

function buildMentions(analysis: ArticleAnalysis): ExtractedMention[] {
  const mentions: ExtractedMention[] = [];
  const text = analysis.article.text;
  for (const { tokens, refs, notes, dates } of analysis.sentences) {
    for (const ref of refs)
      addMention(mentions, text, tokens, ref.start, ref.end, 'PERSON', canonicalName(ref.person));
    for (const country of notes.countryAt)
      if (country)
        addMention(mentions, text, tokens, country.start, country.end, 'COUNTRY', country.code);
    for (const date of dates)
      addMention(mentions, text, tokens, date.start, date.end, 'DATE', date.date?.value ?? null);
  }
  return mentions;
}

/**
 * Extracts every fact of one loaded article. `context` lends facts from the other articles of a
 * folder (the days of a gathering) to date weekdays.
 * @example extractArticle(loadArticleText('a.txt', 'LIMA — President X met Prime Minister Y …'))
 */
export function extractArticle(
  article: LoadedArticle,
  context: FolderContext = emptyFolderContext(),
): ArticleExtraction {
  const analysis = analyzeArticle(article);
  // The article's own gatherings lend their days first, so one article can date its own weekdays.
  const own = buildGatherings(analysis, context);
  const withOwn: FolderContext = {
    gatherings: [
      ...own.flatMap((g) =>
        g.knownDays?.length ? [{ key: gatheringKey(g.name), days: g.knownDays }] : [],
      ),
      ...context.gatherings,
    ],
  };
  const meetingDrafts = findMeetings(analysis);
  const visitDrafts = findVisits(analysis);
  settleGuessedCountries(analysis, meetingDrafts, visitDrafts);
  return {
    file: article.file,
    contentHash: article.contentHash,
    language: article.language,
    title: article.title,
    published: analysis.dateContext.published,
    sourceAgency: article.sourceAgency,
    dateline: article.dateline,
    text: article.text,
    leaders: buildLeaders(analysis),
    meetings: buildMeetings(analysis, meetingDrafts, withOwn),
    visits: buildVisits(
      visitDrafts.filter((draft) => draft.country !== countryOf(draft.visitor)),
      withOwn,
    ),
    gatherings: own,
    awards: buildAwards(analysis, withOwn),
    statements: findStatements(analysis),
    mentions: buildMentions(analysis),
  };
}
