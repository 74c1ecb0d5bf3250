// Word and punctuation tokens with their offsets in the normalized text.
import { foldName } from '@diplomacy-graph/core';

export type Token = {
  text: string;
  /** Folded form (no accents, lower case); "" for punctuation. */
  fold: string;
  /** First word of `fold` ("sud" for "sud-coréen"): the key lexicon lookups start from. */
  head: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Letters present and all upper case ("APEC", "US"). */
  upper: boolean;
  word: boolean;
};

// A word is letters/digits joined by single hyphens, apostrophes or dots ("Suk-yeol", "U.S");
// the separator must be followed by a letter or digit, so matching is linear.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\S/gu;
// French elision: "l'APEC" → "l'" + "APEC".
const ELISION = /^(?:[lLdDsSnNmMcCjJ]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’]/;
const POSSESSIVE = /['’][sS]$/;
const UPPER_START = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;

type Shape = Omit<Token, 'start' | 'end'>;

// Word shapes seen before: wire copy reuses its vocabulary, so most tokens skip the regexes.
const shapeCache = new Map<string, Shape>();
const SHAPE_CACHE_LIMIT = 100_000;

function shapeOf(text: string): Shape {
  let shape = shapeCache.get(text);
  if (shape === undefined) {
    const hasLetter = HAS_LETTER.test(text);
    const word = hasLetter || HAS_DIGIT.test(text);
    const fold = word ? foldName(text) : '';
    const space = fold.indexOf(' ');
    shape = {
      text,
      fold,
      head: space < 0 ? fold : fold.slice(0, space),
      cap: UPPER_START.test(text),
      upper: hasLetter && text === text.toUpperCase() && text !== text.toLowerCase(),
      word,
    };
    if (shapeCache.size > SHAPE_CACHE_LIMIT) shapeCache.clear();
    shapeCache.set(text, shape);
  }
  return shape;
}

function makeToken(text: string, start: number): Token {
  const shape = shapeOf(text);
  return {
    text: shape.text,
    fold: shape.fold,
    head: shape.head,
    start,
    end: start + text.length,
    cap: shape.cap,
    upper: shape.upper,
    word: shape.word,
  };
}

/** Tokens of `text` between `from` and `to`, offsets relative to the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(TOKEN)) {
    let word = match[0];
    let start = from + (match.index ?? 0);
    const elision = ELISION.exec(word);
    if (elision && word.length > elision[0].length) {
      tokens.push(makeToken(elision[0], start));
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    if (POSSESSIVE.test(word) && word.length > 2) {
      tokens.push(makeToken(word.slice(0, -2), start));
      tokens.push(makeToken(word.slice(-2), start + word.length - 2));
    } else {
      tokens.push(makeToken(word, start));
    }
  }
  return tokens;
}
