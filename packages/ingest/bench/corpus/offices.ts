// Offices the corpus gives its invented people, in English (as gold titles are written) and French.

import type { RosterCountry } from './country-roster.ts';
import type { Gender } from './name-styles.ts';

export type Office = {
  /** English title by gender ("King" / "Queen"). */
  en: Record<Gender, string>;
  /** The English title gold gives when a French article names the office, if it differs. */
  enFromFrench?: string;
  /** French title by gender, lower case as it appears after an article ("la Première ministre"). */
  fr: Record<Gender, string>;
  /** Heads of state or government lead delegations and meet their peers. */
  leading: boolean;
  /** Monarchs in these offices are all men in this corpus (no "émira"). */
  maleOnly?: boolean;
};

const same = (title: string): Record<Gender, string> => ({ m: title, f: title });

const HEADS_OF_STATE: Record<NonNullable<RosterCountry['headOfState']>, Office> = {
  President: { en: same('President'), fr: { m: 'président', f: 'présidente' }, leading: true },
  King: { en: { m: 'King', f: 'Queen' }, fr: { m: 'roi', f: 'reine' }, leading: true },
  Emir: { en: same('Emir'), fr: same('émir'), leading: true, maleOnly: true },
  Sultan: { en: same('Sultan'), fr: same('sultan'), leading: true, maleOnly: true },
};

const HEADS_OF_GOVERNMENT: Record<NonNullable<RosterCountry['headOfGovernment']>, Office> = {
  'Prime Minister': {
    en: same('Prime Minister'),
    fr: { m: 'Premier ministre', f: 'Première ministre' },
    leading: true,
  },
  Premier: {
    en: same('Premier'),
    fr: { m: 'Premier ministre', f: 'Première ministre' },
    leading: true,
  },
  Chancellor: { en: same('Chancellor'), fr: { m: 'chancelier', f: 'chancelière' }, leading: true },
};

const MINISTERS: readonly Office[] = [
  {
    en: same('Minister of Foreign Affairs'),
    fr: same('ministre des Affaires étrangères'),
    leading: false,
  },
  {
    en: same('Deputy Prime Minister'),
    fr: { m: 'vice-Premier ministre', f: 'vice-Première ministre' },
    leading: false,
  },
  { en: same('Minister of Trade'), fr: same('ministre du Commerce'), leading: false },
  { en: same('Minister of Defence'), fr: same('ministre de la Défense'), leading: false },
  {
    en: same('Speaker of the National Assembly'),
    fr: { m: "président de l'Assemblée nationale", f: "présidente de l'Assemblée nationale" },
    leading: false,
  },
];

/** The leading offices of a country: head of state and head of government, where it has them. */
export function leadingOffices(country: RosterCountry): Office[] {
  const offices: Office[] = [];
  if (country.headOfState) offices.push(HEADS_OF_STATE[country.headOfState]);
  if (country.headOfGovernment) offices.push(HEADS_OF_GOVERNMENT[country.headOfGovernment]);
  return offices;
}

/** Ministers and the speaker: people who accompany, receive or see off a leader. */
export function otherOffices(): readonly Office[] {
  return MINISTERS;
}
