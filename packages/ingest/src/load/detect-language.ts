// A stop-word vote: cheap, deterministic, and good enough to separate English from French copy.
import { languageNames, stopWords } from './stop-words.ts';

const SAMPLE_CHARS = 20_000;
// Below this share of stop words the text is not running prose in any language we know.
const MIN_SHARE = 0.08;
const MIN_SHORT_COUNT = 2;
const SHORT_TEXT_WORDS = 60;

const wordLanguages = new Map<string, string[]>();
for (const [language, words] of Object.entries(stopWords)) {
  for (const word of words) wordLanguages.set(word, [...(wordLanguages.get(word) ?? []), language]);
}
// Longer words cannot be stop words: they are counted without being sliced out and looked up.
const LONGEST_STOP_WORD = Math.max(...[...wordLanguages.keys()].map((word) => word.length));

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
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  const counts = new Map<string, number>();
  let total = 0;
  let wordStart = -1;
  // One pass over the characters; the index runs one past the end to close the last word.
  for (let i = 0; i <= sample.length; i++) {
    let code = i < sample.length ? sample.charCodeAt(i) : -1;
    const highSurrogate = code >= 0xd800 && code <= 0xdbff;
    if (highSurrogate) code = sample.codePointAt(i) ?? code;
    const isWordChar =
      code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : isWordCodePoint(code);
    if (isWordChar) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      total++;
      if (i - wordStart <= LONGEST_STOP_WORD) {
        for (const language of wordLanguages.get(sample.slice(wordStart, i)) ?? [])
          counts.set(language, (counts.get(language) ?? 0) + 1);
      }
      wordStart = -1;
    }
    if (highSurrogate && code > 0xffff) i++;
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  // Short texts (a one-paragraph dispatch) have few stop words; a few clear ones are enough.
  const enough =
    bestCount / total >= MIN_SHARE || (bestCount >= MIN_SHORT_COUNT && total < SHORT_TEXT_WORDS);
  if (best === null || total === 0 || !enough) return { language: null, name: 'unknown' };
  return { language: best, name: languageNames[best] ?? best };
}
