// Two names of one gathering ("2024 APEC Leaders' Week", "APEC Economic Leaders' Week") share
// their content words once years, ordinals and function words are set aside.
import { nameTokens } from '@diplomacy-graph/core';
import { nameJoiners } from './lexicon/grammar-words.ts';

const FUNCTION_WORDS = new Set([...nameJoiners, 'with', 'for', 'a', 'an', 'entre', 'between', 's']);
const NUMBERISH = /^\d+(?:st|nd|rd|th|e|er|eme)?$/;

// "44th and 45th ASEAN Summits" and "the summit" name one gathering: plurals compare singular.
const PLURAL = /(?<=[^s]{3})s$/;

export function gatheringKey(name: string): string[] {
  return nameTokens(name).filter((token) => !FUNCTION_WORDS.has(token) && !NUMBERISH.test(token));
}

function singular(token: string): string {
  return token.replace(PLURAL, '');
}

/** Whether one key's words all appear in the other's. */
export function sameGathering(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const longWords = new Set(long.map(singular));
  return short.every((token) => longWords.has(singular(token)));
}
