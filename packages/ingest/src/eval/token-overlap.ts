// "Token overlap" of the gold rules (titles, gathering names, award names), defined once.
import { nameTokens } from '@diplomacy-graph/core';
import { STOPWORDS } from './stopwords.ts';

// French elision ("l'APEC", "d'État") separates two words; folding alone would glue them ("lapec").
const ELISION = /(?<![\p{L}\p{N}])(qu|[cdjlmnst])['’ʼ](?=\p{L})/giu;

/**
 * The folded content words of a phrase: diacritics, case, punctuation and function words dropped.
 * @example contentTokens("31e réunion des dirigeants de l'APEC") // ['31e', 'reunion', 'dirigeants', 'apec']
 */
export function contentTokens(phrase: string): string[] {
  return nameTokens(phrase.replace(ELISION, '$1 ')).filter((token) => !STOPWORDS.has(token));
}

/**
 * Token F1 (the Dice coefficient over content-token multisets, as in SQuAD's token F1): shared
 * tokens counted once per occurrence, divided by the mean length. Symmetric, in [0, 1], so neither
 * a one-word name ("APEC") nor a run-on one swallows a longer or shorter gold name.
 * @example tokenOverlap('State President', 'President') // 0.667
 */
export function tokenOverlap(a: string, b: string): number {
  const left = contentTokens(a);
  const right = contentTokens(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const token of right) pool.set(token, (pool.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of left) {
    const remaining = pool.get(token) ?? 0;
    if (remaining > 0) {
      shared++;
      pool.set(token, remaining - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** The overlap threshold of GOLD_FORMAT.md: "≥ 50 %". */
export const OVERLAP_THRESHOLD = 0.5;

/** The best overlap of `phrase` with any of `forms` (a gold name and its aliases). */
export function bestOverlap(phrase: string, forms: readonly string[]): number {
  return Math.max(0, ...forms.map((form) => tokenOverlap(phrase, form)));
}
