// Longest-match lookup of multi-word phrases over folded tokens, compiled once per lexicon.
import { type Token, tokenize } from './tokenize.ts';

export type PhraseIndex<T> = { phrases: Map<string, T>; maxTokens: number };

/** Folded token key of a phrase, using the same tokenizer as the text ("chef de l'État" → "chef de l etat"). */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .filter((token) => token.word)
    .map((token) => token.fold)
    .join(' ');
}

export function buildPhraseIndex<T>(entries: Iterable<readonly [string, T]>): PhraseIndex<T> {
  const phrases = new Map<string, T>();
  let maxTokens = 1;
  for (const [phrase, value] of entries) {
    const key = phraseKey(phrase);
    if (key === '' || phrases.has(key)) continue;
    phrases.set(key, value);
    maxTokens = Math.max(maxTokens, key.split(' ').length);
  }
  return { phrases, maxTokens };
}

export type PhraseMatch<T> = { start: number; end: number; value: T };

/** The longest phrase of `index` starting at token `at` (end exclusive), over word tokens only. */
export function matchPhraseAt<T>(
  tokens: readonly Token[],
  at: number,
  index: PhraseIndex<T>,
): PhraseMatch<T> | null {
  let key = '';
  let best: PhraseMatch<T> | null = null;
  for (let i = at; i < tokens.length && i - at < index.maxTokens; i++) {
    const token = tokens[i];
    if (!token?.word) break;
    key = key === '' ? token.fold : `${key} ${token.fold}`;
    const value = index.phrases.get(key);
    if (value !== undefined) best = { start: at, end: i + 1, value };
  }
  return best;
}
