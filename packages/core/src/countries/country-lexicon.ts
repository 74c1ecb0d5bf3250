// Country names, short forms and demonyms in English, French and Vietnamese, with coordinates.
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import frNames from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import viNames from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };
import worldCountries from 'world-countries';
import { foldName } from '../names/fold-name.ts';
import { cityExtras, countryExtras } from './country-extras.ts';

export type CountryInfo = {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Common English name ("South Korea"). */
  name: string;
  names: { en: string[]; fr: string[]; vi: string[] };
  demonyms: string[];
  capital: string | null;
  latitude: number | null;
  longitude: number | null;
};

/**
 * How a phrase in text must be written to count: `upper` for acronyms ("US", never "us"),
 * `capitalized` for names and English demonyms, `any` for French demonyms ("président chinois").
 */
export type CaseRule = 'upper' | 'capitalized' | 'any';

export type CountryPhrase = { code: string; kind: 'name' | 'demonym'; caseRule: CaseRule };

export type CityInfo = { name: string; countryCode: string };

type LocaleFile = { countries: Record<string, string | string[]> };

// Vietnamese short names that fold to English words or given names ("Mỹ" → "my", "Đức" → "duc").
const MIN_VIETNAMESE_NAME_LENGTH = 5;

const byCode = new Map<string, CountryInfo>();
// First folded word of every phrase: scanners skip any word that starts none.
const firstWords = new Set<string>();
// Every leading run of whole words of every phrase ("united", "united arab", …): a scanner stops
// extending a run as soon as no phrase continues it.
const phrasePrefixes = new Set<string>();
const phrases = new Map<string, CountryPhrase>();
const cities = new Map<string, CityInfo>();
// First folded word of every city name, for the same skipping.
const cityFirstWords = new Set<string>();
let longestPhrase = 1;

function listOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function caseRuleOf(surface: string, kind: CountryPhrase['kind']): CaseRule {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (letters.length <= 4 && letters === letters.toUpperCase()) return 'upper';
  if (kind === 'demonym' && surface[0] === surface[0]?.toLowerCase()) return 'any';
  return 'capitalized';
}

function addPhrase(surface: string, code: string, kind: CountryPhrase['kind']): void {
  const folded = foldName(surface.replace(/^the\s+/i, ''));
  if (folded === '') return;
  const known = phrases.get(folded);
  if (known) {
    // "Kenyan" and "kényan" fold alike: the French lower-case use must match too.
    if (known.code === code && caseRuleOf(surface, kind) === 'any') known.caseRule = 'any';
    return;
  }
  phrases.set(folded, { code, kind, caseRule: caseRuleOf(surface, kind) });
  const words = folded.split(' ');
  firstWords.add(words[0] ?? '');
  for (let end = 1; end <= words.length; end++) phrasePrefixes.add(words.slice(0, end).join(' '));
  longestPhrase = Math.max(longestPhrase, words.length);
}

function addFrenchDemonym(surface: string, code: string): void {
  const lower = surface.toLowerCase();
  addPhrase(lower, code, 'demonym');
  if (!/[sx]$/.test(lower)) addPhrase(`${lower}s`, code, 'demonym');
}

function buildLexicon(): void {
  // Sovereign states first, so a shared demonym ("Dominican") goes to the UN member.
  const ordered = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  const locales = {
    en: (enNames as LocaleFile).countries,
    fr: (frNames as LocaleFile).countries,
    vi: (viNames as LocaleFile).countries,
  };
  for (const country of ordered) {
    const code = country.cca2;
    const extra = countryExtras[code] ?? {};
    const en = [country.name.common, country.name.official, ...listOf(locales.en[code])];
    // Official names too: "le président de la République islamique de Mauritanie".
    const fr = [
      country.translations.fra?.common ?? '',
      country.translations.fra?.official ?? '',
      ...listOf(locales.fr[code]),
    ].filter(Boolean);
    const vi = [country.name.native.vie?.common ?? '', ...listOf(locales.vi[code])].filter(Boolean);
    const englishDemonyms = [country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter(
      (d): d is string => Boolean(d),
    );
    const frenchDemonyms = [country.demonyms?.fra?.m, country.demonyms?.fra?.f].filter(
      (d): d is string => Boolean(d),
    );
    const [lat, lng] = country.latlng;
    byCode.set(code, {
      code,
      name: country.name.common,
      names: { en, fr, vi },
      demonyms: [...new Set([...englishDemonyms, ...frenchDemonyms])],
      capital: country.capital[0] ?? null,
      latitude: lat ?? null,
      longitude: lng ?? null,
    });
    for (const name of [...(extra.names ?? []), ...en, ...fr]) addPhrase(name, code, 'name');
    for (const name of vi) {
      if (foldName(name).replace(/ /g, '').length >= MIN_VIETNAMESE_NAME_LENGTH)
        addPhrase(name, code, 'name');
    }
    for (const alt of country.altSpellings) {
      if (alt.length > 3 && !alt.includes(',')) addPhrase(alt, code, 'name');
    }
    for (const demonym of englishDemonyms) addPhrase(demonym, code, 'demonym');
    for (const demonym of frenchDemonyms) addFrenchDemonym(demonym, code);
    for (const demonym of extra.demonyms ?? []) {
      if (demonym[0] === demonym[0]?.toLowerCase()) addFrenchDemonym(demonym, code);
      else addPhrase(demonym, code, 'demonym');
    }
    for (const capital of country.capital) addCity(capital, code);
  }
  for (const [name, code] of Object.entries(cityExtras)) addCity(name, code);
}

function addCity(name: string, countryCode: string): void {
  const folded = foldName(name);
  cities.set(folded, { name, countryCode });
  cityFirstWords.add(folded.split(' ')[0] ?? '');
}

buildLexicon();

/** The country with this ISO alpha-2 (or alpha-3-free) code. */
export function countryByCode(code: string): CountryInfo | undefined {
  return byCode.get(code.toUpperCase());
}

/**
 * The country a whole phrase names, by name, short form or demonym, in en/fr/vi, ignoring case
 * and diacritics.
 * @example findCountry('sud-coréen')?.code // 'KR'
 * @example findCountry('Việt Nam')?.code // 'VN'
 */
export function findCountry(text: string): CountryInfo | undefined {
  const phrase = phrases.get(foldName(text.replace(/^the\s+/i, '')));
  return phrase ? byCode.get(phrase.code) : undefined;
}

/** Lookup for scanners that already folded a run of tokens ("new zealand"). */
export function matchCountryPhrase(folded: string): CountryPhrase | undefined {
  return phrases.get(folded);
}

/** Whether some country phrase begins with this folded word ("new" for "new zealand"). */
export function startsCountryPhrase(foldedWord: string): boolean {
  return firstWords.has(foldedWord);
}

/** Whether some country phrase is, or starts with, these folded words ("united arab"). */
export function continuesCountryPhrase(foldedWords: string): boolean {
  return phrasePrefixes.has(foldedWords);
}

/** The most tokens a country phrase has, so scanners know how far to look ahead. */
export function countryPhraseMaxTokens(): number {
  return longestPhrase;
}

/** Whether some city name starts with this folded word ("kuala" for Kuala Lumpur): scanners skip the rest. */
export function startsCityName(foldedWord: string): boolean {
  return cityFirstWords.has(foldedWord);
}

/** A capital or well-known city by name, ignoring case and diacritics ("HÀ NỘI" → Hà Nội, VN). */
export function findCity(name: string): CityInfo | undefined {
  return cities.get(foldName(name));
}
