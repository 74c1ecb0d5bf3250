// Names of multilateral gatherings and honours, in English and French, built from parts.
import { type Language, ordinal } from './dates.ts';
import type { Random } from './random.ts';

type Organization = { en: string; frOf: string };

/** A name and, for French, whether it takes "la" ("la Semaine des dirigeants…", "le Forum…"). */
export type EventName = { name: string; feminine: boolean };

/** "la Semaine …", "le Forum …", "l'Ordre …": the French name with its definite article. */
export function withFrenchArticle({ name, feminine }: EventName): string {
  if (/^[aeiouéèêàâîôû]/i.test(name)) return `l'${name}`;
  return `${feminine ? 'la' : 'le'} ${name}`;
}

const ORGANIZATIONS: readonly Organization[] = [
  { en: 'ASEAN', frOf: "de l'ASEAN" },
  { en: 'APEC', frOf: "de l'APEC" },
  { en: 'G20', frOf: 'du G20' },
  { en: 'BRICS', frOf: 'des BRICS' },
  { en: 'African Union', frOf: "de l'Union africaine" },
  { en: 'CELAC', frOf: 'de la CELAC' },
  { en: 'Francophonie', frOf: 'de la Francophonie' },
  { en: 'Mekong-Lancang Cooperation', frOf: 'de la Coopération Mékong-Lancang' },
  { en: 'Arab League', frOf: 'de la Ligue arabe' },
  { en: 'Pacific Islands Forum', frOf: 'du Forum des îles du Pacifique' },
];

const TOPICS = {
  en: [
    'Climate Resilience',
    'Digital Transformation',
    'Food Security',
    'Ocean Governance',
    'Green Finance',
    'Energy Transition',
  ],
  fr: [
    'la résilience climatique',
    'la transformation numérique',
    'la sécurité alimentaire',
    'la gouvernance des océans',
    'la finance verte',
    'la transition énergétique',
  ],
};

/**
 * A gathering name: "44th ASEAN Summit", "2024 APEC Leaders' Week", "Sommet des affaires de l'APEC 2024"…
 */
export function gatheringName(
  random: Random,
  language: Language,
  year: number,
  city: string,
): EventName {
  const org = random.pick(ORGANIZATIONS);
  const n = random.int(2, 48);
  const topic = random.int(0, TOPICS.en.length - 1);
  if (language === 'en') {
    const name = random.pick([
      `${ordinal('en', n)} ${org.en} Summit`,
      `${year} ${org.en} Leaders' Week`,
      `${org.en} Business Forum ${year}`,
      `${ordinal('en', n)} ${org.en} Foreign Ministers' Meeting`,
      `${city} Forum on ${TOPICS.en[topic]}`,
      `${org.en} Leaders' Dialogue with Guests`,
    ]);
    return { name, feminine: false };
  }
  return random.pick([
    { name: `${ordinal('fr', n)} Sommet ${org.frOf}`, feminine: false },
    { name: `Semaine des dirigeants ${org.frOf} ${year}`, feminine: true },
    { name: `Forum des affaires ${org.frOf} ${year}`, feminine: false },
    {
      name: `${ordinal('fr', n)} réunion des ministres des Affaires étrangères ${org.frOf}`,
      feminine: true,
    },
    { name: `Forum de ${city} sur ${TOPICS.fr[topic]}`, feminine: false },
    { name: `Dialogue des dirigeants ${org.frOf} avec les invités`, feminine: false },
  ]);
}

const VIRTUES = {
  en: [
    'Merit',
    'Friendship',
    'Independence',
    'the Golden Eagle',
    'the Southern Cross',
    'the Star',
    'Labour',
  ],
  fr: [
    'du Mérite',
    "de l'Amitié",
    "de l'Indépendance",
    "de l'Aigle d'or",
    'de la Croix du Sud',
    "de l'Étoile",
    'du Travail',
  ],
};

/** An honour conferred by a country or a city: "Grand Cross of the Order of Merit of Chile". */
export function awardName(
  random: Random,
  language: Language,
  country: string,
  city: string,
): EventName {
  const virtue = random.int(0, VIRTUES.en.length - 1);
  if (language === 'en') {
    const name = random.pick([
      `Grand Cross of the Order of ${VIRTUES.en[virtue]} of ${country}`,
      `Order of ${VIRTUES.en[virtue]}`,
      `key to the city of ${city}`,
      `Gold Medal of ${city}`,
    ]);
    return { name, feminine: false };
  }
  return random.pick([
    { name: `Grand-Croix de l'Ordre ${VIRTUES.fr[virtue]}`, feminine: true },
    { name: `Ordre ${VIRTUES.fr[virtue]}`, feminine: false },
    { name: `Médaille d'or de la ville de ${city}`, feminine: true },
  ]);
}
