// The matching rules of ../shared/eval/GOLD_FORMAT.md, applied to one article.
import { nameKey, namesMatch } from '@diplomacy-graph/core';
import type { ArticleFacts, GatheringFact, GoldArticle, LeaderFact } from './article-facts.ts';
import { addCounts, type Counts, NO_COUNTS } from './counts.ts';
import { type MatchScore, matchOneToOne } from './match-one-to-one.ts';
import { bestOverlap, OVERLAP_THRESHOLD } from './token-overlap.ts';

/** The five fact blocks of the gold format: the ones the overall figure pools. */
export const FACT_BLOCKS = ['leaders', 'meetings', 'visits', 'gatherings', 'awards'] as const;
/** Scored separately, each under the fact block it refines; not part of the overall figure. */
export const DETAIL_BLOCKS = {
  titles: 'leaders',
  meetingDates: 'meetings',
  attendees: 'gatherings',
} as const;

export type FactBlock = (typeof FACT_BLOCKS)[number];
export type DetailBlock = keyof typeof DETAIL_BLOCKS;
export type ScoredBlock = FactBlock | DetailBlock;
/** Every block in reading order: each detail block right after the fact block it refines. */
export const SCORED_BLOCKS: readonly ScoredBlock[] = [
  'leaders',
  'titles',
  'meetings',
  'meetingDates',
  'visits',
  'gatherings',
  'attendees',
  'awards',
];

/** One missed or extra fact, in words a reader can check against the article. */
export type Finding = { block: ScoredBlock; fact: string };

export type ArticleScore = {
  file: string;
  counts: Record<ScoredBlock, Counts>;
  misses: Finding[];
  extras: Finding[];
};

type BlockOutcome<P, G> = {
  pairs: { predicted: P; gold: G }[];
  /** Predictions matching no gold fact that are not excused as optional. */
  extras: P[];
  misses: G[];
};

// A closer spelling wins ties in the one-to-one matching; any rule-conforming match counts the same.
const EXACT_NAME = 1;
const PARTIAL_NAME = 0.5;

/** How a predicted name fits a gold person known by `forms` (name and aliases), or null. */
function scoreName(predicted: string, forms: readonly string[]): number | null {
  if (!namesMatch(predicted, forms)) return null;
  const key = nameKey(predicted);
  return forms.some((form) => nameKey(form) === key) ? EXACT_NAME : PARTIAL_NAME;
}

/** Gold persons by the names the fact blocks use, with the forms each can be recognised by. */
function indexGoldPeople(gold: GoldArticle) {
  const leaders: readonly LeaderFact[] = gold.leaders;
  const formsOf = (goldName: string): string[] => {
    const leader =
      leaders.find((l) => l.name === goldName) ?? leaders.find((l) => l.aliases.includes(goldName));
    return leader ? [leader.name, ...leader.aliases] : [goldName];
  };
  const isOptional = (predicted: string) =>
    gold.optional.leaders.some((optional) => namesMatch(predicted, [optional]));
  const scorePerson = (predicted: string, goldName: string) =>
    scoreName(predicted, formsOf(goldName));
  return { isOptional, scorePerson };
}

function scoreBlock<P, G>(
  predicted: readonly P[],
  gold: readonly G[],
  optional: readonly G[],
  score: MatchScore<P, G>,
  involvesOptionalPerson: (item: P) => boolean,
): BlockOutcome<P, G> {
  const matching = matchOneToOne(predicted, gold, score);
  const extras = matching.unmatchedPredicted.filter(
    (item) => !involvesOptionalPerson(item) && !optional.some((o) => score(item, o) !== null),
  );
  return { pairs: matching.pairs, extras, misses: matching.unmatchedGold };
}

function countOutcome(outcome: BlockOutcome<unknown, unknown>): Counts {
  return {
    truePositives: outcome.pairs.length,
    falsePositives: outcome.extras.length,
    falseNegatives: outcome.misses.length,
  };
}

const describePair = ([a, b]: readonly [string, string]) => `${a} – ${b}`;

/**
 * Scores one article's predicted facts against its gold annotation.
 * @example scoreArticle(reportArticle, goldArticle).counts.meetings // { truePositives: 7, … }
 */
export function scoreArticle(predicted: ArticleFacts, gold: GoldArticle): ArticleScore {
  const { isOptional, scorePerson } = indexGoldPeople(gold);
  const counts = emptyCounts();
  const misses: Finding[] = [];
  const extras: Finding[] = [];
  const record = <P, G>(
    block: ScoredBlock,
    outcome: BlockOutcome<P, G>,
    describePredicted: (item: P) => string,
    describeGold: (item: G) => string,
  ) => {
    counts[block] = countOutcome(outcome);
    for (const item of outcome.misses) misses.push({ block, fact: describeGold(item) });
    for (const item of outcome.extras) extras.push({ block, fact: describePredicted(item) });
  };

  // Leaders: person + country; the one-to-one matching makes a second entry a false positive.
  const leaders = scoreBlock(
    predicted.leaders,
    gold.leaders,
    [],
    (p, g) => (p.country === g.country ? scoreName(p.name, [g.name, ...g.aliases]) : null),
    (p) => isOptional(p.name),
  );
  const describeLeader = (l: LeaderFact) => `${l.name} (${l.country ?? 'no country'})`;
  record('leaders', leaders, describeLeader, describeLeader);

  // Titles: only of matched leaders, so a missed leader is not counted twice.
  const titleOutcomes = leaders.pairs.map(({ predicted: p, gold: g }) => {
    const outcome = scoreBlock(
      p.titles,
      g.titles,
      [],
      (pt, gt) => {
        const overlap = bestOverlap(pt, [gt]);
        return overlap >= OVERLAP_THRESHOLD ? overlap : null;
      },
      () => false,
    );
    return {
      pairs: outcome.pairs,
      extras: outcome.extras.map((title) => `${g.name}: ${title}`),
      misses: outcome.misses.map((title) => `${g.name}: ${title}`),
    };
  });
  record('titles', mergeOutcomes(titleOutcomes), String, String);

  // Meetings: the unordered pair of persons.
  const scoreMeeting = (
    p: { participants: [string, string] },
    g: { participants: [string, string] },
  ) => {
    const [p1, p2] = p.participants;
    const [g1, g2] = g.participants;
    const straight = bothScores(scorePerson(p1, g1), scorePerson(p2, g2));
    const crossed = bothScores(scorePerson(p1, g2), scorePerson(p2, g1));
    return straight === null ? crossed : Math.max(straight, crossed ?? 0);
  };
  const meetings = scoreBlock(
    predicted.meetings,
    gold.meetings,
    gold.optional.meetings,
    scoreMeeting,
    (p) => p.participants.some(isOptional),
  );
  record(
    'meetings',
    meetings,
    (m) => describePair(m.participants),
    (m) => describePair(m.participants),
  );

  // Meeting dates: on matched meetings whose gold date is known; a wrong date is missed and extra.
  const dated = meetings.pairs.filter(({ gold: g }) => g.date !== null);
  const rightDates = dated.filter(({ predicted: p, gold: g }) => p.date === g.date);
  const wrongDates = dated.filter(({ predicted: p, gold: g }) => p.date !== g.date);
  counts.meetingDates = {
    truePositives: rightDates.length,
    falsePositives: wrongDates.filter(({ predicted: p }) => p.date !== null).length,
    falseNegatives: wrongDates.length,
  };
  for (const { predicted: p, gold: g } of wrongDates) {
    const pair = describePair(g.participants);
    misses.push({
      block: 'meetingDates',
      fact: `${pair} on ${g.date} (extracted ${p.date ?? 'none'})`,
    });
    if (p.date !== null) extras.push({ block: 'meetingDates', fact: `${pair} on ${p.date}` });
  }

  // Visits: visitor + host country.
  const visits = scoreBlock(
    predicted.visits,
    gold.visits,
    gold.optional.visits,
    (p, g) => (p.country === g.country ? scorePerson(p.visitor, g.visitor) : null),
    (p) => isOptional(p.visitor),
  );
  const describeVisit = (v: { visitor: string; country: string }) => `${v.visitor} → ${v.country}`;
  record('visits', visits, describeVisit, describeVisit);

  // Gatherings: name (or alias) overlap; attendees as (gathering, person) pairs.
  const scoreGathering = (p: GatheringFact, g: GatheringFact) => {
    const overlap = bestOverlap(p.name, [g.name, ...g.aliases]);
    return overlap >= OVERLAP_THRESHOLD ? overlap : null;
  };
  const gatherings = scoreBlock(
    predicted.gatherings,
    gold.gatherings,
    gold.optional.gatherings,
    scoreGathering,
    () => false,
  );
  const describeGathering = (g: GatheringFact) => g.name;
  record('gatherings', gatherings, describeGathering, describeGathering);

  const attendeeOutcomes = [
    ...gatherings.pairs.map(({ predicted: p, gold: g }) => {
      const outcome = scoreBlock(p.attendees, g.attendees, [], scorePerson, isOptional);
      return {
        pairs: outcome.pairs,
        extras: outcome.extras.map((person) => `${person} at ${g.name}`),
        misses: outcome.misses.map((person) => `${person} at ${g.name}`),
      };
    }),
    ...gatherings.extras.map((p) => ({
      pairs: [],
      extras: p.attendees
        .filter((person) => !isOptional(person))
        .map((person) => `${person} at ${p.name}`),
      misses: [],
    })),
    ...gatherings.misses.map((g) => ({
      pairs: [],
      extras: [],
      misses: g.attendees.map((person) => `${person} at ${g.name}`),
    })),
  ];
  record('attendees', mergeOutcomes(attendeeOutcomes), String, String);

  // Awards: recipient + award name overlap.
  const awards = scoreBlock(
    predicted.awards,
    gold.awards,
    gold.optional.awards,
    (p, g) => {
      const recipient = scorePerson(p.recipient, g.recipient);
      const overlap = bestOverlap(p.award, [g.award, ...g.aliases]);
      return recipient === null || overlap < OVERLAP_THRESHOLD ? null : (recipient + overlap) / 2;
    },
    (p) => isOptional(p.recipient),
  );
  const describeAward = (a: { award: string; recipient: string }) => `${a.award} → ${a.recipient}`;
  record('awards', awards, describeAward, describeAward);

  return { file: gold.file, counts, misses, extras };
}

/** Zero counts for every block. */
export function emptyCounts(): Record<ScoredBlock, Counts> {
  return Object.fromEntries(SCORED_BLOCKS.map((block) => [block, NO_COUNTS])) as Record<
    ScoredBlock,
    Counts
  >;
}

/** The overall figure's counts: the five fact blocks pooled (a micro-average), details left out. */
export function poolFactBlocks(counts: Record<ScoredBlock, Counts>): Counts {
  return FACT_BLOCKS.reduce((sum, block) => addCounts(sum, counts[block]), NO_COUNTS);
}

function bothScores(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : (a + b) / 2;
}

function mergeOutcomes(outcomes: BlockOutcome<string, string>[]): BlockOutcome<string, string> {
  return {
    pairs: outcomes.flatMap((o) => o.pairs),
    extras: outcomes.flatMap((o) => o.extras),
    misses: outcomes.flatMap((o) => o.misses),
  };
}
