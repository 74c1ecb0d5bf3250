// The same gathering across articles and languages: names that agree (see event-name.ts), dates
// that fit, and for generic names ("farewell ceremony") a shared attendee.
import { foldName } from '@diplomacy-graph/core';
import type { ArticleExtraction, ExtractedGathering } from '../extract/types.ts';
import { compareText } from './compare-text.ts';
import { DatedIndex } from './dated-index.ts';
import {
  compareWitnesses,
  type EventBuilder,
  type EventWitness,
  pickMajority,
} from './event-builder.ts';
import { datesCompatible } from './event-dates.ts';
import { type EventNameKey, eventNameKey, gatheringNamesMatch } from './event-name.ts';
import { eventGenericWords } from './event-name-vocabulary.ts';
import { GatheringNameIndex } from './gathering-name-index.ts';

type GatheringWitness = EventWitness & {
  gathering: ExtractedGathering;
  language: string;
  keys: EventNameKey[];
  attendeeIds: string[];
};

// Name keys are kept once each: a gathering reported by thousands of articles has a few names.
type GatheringCluster = {
  witnesses: GatheringWitness[];
  keys: EventNameKey[];
  keySet: Set<string>;
  attendeeIds: Set<string>;
  articleIds: Set<string>;
  /** The lookup keys under which this cluster is listed. */
  lookupKeys: Set<string>;
  /** The last witness whose lookup met this cluster (one lookup tries each cluster once). */
  lastLookup: number;
};

export type ResolvedGatherings = {
  /** The gathering an article calls `name` (its own gathering first, else the one that name designates). */
  gatheringIdOf: (articleId: string, name: string | null) => string | null;
};

function namesAgree(a: readonly EventNameKey[], b: readonly EventNameKey[]): boolean {
  return a.some((left) => b.some((right) => gatheringNamesMatch(left, right)));
}

function fits(cluster: GatheringCluster, witness: GatheringWitness): boolean {
  const anchor = cluster.witnesses[0]?.date ?? null;
  if (!datesCompatible(anchor, witness.date) || !namesAgree(cluster.keys, witness.keys))
    return false;
  const generic = witness.keys.every((key) => key.generic);
  return !generic || witness.attendeeIds.some((id) => cluster.attendeeIds.has(id));
}

/**
 * Where a witness may belong: clusters sharing a distinctive word of its name ("apec"), or, for a
 * generic name ("farewell ceremony"), clusters sharing an attendee.
 */
function lookupKeysOf(witness: GatheringWitness): string[] {
  if (witness.keys.every((key) => key.generic))
    return witness.attendeeIds.map((id) => `person:${id}`);
  const words = witness.keys.flatMap((key) =>
    key.content.filter((word) => !eventGenericWords.has(word)),
  );
  return [...new Set(words)].map((word) => `word:${word}`);
}

function clusterGatherings(witnesses: GatheringWitness[]): GatheringCluster[] {
  const clusters: GatheringCluster[] = [];
  const index = new DatedIndex<GatheringCluster>();
  const names = new GatheringNameIndex<GatheringCluster>(witnesses.flatMap((w) => w.keys));
  for (const witness of witnesses.sort(compareWitnesses)) {
    const lookupKeys = lookupKeysOf(witness);
    // The first cluster that fits, in the order of the lookup keys: only clusters whose names can
    // match are worth the full test.
    const named = names.candidates(witness.keys);
    let cluster = index.firstFitting(
      lookupKeys,
      witness.date,
      (candidate) => named.has(candidate) && fits(candidate, witness),
    );
    if (!cluster) {
      cluster = {
        witnesses: [],
        keys: [],
        keySet: new Set(),
        attendeeIds: new Set(),
        articleIds: new Set(),
        lookupKeys: new Set(),
        lastLookup: 0,
      };
      clusters.push(cluster);
    }
    cluster.witnesses.push(witness);
    cluster.articleIds.add(witness.articleId);
    for (const key of witness.keys) {
      const text = JSON.stringify(key);
      if (cluster.keySet.has(text)) continue;
      cluster.keySet.add(text);
      cluster.keys.push(key);
      names.add(cluster, key);
    }
    for (const id of witness.attendeeIds) cluster.attendeeIds.add(id);
    for (const key of [...lookupKeys, ...witness.attendeeIds.map((id) => `person:${id}`)]) {
      // A set per cluster: a common word's list holds hundreds of clusters.
      if (cluster.lookupKeys.has(key)) continue;
      cluster.lookupKeys.add(key);
      index.add(key, cluster, cluster.witnesses[0]?.date ?? null);
    }
  }
  return clusters;
}

/** English first (the product's language), then the name most articles use, then the fullest. */
function displayNameOf(witnesses: readonly GatheringWitness[]): string {
  const english = witnesses.filter((witness) => witness.language === 'en');
  const pool = english.length > 0 ? english : witnesses;
  const counts = new Map<string, number>();
  for (const witness of pool)
    counts.set(witness.gathering.name, (counts.get(witness.gathering.name) ?? 0) + 1);
  return (
    [...counts].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || compareText(a[0], b[0]),
    )[0]?.[0] ?? ''
  );
}

/**
 * Resolves the gatherings of all articles into events, with their parents (a meeting inside a
 * leaders' week), and returns the lookup that meetings use for their parent gathering.
 */
export function resolveGatherings(
  extractions: readonly ArticleExtraction[],
  personIdOf: (articleId: string, name: string) => string | undefined,
  events: EventBuilder,
): ResolvedGatherings {
  const witnesses: GatheringWitness[] = extractions.flatMap((article) =>
    article.gatherings.map((gathering) => ({
      articleId: article.contentHash,
      date: gathering.date,
      place: gathering.place,
      parentId: null,
      evidence: gathering.evidence,
      gathering,
      language: article.language,
      keys: [gathering.name, ...gathering.aliases].map(eventNameKey),
      attendeeIds: gathering.attendees.flatMap(
        (name) => personIdOf(article.contentHash, name) ?? [],
      ),
    })),
  );
  const clusters = clusterGatherings(witnesses);
  const byArticleName = new Map<string, GatheringCluster>();
  for (const cluster of clusters) {
    for (const witness of cluster.witnesses) {
      for (const name of [witness.gathering.name, ...witness.gathering.aliases]) {
        byArticleName.set(`${witness.articleId}\u0001${foldName(name)}`, cluster);
      }
    }
  }
  // Meetings name their parent gathering in many articles with a few spellings: match each once.
  const clustersNamed = new Map<string, GatheringCluster[]>();
  const clusterNamed = (articleId: string, name: string): GatheringCluster | undefined => {
    const folded = foldName(name);
    const own = byArticleName.get(`${articleId}\u0001${folded}`);
    if (own) return own;
    let matching = clustersNamed.get(folded);
    if (!matching) {
      const keys = [eventNameKey(name)];
      matching = clusters.filter((cluster) => namesAgree(cluster.keys, keys));
      clustersNamed.set(folded, matching);
    }
    const inArticle = matching.filter((cluster) => cluster.articleIds.has(articleId));
    const pool = inArticle.length > 0 ? inArticle : matching;
    return pool.length === 1 ? pool[0] : undefined;
  };

  const idOf = new Map<GatheringCluster, string>();
  const pending = clusters.map((cluster) => {
    const name = displayNameOf(cluster.witnesses);
    const parents = cluster.witnesses.map((witness) => {
      const parentName = witness.gathering.parent;
      const parent = parentName ? clusterNamed(witness.articleId, parentName) : undefined;
      return parent && parent !== cluster ? parent : undefined;
    });
    return { cluster, name, parents };
  });
  const entryOf = new Map(pending.map((entry) => [entry.cluster, entry]));
  // Parents first, so each child can point at an id that exists (a cycle leaves one side unset).
  const added = new Set<GatheringCluster>();
  const addCluster = (entry: (typeof pending)[number]): void => {
    if (added.has(entry.cluster)) return;
    added.add(entry.cluster);
    for (const parent of entry.parents) {
      const parentEntry = parent ? entryOf.get(parent) : undefined;
      if (parentEntry) addCluster(parentEntry);
    }
    const types = pickMajority(entry.cluster.witnesses.map((w) => w.gathering.type));
    const kinds = pickMajority(entry.cluster.witnesses.map((w) => w.gathering.kind));
    const id = events.add({
      type: (types.value ?? 'GATHERING') as ExtractedGathering['type'],
      key: [foldName(entry.name)],
      name: entry.name,
      gatheringKind: kinds.value as ExtractedGathering['kind'],
      participants: [...entry.cluster.attendeeIds].sort().map((personId) => ({
        personId,
        role: types.value === 'SPEECH' ? ('SPEAKER' as const) : ('ATTENDEE' as const),
      })),
      witnesses: entry.cluster.witnesses.map((witness, index) => {
        const parent = entry.parents[index];
        return { ...witness, parentId: parent ? (idOf.get(parent) ?? null) : null };
      }),
    });
    idOf.set(entry.cluster, id);
  };
  for (const entry of pending) addCluster(entry);

  return {
    gatheringIdOf: (articleId, name) => {
      if (!name) return null;
      const cluster = clusterNamed(articleId, name);
      return cluster ? (idOf.get(cluster) ?? null) : null;
    },
  };
}
