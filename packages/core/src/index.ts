// The pure domain shared by every package: no I/O here. Database access lives in ./db.

export type {
  CaseRule,
  CityInfo,
  CountryInfo,
  CountryPhrase,
} from './countries/country-lexicon.ts';
export {
  continuesCountryPhrase,
  countryByCode,
  countryPhraseMaxTokens,
  findCity,
  findCountry,
  matchCountryPhrase,
  startsCityName,
  startsCountryPhrase,
} from './countries/country-lexicon.ts';
export {
  addDays,
  isoDay,
  isoMonth,
  parseAbsoluteDate,
  parseMonthDay,
  weekdayOf,
  weekdayOnOrBefore,
} from './dates/calendar.ts';
export { monthNumbers, weekdayNumbers } from './dates/calendar-words.ts';
export {
  DatePrecision,
  EventType,
  GatheringKind,
  MentionKind,
  OfficeRole,
  OrganizationKind,
  ParticipantRole,
  PlaceKind,
  VisitKind,
} from './generated/prisma/enums.ts';
export { foldName, nameKey, nameTokens } from './names/fold-name.ts';
export { namesMatch } from './names/match-names.ts';
export {
  editDistance,
  nameSimilarity,
  tokensNearlyEqual,
  withinOneEdit,
} from './names/name-similarity.ts';
