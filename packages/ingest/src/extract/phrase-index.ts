// Longest-match lookup of multi-word phrases over folded tokens, compiled once per lexicon.
import { type Token, tokenize } from './tokenize.ts';

export type PhraseIndex<T> = {
  phrases: Map<string, T>;
  /** First folded word of each phrase: most tokens start none and are skipped at once. */
  firstWords: Set<string>;
  /** Every leading run of whole words of every phrase: a match stops as soon as none continues. */
  prefixes: Set<string>;
  maxTokens: number;
};

/** Folded token key of a phrase, using the same tokenizer as the text ("chef de l'État" → "chef de l etat"). */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .filter((token) => token.word)
    .map((token) => token.fold)
    .join(' ');
}

export function buildPhraseIndex<T>(entries: Iterable<readonly [string, T]>): PhraseIndex<T> {
  const phrases = new Map<string, T>();
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  for (const [phrase, value] of entries) {
    const key = phraseKey(phrase);
    if (key === '' || phrases.has(key)) continue;
    phrases.set(key, value);
    const words = key.split(' ');
    firstWords.add(words[0] ?? '');
    for (let end = 1; end <= words.length; end++) prefixes.add(words.slice(0, end).join(' '));
    maxTokens = Math.max(maxTokens, words.length);
  }
  return { phrases, firstWords, prefixes, maxTokens };
}

export type PhraseMatch<T> = { start: number; end: number; value: T };

/** The longest phrase of `index` starting at token `at` (end exclusive), over word tokens only. */
export function matchPhraseAt<T>(
  tokens: readonly Token[],
  at: number,
  index: PhraseIndex<T>,
): PhraseMatch<T> | null {
  const first = tokens[at];
  if (!first?.word || !index.firstWords.has(first.head)) return null;
  let key = '';
  let best: PhraseMatch<T> | null = null;
  for (let i = at; i < tokens.length && i - at < index.maxTokens; i++) {
    const token = tokens[i];
    if (!token?.word) break;
    key = key === '' ? token.fold : `${key} ${token.fold}`;
    if (!index.prefixes.has(key)) break;
    const value = index.phrases.get(key);
    if (value !== undefined) best = { start: at, end: i + 1, value };
  }
  return best;
}
