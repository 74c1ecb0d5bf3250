import { describe, expect, it } from 'vitest';
import {
  continuesCountryPhrase,
  countryByCode,
  findCity,
  findCountry,
  matchCountryPhrase,
  startsCityName,
} from './country-lexicon.ts';

describe('findCountry', () => {
  it.each([
    ['Việt Nam', 'VN'],
    ['Vietnamese', 'VN'],
    ['Republic of Korea', 'KR'],
    ['sud-coréen', 'KR'],
    ['néo-zélandais', 'NZ'],
    ['the US', 'US'],
    ['États-Unis', 'US'],
    ['péruvienne', 'PE'],
    ['Pérou', 'PE'],
    ['Chinese', 'CN'],
    ['Singapour', 'SG'],
  ])('%s → %s', (text, code) => {
    expect(findCountry(text)?.code).toBe(code);
  });

  it('knows nothing of ordinary words', () => {
    expect(findCountry('president')).toBeUndefined();
    expect(findCountry('my')).toBeUndefined();
  });
});

describe('country phrases for scanners', () => {
  it('marks acronyms as upper-case only and French demonyms as any case', () => {
    expect(matchCountryPhrase('us')?.caseRule).toBe('upper');
    expect(matchCountryPhrase('chinois')?.caseRule).toBe('any');
    expect(matchCountryPhrase('new zealand')?.caseRule).toBe('capitalized');
  });
});

describe('countryByCode and cities', () => {
  it('gives names, demonyms and coordinates', () => {
    const peru = countryByCode('pe');
    expect(peru?.name).toBe('Peru');
    expect(peru?.demonyms).toContain('Peruvian');
    expect(peru?.latitude).toBeCloseTo(-10, 0);
  });
  it('finds capitals and dateline cities', () => {
    expect(findCity('Lima')?.countryCode).toBe('PE');
    expect(findCity('HÀ NỘI')?.countryCode).toBe('VN');
    // Scanners skip words that start no city name, and stop runs that no country phrase continues.
    expect(continuesCountryPhrase('united arab')).toBe(true);
    expect(continuesCountryPhrase('united arab emirates')).toBe(true);
    expect(continuesCountryPhrase('united arab leaders')).toBe(false);
    expect(startsCityName('kuala')).toBe(true);
    expect(startsCityName('lumpur')).toBe(false);
  });
});
