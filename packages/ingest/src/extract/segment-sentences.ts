// Sentence segmentation that survives "U.S.", "Mr.", initials and "./." endings.
import { abbreviations } from './lexicon/abbreviations.ts';
import type { Token } from './tokenize.ts';

export type Sentence = { start: number; end: number; tokens: Token[]; caption: boolean };

const TERMINATORS = new Set(['.', '!', '?', '…']);
/**
 * No real sentence is longer; a run without stops (hostile or broken text) is cut into pieces of
 * this many tokens so every per-sentence rule stays bounded and the whole stays linear.
 */
export const MAX_SENTENCE_TOKENS = 400;
const CLOSERS = new Set(['"', '”', '’', "'", ')', '»']);

export function isAbbreviation(token: Token | undefined): boolean {
  if (!token?.word) return false;
  // Single initials ("J. Smith") and dotted forms ("U.S") never end a sentence.
  if (token.text.includes('.') || (token.text.length === 1 && token.cap)) return true;
  return abbreviations.has(token.fold);
}

// A module function, not a closure: tsx names every closure it creates, which costs per call.
/** Adds the sentence of tokens `first`…`last`; returns where the next one starts. */
function closeSentence(
  sentences: Sentence[],
  tokens: Token[],
  first: number,
  last: number,
  caption: boolean,
): number {
  const slice = tokens.slice(first, last + 1);
  const head = slice[0];
  const tail = slice[slice.length - 1];
  if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: slice, caption });
  return last + 1;
}

/** Splits the tokens of one unit into sentences; a caption is one sentence-like unit per sentence. */
export function segmentSentences(tokens: Token[], caption = false): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (i - first >= MAX_SENTENCE_TOKENS) {
      first = closeSentence(sentences, tokens, first, i - 1, caption);
      continue;
    }
    if (!token || !TERMINATORS.has(token.text)) continue;
    let last = i;
    while (
      tokens[last + 1] &&
      (TERMINATORS.has(tokens[last + 1]?.text ?? '') ||
        tokens[last + 1]?.text === '/' ||
        CLOSERS.has(tokens[last + 1]?.text ?? ''))
    )
      last++;
    const next = tokens[last + 1];
    if (next === undefined) break;
    if (token.text === '.' && isAbbreviation(tokens[i - 1])) continue;
    if (!(next.cap || /^[\p{N}"“«(‘]/u.test(next.text))) continue;
    first = closeSentence(sentences, tokens, first, last, caption);
    i = last;
  }
  if (first < tokens.length) closeSentence(sentences, tokens, first, tokens.length - 1, caption);
  return sentences;
}
