// Language-neutral keys for event names, so "31e réunion des dirigeants économiques de l'APEC" and
// "31st APEC Economic Leaders' Meeting" compare equal while "APEC CEO Summit" ≠ "APEC Summit".
import { findCountry, nameTokens, tokensNearlyEqual } from '@diplomacy-graph/core';
import {
  eventGenericWords,
  eventHeadWords,
  eventNameTranslations,
  eventStopWords,
  eventWeakWords,
} from './event-name-vocabulary.ts';
import { memoize } from './memoize.ts';

export type EventNameKey = {
  /** What kind of event ("week", "summit"): must agree. */
  heads: string[];
  /** What distinguishes it ("apec", "business", "#PE" for a country). */
  content: string[];
  ordinal: string | null;
  year: string | null;
  /** No word outside the vocabulary: "farewell ceremony" says nothing about which one. */
  generic: boolean;
};

const ORDINAL = /^(\d+)(?:st|nd|rd|th|e|eme|er|ere|re)$/;
const YEAR = /^(?:19|20)\d{2}$/;
// French elision ("l'APEC", "d'honneur") would otherwise glue the article onto the word.
const ELISION = /\b(?:l|d|qu)['’ʼ]/giu;

const knownWords = [
  ...new Set([
    ...Object.keys(eventNameTranslations),
    ...Object.values(eventNameTranslations),
    ...eventHeadWords,
    ...eventWeakWords,
    ...eventGenericWords,
  ]),
];

function pivotOf(token: string): string {
  const direct = eventNameTranslations[token];
  if (direct) return direct;
  if (knownWords.includes(token)) return token;
  // Wire copy misspells ("dialouge"): a near-miss of a vocabulary word is that word.
  const near = knownWords.find((word) => tokensNearlyEqual(word, token));
  if (near) return eventNameTranslations[near] ?? near;
  if (token.length > 4 && token.endsWith('s') && !token.endsWith('ss'))
    return pivotOf(token.slice(0, -1));
  const country = token.length >= 4 ? findCountry(token) : undefined;
  return country ? `#${country.code}` : token;
}

/**
 * The comparable key of an event name (memoized: the same names recur in many articles).
 * @example eventNameKey("Semaine des dirigeants économiques de l'APEC").content // ['apec', 'leader']
 */
export const eventNameKey = memoize(computeEventNameKey);

function computeEventNameKey(name: string): EventNameKey {
  const heads = new Set<string>();
  const content = new Set<string>();
  let ordinal: string | null = null;
  let year: string | null = null;
  for (const token of nameTokens(name.replace(ELISION, ' '))) {
    if (eventStopWords.has(token)) continue;
    const ordinalMatch = ORDINAL.exec(token);
    if (ordinalMatch) {
      ordinal = ordinalMatch[1] ?? null;
      continue;
    }
    if (YEAR.test(token)) {
      year = token;
      continue;
    }
    const word = pivotOf(token);
    if (eventWeakWords.has(word) || eventStopWords.has(word)) continue;
    (eventHeadWords.has(word) ? heads : content).add(word);
  }
  const generic = [...content].every((word) => eventGenericWords.has(word));
  return { heads: [...heads].sort(), content: [...content].sort(), ordinal, year, generic };
}

function containsAll(haystack: readonly string[], needles: readonly string[]): boolean {
  return needles.every((needle) => haystack.includes(needle));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && containsAll(a, b);
}

/** Whether two gathering names designate the same gathering. */
export function gatheringNamesMatch(a: EventNameKey, b: EventNameKey): boolean {
  if (a.ordinal && b.ordinal && a.ordinal !== b.ordinal) return false;
  if (a.year && b.year && a.year !== b.year) return false;
  if (!sameSet(a.heads, b.heads)) return false;
  if (a.heads.length === 0 && a.content.length === 0) return false;
  if (sameSet(a.content, b.content)) return true;
  const [shorter, longer] =
    a.content.length <= b.content.length ? [a.content, b.content] : [b.content, a.content];
  return shorter.length >= 2 && containsAll(longer, shorter);
}

// Award names are compared by their words: the GOLD_FORMAT rule is ≥ 50 % token overlap; a strict
// majority keeps "Order of Friendship" apart from "Order of Labour".
const AWARD_OVERLAP = 0.6;

/** Whether two award names designate the same honour ("Grand-Croix de l'Ordre du Soleil du Pérou"). */
export function awardNamesMatch(a: EventNameKey, b: EventNameKey): boolean {
  const left = [...a.heads, ...a.content];
  const right = [...b.heads, ...b.content];
  const smaller = Math.min(left.length, right.length);
  if (smaller === 0) return false;
  return left.filter((word) => right.includes(word)).length / smaller >= AWARD_OVERLAP;
}
