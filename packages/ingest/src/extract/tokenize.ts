// Word and punctuation tokens with their offsets in the normalized text.
import { foldName } from '@diplomacy-graph/core';

/**
 * Lexicon answers that depend only on a word (its text and folded form), filled in by the scanners
 * that ask them the first time and then shared by every token of that word: a property read
 * instead of a lookup in a large set per token and per scan.
 */
export type WordMemo = {
  /** Some office title starts with this word (annotate). */
  startsTitle?: boolean;
  /** Some country phrase starts with this word (annotate). */
  startsCountry?: boolean;
  /** Some city name starts with this word (annotate). */
  startsCity?: boolean;
  /** The gathering head word this word spells, or null (find-gatherings). */
  gatheringHead?: string | null;
  /** A month, weekday or relative-day word, or the first word of a relative-day phrase (find-dates). */
  calendarWord?: boolean;
  /** The lexicons of event cues this word belongs to, as CUE bits (word-cues). */
  cues?: number;
  /** What the word may be in a name, as bits (read-name). */
  nameShape?: number;
};

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
  /** Shared by every token of the same word. */
  memo: WordMemo;
};

// A word is letters/digits (\p{L}\p{M}\p{N}) joined by single hyphens, apostrophes or dots
// ("Suk-yeol", "U.S"); the separator must be followed by a letter or digit. Anything else that is
// not white space (\s) is a one-character token. The scanner below reads this by hand, character by
// character: the regular expression it replaces cost more than the rest of tokenization.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;
// "N'Djamena", "N'Golo" are names: a capital N elides only before a small letter ("N'est").
const ELISION = /^(?:[lLdDsSnmMcCjJ]|N(?=['’]\p{Ll})|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’]/u;
const POSSESSIVE = /['’][sS]$/;
const UPPER_START = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;

type Shape = Omit<Token, 'start' | 'end'>;

// Every memo starts with all its fields, in one order: memos of one hidden class keep the property
// reads of the scanners monomorphic, whatever answers each word has been asked so far.
function emptyMemo(): WordMemo {
  return {
    startsTitle: undefined,
    startsCountry: undefined,
    startsCity: undefined,
    gatheringHead: undefined,
    calendarWord: undefined,
    cues: undefined,
    nameShape: undefined,
  };
}

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
      memo: emptyMemo(),
    };
    if (shapeCache.size > SHAPE_CACHE_LIMIT) shapeCache.clear();
    shapeCache.set(text, shape);
  }
  return shape;
}

// A word splits into its pieces ("l'APEC" → "l'" + "APEC", "Xi's" → "Xi" + "'s"); knownWordAt below
// remembers the split of each distinct word.
type Piece = { offset: number; shape: Shape };

function splitWord(word: string): Piece[] {
  const pieces: Piece[] = [];
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
  return pieces;
}

// Character classes, by UTF-16 code unit, filled on first sight (0 = not yet seen).
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const unitClasses = new Uint8Array(0x10000);

function classOfCodePoint(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Class of the character at `at` (a surrogate pair is one character when both halves are before `to`). */
function classAt(text: string, at: number, to: number): number {
  const unit = text.charCodeAt(at);
  if (isHighSurrogate(unit) && at + 1 < to && isLowSurrogate(text.charCodeAt(at + 1)))
    return classOfCodePoint(text.codePointAt(at) ?? unit);
  let known = unitClasses[unit] ?? 0;
  if (known === 0) {
    known = classOfCodePoint(unit);
    unitClasses[unit] = known;
  }
  return known;
}

/** Length in code units of the character at `at`. */
function widthAt(text: string, at: number, to: number): number {
  return isHighSurrogate(text.charCodeAt(at)) &&
    at + 1 < to &&
    isLowSurrogate(text.charCodeAt(at + 1))
    ? 2
    : 1;
}

const isWordSeparator = (unit: number) =>
  unit === 0x2d /* - */ ||
  unit === 0x27 /* ' */ ||
  unit === 0x2019 /* ’ */ ||
  unit === 0x2e; /* . */

/** End of the word starting at `at` (a word character), never past `to`. */
function wordEnd(text: string, at: number, to: number): number {
  let i = at;
  for (;;) {
    while (i < to && classAt(text, i, to) === WORD) i += widthAt(text, i, to);
    if (i + 1 < to && isWordSeparator(text.charCodeAt(i)) && classAt(text, i + 1, to) === WORD) {
      i++;
      continue;
    }
    return i;
  }
}

// Known words by a hash of their characters, so a word already seen is found without copying it
// out of the text: each entry chains to the next one with the same hash. Most words are one piece,
// kept as `whole`: a token is then made from the shape without going through the pieces.
type KnownWord = {
  word: string;
  whole: Shape | undefined;
  pieces: Piece[];
  next: KnownWord | undefined;
};
const knownWords = new Map<number, KnownWord>();

function hashOf(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash & 0x3fffffff;
}

function knownWordAt(text: string, start: number, end: number): KnownWord {
  const hash = hashOf(text, start, end);
  const first = knownWords.get(hash);
  for (let known = first; known !== undefined; known = known.next) {
    if (known.word.length === end - start && text.startsWith(known.word, start)) return known;
  }
  const word = text.slice(start, end);
  const pieces = splitWord(word);
  const whole = pieces.length === 1 ? pieces[0]?.shape : undefined;
  const known = { word, whole, pieces, next: knownWords.has(hash) ? first : undefined };
  if (knownWords.size > SHAPE_CACHE_LIMIT) knownWords.clear();
  knownWords.set(hash, known);
  return known;
}

function addToken(tokens: Token[], shape: Shape, start: number): void {
  tokens.push({
    text: shape.text,
    fold: shape.fold,
    head: shape.head,
    start,
    end: start + shape.text.length,
    cap: shape.cap,
    upper: shape.upper,
    word: shape.word,
    memo: shape.memo,
  });
}

/** End of the token starting at `at` (not white space) when the text is read up to `limit`. */
function tokenEnd(text: string, at: number, limit: number): number {
  return classAt(text, at, limit) === WORD
    ? wordEnd(text, at, limit)
    : at + widthAt(text, at, limit);
}

/** Tokens of `text` between `from` and `to`, offsets relative to the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // A start inside a surrogate pair starts at the pair, as Unicode regular expressions do.
  let at =
    from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))
      ? from - 1
      : from;
  while (at < to) {
    if (classAt(text, at, text.length) === SPACE) {
      at += widthAt(text, at, text.length);
      continue;
    }
    // Words are read in the whole text (no slice copy). One running past `to` is cut there, as if
    // the text ended at `to`, and ends the scan: what it straddles belongs to the next unit.
    let end = tokenEnd(text, at, text.length);
    const cut = end > to;
    if (cut) end = tokenEnd(text, at, to);
    const known = knownWordAt(text, at, end);
    if (known.whole) addToken(tokens, known.whole, at);
    else for (const { offset, shape } of known.pieces) addToken(tokens, shape, at + offset);
    if (cut) break;
    at = end;
  }
  return tokens;
}
