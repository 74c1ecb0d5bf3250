// A stop-word vote: cheap, deterministic, and good enough to separate English from French copy.
import { languageNames, stopWords } from './stop-words.ts';

// Runs of anything but letters separate words; splitting is much cheaper than iterating matches.
const NON_WORD = /[^\p{L}\p{M}]+/u;
const SAMPLE_CHARS = 20_000;
// Below this share of stop words the text is not running prose in any language we know.
const MIN_SHARE = 0.08;
const MIN_SHORT_COUNT = 2;
const SHORT_TEXT_WORDS = 60;

const wordLanguages = new Map<string, string[]>();
for (const [language, words] of Object.entries(stopWords)) {
  for (const word of words) wordLanguages.set(word, [...(wordLanguages.get(word) ?? []), language]);
}

export type LanguageGuess = { language: string | null; name: string };

/**
 * The language of a text by stop-word counts over its first 20,000 characters.
 * @example detectLanguage('Le président a rencontré le Premier ministre.').language // 'fr'
 */
export function detectLanguage(text: string): LanguageGuess {
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of text.slice(0, SAMPLE_CHARS).toLowerCase().split(NON_WORD)) {
    if (word === '') continue;
    total++;
    for (const language of wordLanguages.get(word) ?? [])
      counts.set(language, (counts.get(language) ?? 0) + 1);
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
