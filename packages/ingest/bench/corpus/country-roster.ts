// The real countries the corpus writes about, with what the wire-copy templates need beyond core's
// country data: the naming tradition of their leaders, who heads state and government, and the
// grammatical gender of the French name ("au Pérou", "en France", "aux États-Unis").
import { countryByCode } from '@diplomacy-graph/core';
import type { NameStyle } from './name-styles.ts';

/** 'none': a city-state named without an article ("à Singapour", "de Singapour"). */
export type FrenchGender = 'm' | 'f' | 'pl' | 'none';
export type HeadOfState = 'President' | 'King' | 'Emir' | 'Sultan' | null;
export type HeadOfGovernment = 'Prime Minister' | 'Premier' | 'Chancellor' | null;

export type RosterCountry = {
  code: string;
  style: NameStyle;
  frenchGender: FrenchGender;
  headOfState: HeadOfState;
  headOfGovernment: HeadOfGovernment;
};

// code, naming style, French gender, head of state, head of government ('-': none we write about)
const ROWS = `
VN vietnamese m President Prime Minister
CN chinese f President Premier
SG chinese none President Prime Minister
JP japanese m - Prime Minister
KR korean f President Prime Minister
PE hispanic m President Prime Minister
CL hispanic m President -
MX hispanic m President -
AR hispanic f President -
CO hispanic f President -
EC hispanic m President -
UY hispanic m President -
ES hispanic f King Prime Minister
CU hispanic none President Prime Minister
PA hispanic m President -
FR french f President Prime Minister
BE french f King Prime Minister
LU french m - Prime Minister
CH germanic f President -
US anglo pl President -
GB anglo m King Prime Minister
AU anglo f - Prime Minister
NZ anglo f - Prime Minister
IE anglo f President Prime Minister
CA anglo m - Prime Minister
RU slavic f President Prime Minister
UA slavic f President Prime Minister
PL slavic f President Prime Minister
CZ slavic f President Prime Minister
RS slavic f President Prime Minister
BG slavic f President Prime Minister
SK slavic f President Prime Minister
KZ slavic m President Prime Minister
EG arabic f President Prime Minister
SA arabic f King -
AE arabic pl President Prime Minister
QA arabic m Emir Prime Minister
JO arabic f King Prime Minister
MA arabic m King Prime Minister
DZ arabic f President Prime Minister
KW arabic m Emir Prime Minister
OM arabic m Sultan -
NG african m President -
GH african m President -
KE african m President -
ZA african f President -
ET african f President Prime Minister
TZ african f President Prime Minister
SN african m President Prime Minister
CI african f President Prime Minister
NO nordic f King Prime Minister
SE nordic f King Prime Minister
DK nordic m King Prime Minister
FI nordic f President Prime Minister
IS nordic f President Prime Minister
DE germanic f President Chancellor
AT germanic f President Chancellor
NL germanic pl King Prime Minister
MY malay f King Prime Minister
ID malay f President -
BN malay m Sultan -
IN indian f President Prime Minister
LK indian m President Prime Minister
TR turkish f President -
AZ turkish m President Prime Minister
BR lusophone m President -
PT lusophone m President Prime Minister
AO lusophone m President -
MZ lusophone m President -
`;

const ROW = /^([A-Z]{2}) (\w+) (m|f|pl|none) (\S+) (.+)$/;
const orNull = <T extends string>(value: string | undefined): T | null =>
  value === undefined || value === '-' ? null : (value as T);

/** The countries of the corpus, in a fixed order (the seeded generator depends on it). */
export const ROSTER: readonly RosterCountry[] = ROWS.trim()
  .split('\n')
  .map((row) => {
    const [, code, style, frenchGender, head, government] = ROW.exec(row) ?? [];
    if (!code) throw new Error(`Bad roster row: ${row}`);
    return {
      code,
      style: style as NameStyle,
      frenchGender: frenchGender as FrenchGender,
      headOfState: orNull<NonNullable<HeadOfState>>(head),
      headOfGovernment: orNull<NonNullable<HeadOfGovernment>>(government),
    };
  });

// English names that take "the" in running text ("the Netherlands", "the United Kingdom").
const NAMES_WITH_THE = new Set(['US', 'GB', 'NL', 'AE']);

/** English and French names, demonyms and the capital of a roster country, from core's data. */
export function describeCountry(country: RosterCountry) {
  const info = countryByCode(country.code);
  if (!info) throw new Error(`core has no country ${country.code}`);
  const [englishDemonym, frenchMasculine, frenchFeminine] = info.demonyms;
  const frenchName = info.names.fr[0] ?? info.name;
  return {
    english: NAMES_WITH_THE.has(country.code) ? `the ${info.name}` : info.name,
    french: frenchName,
    englishDemonym: englishDemonym ?? info.name,
    frenchDemonym: {
      m: (frenchMasculine ?? frenchName).toLowerCase(),
      f: (frenchFeminine ?? frenchMasculine ?? frenchName).toLowerCase(),
    },
    capital: info.capital ?? info.name,
  };
}
