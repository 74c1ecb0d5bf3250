// First pass over a sentence: where countries, cities and office titles are, token by token.
import {
  type CaseRule,
  continuesCountryPhrase,
  countryPhraseMaxTokens,
  findCity,
  matchCountryPhrase,
  startsCityName,
  startsCountryPhrase,
} from '@diplomacy-graph/core';
import { type TitleEntry, titlePhrases } from './lexicon/titles.ts';
import { buildPhraseIndex, matchPhraseAt } from './phrase-index.ts';
import type { Token } from './tokenize.ts';

export type CountrySpan = { start: number; end: number; code: string; demonym: boolean };
export type CitySpan = { start: number; end: number; name: string; countryCode: string };
export type TitleSpan = { start: number; end: number; entry: TitleEntry };

export type Annotations = {
  countryAt: (CountrySpan | undefined)[];
  cityAt: (CitySpan | undefined)[];
  titleAt: (TitleSpan | undefined)[];
};

const titleIndex = buildPhraseIndex(Object.entries(titlePhrases));
const MAX_CITY_TOKENS = 4;

function caseAllows(rule: CaseRule, first: Token, tokens: readonly Token[]): boolean {
  if (rule === 'any') return true;
  if (rule === 'upper') return tokens.every((token) => !token.word || token.upper);
  return first.cap;
}

function matchCountryAt(tokens: readonly Token[], at: number): CountrySpan | undefined {
  const first = tokens[at];
  if (!first?.word) return undefined;
  first.memo.startsCountry ??= startsCountryPhrase(first.head);
  if (!first.memo.startsCountry) return undefined;
  let key = '';
  let best: CountrySpan | undefined;
  const max = countryPhraseMaxTokens();
  for (let i = at; i < tokens.length && i - at < max; i++) {
    const token = tokens[i];
    if (!token?.word) break;
    key = key === '' ? token.fold : `${key} ${token.fold}`;
    if (!continuesCountryPhrase(key)) break;
    const phrase = matchCountryPhrase(key);
    if (phrase && caseAllows(phrase.caseRule, first, tokens.slice(at, i + 1))) {
      // Names are written with a capital: "le ministre suisse" is the adjective, which French
      // spells like the name ("la Suisse").
      const demonym = phrase.kind === 'demonym' || !first.cap;
      best = { start: at, end: i + 1, code: phrase.code, demonym };
    }
  }
  return best;
}

// Folded word runs seen before, with the city they name (or null): wire copy repeats its words.
const cityCache = new Map<string, ReturnType<typeof findCity> | null>();
const CITY_CACHE_LIMIT = 50_000;

function findCityCached(folded: string): ReturnType<typeof findCity> | null {
  let city = cityCache.get(folded);
  if (city === undefined) {
    city = findCity(folded) ?? null;
    if (cityCache.size > CITY_CACHE_LIMIT) cityCache.clear();
    cityCache.set(folded, city);
  }
  return city;
}

function matchCityAt(tokens: readonly Token[], at: number): CitySpan | undefined {
  // A token's fold is already folded (folding it again changes nothing), so the first word of any
  // run looked up below is the first token's head: most capitalised words start no city name.
  const first = tokens[at];
  if (!first) return undefined;
  first.memo.startsCity ??= startsCityName(first.head);
  if (!first.memo.startsCity) return undefined;
  let best: CitySpan | undefined;
  let text = '';
  for (let i = at; i < tokens.length && i - at < MAX_CITY_TOKENS; i++) {
    const token = tokens[i];
    if (!token?.word || !token.cap) break;
    text = text === '' ? token.fold : `${text} ${token.fold}`;
    const city = findCityCached(text);
    if (city) best = { start: at, end: i + 1, name: city.name, countryCode: city.countryCode };
  }
  return best;
}

export function annotate(tokens: readonly Token[]): Annotations {
  const countryAt: (CountrySpan | undefined)[] = new Array(tokens.length);
  const cityAt: (CitySpan | undefined)[] = new Array(tokens.length);
  const titleAt: (TitleSpan | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.word) continue;
    token.memo.startsTitle ??= titleIndex.firstWords.has(token.head);
    const title = token.memo.startsTitle ? matchPhraseAt(tokens, i, titleIndex) : null;
    if (title) titleAt[i] = { start: title.start, end: title.end, entry: title.value };
    const country = matchCountryAt(tokens, i);
    if (country) countryAt[i] = country;
    else if (tokens[i]?.cap) cityAt[i] = matchCityAt(tokens, i);
  }
  return { countryAt, cityAt, titleAt };
}
