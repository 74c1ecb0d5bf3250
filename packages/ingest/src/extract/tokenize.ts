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
const WORD_START = /^(?:[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\S)/u;
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

// A matched word splits into the same pieces every time ("l'APEC" → "l'" + "APEC", "Xi's" → "Xi" +
// "'s"): the split and each piece's shape are computed once per distinct word.
type Piece = { offset: number; shape: Shape };
const piecesCache = new Map<string, Piece[]>();

function piecesOf(word: string): Piece[] {
  let pieces = piecesCache.get(word);
  if (pieces === undefined) {
    pieces = [];
    let offset = 0;
    let rest = word;
    const elision = ELISION.exec(rest);
    if (elision && rest.length > elision[0].length) {
      pieces.push({ offset, shape: shapeOf(elision[0]) });
      offset = elision[0].length;
      rest = rest.slice(offset);
    }
    if (POSSESSIVE.test(rest) && rest.length > 2) {
      pieces.push({ offset, shape: shapeOf(rest.slice(0, -2)) });
      pieces.push({ offset: offset + rest.length - 2, shape: shapeOf(rest.slice(-2)) });
    } else {
      pieces.push({ offset, shape: shapeOf(rest) });
    }
    if (piecesCache.size > SHAPE_CACHE_LIMIT) piecesCache.clear();
    piecesCache.set(word, pieces);
  }
  return pieces;
}

/** Tokens of `text` between `from` and `to`, offsets relative to the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // Scan the whole text from `from` (no slice copy); a word running past `to` is cut there, as if
  // the text ended at `to`.
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match !== null && match.index < to; match = TOKEN.exec(text)) {
    const at = match.index;
    let word = match[0];
    if (at + word.length > to) word = WORD_START.exec(text.slice(at, to))?.[0] ?? '';
    for (const { offset, shape } of piecesOf(word)) {
      const start = at + offset;
      tokens.push({
        text: shape.text,
        fold: shape.fold,
        head: shape.head,
        start,
        end: start + shape.text.length,
        cap: shape.cap,
        upper: shape.upper,
        word: shape.word,
      });
    }
  }
  return tokens;
}
