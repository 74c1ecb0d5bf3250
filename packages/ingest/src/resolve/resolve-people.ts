// One Person per real person across articles: spellings, diacritics, name order and near-miss
// typos merge; a shared surname alone never does, and country (then office) is the evidence that
// decides between candidates.
import {
  foldName,
  nameKey,
  nameTokens,
  type OfficeRole,
  tokensNearlyEqual,
} from '@diplomacy-graph/core';
import type { ArticleExtraction, ExtractedLeader } from '../extract/types.ts';
import { compareText } from './compare-text.ts';
import { confidenceOf } from './confidence.ts';
import type { EvidenceRegistry } from './evidence-registry.ts';
import type { OfficeEvidenceRow, OfficeRow, PersonEvidenceRow, PersonRow } from './graph.ts';
import { memoize } from './memoize.ts';
import { type NameForm, PersonNameIndex, sharesWordPair } from './person-name-index.ts';
import { stableId } from './stable-id.ts';

type LeaderRecord = {
  articleId: string;
  leader: ExtractedLeader;
  forms: NameForm[];
  maxTokens: number;
  /** The folded name, for sorting. */
  folded: string;
};

// Forms and titles are kept once each: a leader named in thousands of articles has a handful.
type PersonCluster = {
  records: LeaderRecord[];
  forms: NameForm[];
  spellings: Set<string>;
  titles: Set<string>;
  articleIds: Set<string>;
  countries: Set<string>;
  /** The last lookup of the name index that found this cluster (each is listed once per lookup). */
  lastLookup: number;
};

export type ResolvedPeople = {
  people: PersonRow[];
  offices: OfficeRow[];
  personEvidence: PersonEvidenceRow[];
  officeEvidence: OfficeEvidenceRow[];
  /** The person that a name used in one article (a leader's name or alias) designates. */
  personIdOf: (articleId: string, name: string) => string | undefined;
};

// How strongly a leader of one article is tied to an existing person; higher wins.
const STRONG = 3;
const FUZZY = 2;
const SURNAME_ONLY = 1;

const formOf = memoize((text: string): NameForm & { folded: string } => {
  const tokens = nameTokens(text);
  return { text, tokens, joined: tokens.join(''), folded: tokens.join(' ') };
});

const foldTitle = memoize(foldName);

function recordOf(articleId: string, leader: ExtractedLeader): LeaderRecord {
  const forms: NameForm[] = [];
  let maxTokens = 0;
  for (const text of [leader.name, ...leader.aliases]) {
    const form = formOf(text);
    if (form.tokens.length === 0) continue;
    forms.push(form);
    maxTokens = Math.max(maxTokens, form.tokens.length);
  }
  return { articleId, leader, forms, maxTokens, folded: formOf(leader.name).folded };
}

// Which haystack tokens containsTokens has matched already: one buffer reused by every call, as
// resolution compares millions of name pairs.
let matched = new Uint8Array(16);

/** Whether every token of `needles` has its own match in `haystack` (equal, or near-equal). */
function containsTokens(
  haystack: readonly string[],
  needles: readonly string[],
  near = false,
): boolean {
  if (matched.length < haystack.length) matched = new Uint8Array(haystack.length);
  matched.fill(0, 0, haystack.length);
  for (const needle of needles) {
    let found = -1;
    for (let i = 0; i < haystack.length && found < 0; i++) {
      const token = haystack[i] as string;
      if (matched[i] === 0 && (token === needle || (near && tokensNearlyEqual(token, needle))))
        found = i;
    }
    if (found < 0) return false;
    matched[found] = 1;
  }
  return true;
}

// core's namesMatch rule (equal tokens in any order, or one 2+-token form inside the other), on
// tokens folded once per form: resolution compares millions of pairs.
function isStrongPair(a: NameForm, b: NameForm): boolean {
  if (a.tokens.length < 2 || b.tokens.length < 2) return false;
  // "Yoon Suk-yeol" = "Yoon Sukyeol": hyphens and spaces inside names are not reliable.
  if (a.joined === b.joined) return true;
  return a.tokens.length <= b.tokens.length
    ? containsTokens(b.tokens, a.tokens)
    : containsTokens(a.tokens, b.tokens);
}

function isFuzzyPair(a: NameForm, b: NameForm): boolean {
  if (a.tokens.length < 2 || a.tokens.length !== b.tokens.length) return false;
  // A typo in one token is tolerated only when another token agrees exactly.
  return (
    a.tokens.some((token) => b.tokens.includes(token)) && containsTokens(b.tokens, a.tokens, true)
  );
}

function isSurnamePair(single: NameForm, other: NameForm): boolean {
  const [token] = single.tokens;
  return (
    token !== undefined && other.tokens.some((candidate) => tokensNearlyEqual(token, candidate))
  );
}

function countryFits(record: LeaderRecord, cluster: PersonCluster): boolean {
  const country = record.leader.country;
  return country === null || cluster.countries.size === 0 || cluster.countries.has(country);
}

function somePair(
  a: readonly NameForm[],
  b: readonly NameForm[],
  test: (a: NameForm, b: NameForm) => boolean,
): boolean {
  for (const x of a) for (const y of b) if (test(x, y)) return true;
  return false;
}

const isSingleSurnamePair = (a: NameForm, b: NameForm) =>
  a.tokens.length === 1 && isSurnamePair(a, b);

function strengthOf(record: LeaderRecord, cluster: PersonCluster): number {
  if (!countryFits(record, cluster)) return 0;
  if (somePair(record.forms, cluster.forms, isStrongPair)) return STRONG;
  // Weaker evidence must not merge two people the same article keeps apart.
  if (cluster.articleIds.has(record.articleId)) return 0;
  if (somePair(record.forms, cluster.forms, isFuzzyPair)) return FUZZY;
  if (record.maxTokens === 1 && somePair(record.forms, cluster.forms, isSingleSurnamePair))
    return SURNAME_ONLY;
  return 0;
}

function sharesOffice(record: LeaderRecord, cluster: PersonCluster): boolean {
  return record.leader.titles.some((title) => cluster.titles.has(foldTitle(title)));
}

/**
 * Picks the person a leader record belongs to, or undefined when none (or several) fit; `allowed`
 * narrows which fitting candidates count.
 */
function chooseCluster(
  record: LeaderRecord,
  candidates: PersonCluster[],
  allowed: (record: LeaderRecord, cluster: PersonCluster) => boolean = () => true,
): PersonCluster | undefined {
  // The candidates of the highest strength, in candidate order (one pass: called per leader).
  let best = 0;
  let top: PersonCluster[] = [];
  for (const cluster of candidates) {
    const strength = strengthOf(record, cluster);
    if (strength === 0 || strength < best || !allowed(record, cluster)) continue;
    if (strength > best) {
      best = strength;
      top = [];
    }
    top.push(cluster);
  }
  if (top.length > 1 && record.leader.country !== null) {
    const sameCountry = top.filter((cluster) => cluster.countries.has(record.leader.country ?? ''));
    if (sameCountry.length > 0) top = sameCountry;
  }
  if (top.length > 1) top = top.filter((cluster) => sharesOffice(record, cluster));
  // Two different people fit (two Bidens, two Nguyễns): better a separate person than a wrong merge.
  return top.length === 1 ? top[0] : undefined;
}

function compareRecords(a: LeaderRecord, b: LeaderRecord): number {
  return (
    b.maxTokens - a.maxTokens ||
    Number(b.leader.country !== null) - Number(a.leader.country !== null) ||
    (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0) ||
    compareText(a.articleId, b.articleId)
  );
}

function newCluster(): PersonCluster {
  return {
    records: [],
    forms: [],
    spellings: new Set(),
    titles: new Set(),
    articleIds: new Set(),
    countries: new Set(),
    lastLookup: 0,
  };
}

/**
 * Past the exact spellings, a 2+-word leader is compared only with people whose names share a
 * word and a near spelling of another word with one of its names (see sharesWordPair).
 */
function sharesWordPairWith(record: LeaderRecord, cluster: PersonCluster): boolean {
  return record.maxTokens < 2 || somePair(record.forms, cluster.forms, sharesWordPair);
}

function clusterRecords(records: LeaderRecord[]): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const index = new PersonNameIndex<PersonCluster>(records.flatMap((record) => record.forms));
  for (const record of [...records].sort(compareRecords)) {
    // Most records repeat a spelling already seen: the people with that exact spelling first.
    const spelledAlike = index.spelledAlike(record.forms);
    let cluster = spelledAlike.length > 0 ? chooseCluster(record, spelledAlike) : undefined;
    if (!cluster) {
      const candidates = index.candidates(record.forms, record.maxTokens);
      cluster = chooseCluster(record, candidates, sharesWordPairWith);
    }
    if (!cluster) {
      cluster = newCluster();
      clusters.push(cluster);
    }
    cluster.records.push(record);
    for (const form of record.forms) {
      if (cluster.spellings.has(form.text)) continue;
      cluster.spellings.add(form.text);
      cluster.forms.push(form);
      index.add(cluster, form);
    }
    cluster.articleIds.add(record.articleId);
    if (record.leader.country) cluster.countries.add(record.leader.country);
    for (const title of record.leader.titles) cluster.titles.add(foldTitle(title));
  }
  return clusters;
}

// A letter outside ASCII: the form keeps its native diacritics.
const NON_ASCII_LETTER = /[^\p{ASCII}]/u;

/** The name to show: native diacritics first, then the form most articles use, then the fullest. */
function canonicalNameOf(cluster: PersonCluster): string {
  const multiToken = cluster.forms.filter((form) => form.tokens.length >= 2);
  const forms = multiToken.length > 0 ? multiToken : cluster.forms;
  const uses = new Map<string, number>();
  for (const record of cluster.records) {
    const joined = formOf(record.leader.name).joined;
    uses.set(joined, (uses.get(joined) ?? 0) + 1);
  }
  const score = (form: NameForm) => [
    Number(NON_ASCII_LETTER.test(form.text)),
    uses.get(form.joined) ?? 0,
    form.tokens.length,
  ];
  // The first in (score descending, then text) order; spellings are distinct, so it is unique.
  let best: { form: NameForm; score: number[] } | undefined;
  for (const form of forms) {
    const entry = { form, score: score(form) };
    if (best === undefined || ranksBefore(entry, best)) best = entry;
  }
  return best?.form.text as string;
}

function ranksBefore(
  a: { form: NameForm; score: number[] },
  b: { form: NameForm; score: number[] },
): boolean {
  for (let i = 0; i < a.score.length; i++) {
    const [x, y] = [a.score[i] ?? 0, b.score[i] ?? 0];
    if (x !== y) return x > y;
  }
  return a.form.text < b.form.text;
}

function countryOf(cluster: PersonCluster): string | null {
  const counts = new Map<string, number>();
  for (const record of cluster.records) {
    const country = record.leader.country;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  // The most frequent, then the first in text order.
  let best: [string, number] | undefined;
  for (const entry of counts) {
    if (best === undefined || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0]))
      best = entry;
  }
  return best?.[0] ?? null;
}

function roleOf(leader: ExtractedLeader, titleIndex: number): OfficeRole {
  // Roles are parallel to titles when the extractor gives one per title.
  return leader.roles.length === leader.titles.length
    ? (leader.roles[titleIndex] ?? 'OTHER')
    : 'OTHER';
}

/**
 * Merges the leaders of all articles into people with their accumulated offices and evidence.
 * Articles must come in a content-determined order (see resolveGraph) for stable results.
 */
export function resolvePeople(
  extractions: readonly ArticleExtraction[],
  registry: EvidenceRegistry,
): ResolvedPeople {
  const records: LeaderRecord[] = [];
  for (const article of extractions) {
    for (const leader of article.leaders) {
      const record = recordOf(article.contentHash, leader);
      if (record.forms.length > 0) records.push(record);
    }
  }
  const people: PersonRow[] = [];
  const offices = new Map<string, OfficeRow>();
  const personEvidence: PersonEvidenceRow[] = [];
  const officeEvidence: OfficeEvidenceRow[] = [];
  /** The evidence ids listed for each office so far. */
  const officeEvidenceIds = new Map<string, Set<string>>();
  /** Person ids by article, then by the joined tokens of a name used there. */
  const namesInArticle = new Map<string, Map<string, string>>();
  const usedIds = new Set<string>();

  for (const cluster of clusterRecords(records)) {
    const canonicalName = canonicalNameOf(cluster);
    const countryCode = countryOf(cluster);
    const key = nameKey(canonicalName);
    let id = stableId('person', key, countryCode);
    for (let n = 2; usedIds.has(id); n++) id = stableId('person', key, countryCode, n);
    usedIds.add(id);
    const aliases = [...cluster.spellings].filter((text) => text !== canonicalName).sort();
    people.push({
      id,
      canonicalName,
      foldedName: foldName(canonicalName),
      nameKey: key,
      aliases,
      countryCode,
      confidence: confidenceOf(cluster.articleIds.size),
    });
    // Ids are unique per person, so its evidence and offices are all listed in this iteration.
    const evidenceIdsOfPerson = new Set<string>();
    const officeIdsByTitle = new Map<string, string>();
    for (const record of cluster.records) {
      let names = namesInArticle.get(record.articleId);
      if (names === undefined) {
        names = new Map();
        namesInArticle.set(record.articleId, names);
      }
      for (const form of record.forms) names.set(form.joined, id);
      const evidenceIds = registry.add(record.articleId, record.leader.evidence);
      // Lower case is enough to find a title in its own sentence, and far cheaper than folding.
      const quotes =
        record.leader.titles.length > 0
          ? record.leader.evidence.map((ref) => ref.quote.toLowerCase())
          : [];
      for (const evidenceId of evidenceIds) {
        if (evidenceIdsOfPerson.has(evidenceId)) continue;
        evidenceIdsOfPerson.add(evidenceId);
        personEvidence.push({ personId: id, evidenceId });
      }
      record.leader.titles.forEach((title, titleIndex) => {
        const foldedTitle = foldTitle(title);
        let officeId = officeIdsByTitle.get(foldedTitle);
        if (officeId === undefined) {
          officeId = stableId('office', id, foldedTitle);
          officeIdsByTitle.set(foldedTitle, officeId);
        }
        if (!offices.has(officeId)) {
          offices.set(officeId, {
            id: officeId,
            personId: id,
            title,
            role: roleOf(record.leader, titleIndex),
            countryCode: record.leader.country,
          });
        }
        // The sentences that state this title, else every sentence naming the person.
        const lowerTitle = title.toLowerCase();
        const stating = record.leader.evidence.filter((_, i) => quotes[i]?.includes(lowerTitle));
        const refs = stating.length > 0 ? stating : record.leader.evidence;
        let listed = officeEvidenceIds.get(officeId);
        if (listed === undefined) {
          listed = new Set();
          officeEvidenceIds.set(officeId, listed);
        }
        for (const evidenceId of registry.add(record.articleId, refs)) {
          if (listed.has(evidenceId)) continue;
          listed.add(evidenceId);
          officeEvidence.push({ officeId, evidenceId });
        }
      });
    }
  }

  return {
    people,
    offices: [...offices.values()],
    personEvidence,
    officeEvidence,
    personIdOf: (articleId, name) => namesInArticle.get(articleId)?.get(formOf(name).joined),
  };
}
