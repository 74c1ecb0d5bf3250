// A stop-word vote: cheap, deterministic, and good enough to separate English from French copy.
import { languageNames, stopWords } from './stop-words.ts';

const SAMPLE_CHARS = 20_000;
// Below this share of stop words the text is not running prose in any language we know.
const MIN_SHARE = 0.08;
const MIN_SHORT_COUNT = 2;
const SHORT_TEXT_WORDS = 60;

const languages = Object.keys(stopWords);
// By index, like the counts: reading languageNames by a varying key made V8 throw away the
// optimized detectLanguage again and again ("wrong name").
const names = languages.map((language) => languageNames[language] ?? language);
const wordLanguages = new Map<string, number[]>();
for (const [language, words] of Object.values(stopWords).entries()) {
  for (const word of words) wordLanguages.set(word, [...(wordLanguages.get(word) ?? []), language]);
}
// Longer words cannot be stop words: they are counted without being looked up.
const LONGEST_STOP_WORD = Math.max(...[...wordLanguages.keys()].map((word) => word.length));

const lowerAscii = (code: number) => (code >= 0x41 && code <= 0x5a ? code | 0x20 : code);

/** Hash of the lower-cased ASCII characters of `text` from `start` to `end`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++)
    hash = (Math.imul(hash, 31) + lowerAscii(text.charCodeAt(i))) | 0;
  return hash;
}

// Stop words by a hash of their characters, so an ASCII word of the text is looked up where it
// stands, neither lower-cased nor sliced out of it: each entry chains to the next with that hash.
type StopWord = { word: string; languages: readonly number[]; next: StopWord | undefined };
const stopWordsByHash = new Map<number, StopWord>();
for (const [word, languages] of wordLanguages) {
  const hash = hashOf(word, 0, word.length);
  stopWordsByHash.set(hash, { word, languages, next: stopWordsByHash.get(hash) });
}

function standsLowerCased(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++)
    if (lowerAscii(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** The languages of the stop word the ASCII word of `text` from `start` to `end` is, if any. */
function asciiStopWordLanguages(text: string, start: number, end: number): readonly number[] {
  for (let known = stopWordsByHash.get(hashOf(text, start, end)); known; known = known.next)
    if (known.word.length === end - start && standsLowerCased(text, start, known.word))
      return known.languages;
  return [];
}

// A word is a run of letters and marks (\p{L}\p{M}); outside ASCII the class of each code point is
// asked of the regex engine once and remembered.
const WORD_CHAR = /^[\p{L}\p{M}]$/u;
const bmpClass = new Uint8Array(0x10000); // 0 unknown, 1 word character, 2 separator
function isWordCodePoint(codePoint: number): boolean {
  if (codePoint > 0xffff) return WORD_CHAR.test(String.fromCodePoint(codePoint));
  let known = bmpClass[codePoint];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(codePoint)) ? 1 : 2;
    bmpClass[codePoint] = known;
  }
  return known === 1;
}

export type LanguageGuess = { language: string | null; name: string };

/**
 * The language of a text by stop-word counts over its first 20,000 characters.
 * @example detectLanguage('Le président a rencontré le Premier ministre.').language // 'fr'
 */
export function detectLanguage(text: string): LanguageGuess {
  // Lower-casing keeps letters letters and never shortens a word, so words are found in the text
  // as it is and only the short non-ASCII ones (few) are lower-cased to be looked up.
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = new Array<number>(languages.length).fill(0);
  // Languages in the order they are first met: the first to reach the top count wins a tie.
  const met: number[] = [];
  let total = 0;
  let wordStart = -1;
  let ascii = true;
  // One pass over the characters; the index runs one past the end to close the last word.
  for (let i = 0; i <= sample.length; i++) {
    let code = i < sample.length ? sample.charCodeAt(i) : -1;
    const highSurrogate = code >= 0xd800 && code <= 0xdbff;
    if (highSurrogate) code = sample.codePointAt(i) ?? code;
    const isWordChar =
      code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : isWordCodePoint(code);
    if (isWordChar) {
      if (wordStart < 0) {
        wordStart = i;
        ascii = true;
      }
      if (code >= 0x80) ascii = false;
    } else if (wordStart >= 0) {
      total++;
      if (i - wordStart <= LONGEST_STOP_WORD) {
        const found = ascii
          ? asciiStopWordLanguages(sample, wordStart, i)
          : (wordLanguages.get(sample.slice(wordStart, i).toLowerCase()) ?? []);
        for (const language of found) {
          const count = (counts[language] ?? 0) + 1;
          counts[language] = count;
          if (count === 1) met.push(language);
        }
      }
      wordStart = -1;
    }
    if (highSurrogate && code > 0xffff) i++;
  }
  let best = -1;
  let bestCount = 0;
  for (const language of met) {
    const count = counts[language] ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  // Short texts (a one-paragraph dispatch) have few stop words; a few clear ones are enough.
  const enough =
    bestCount / total >= MIN_SHARE || (bestCount >= MIN_SHORT_COUNT && total < SHORT_TEXT_WORDS);
  if (best < 0 || total === 0 || !enough) return { language: null, name: 'unknown' };
  return { language: languages[best] ?? null, name: names[best] ?? '' };
}
