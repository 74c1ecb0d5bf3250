// The state of one article being written: its cast, how each person has been named so far, and the
// facts the text states — recorded as the sentences are written, so gold and text cannot disagree.
import { describeCountry, type RosterCountry } from './country-roster.ts';
import {
  addDays,
  dayMonth,
  fullDate,
  isoDay,
  isoMonth,
  type Language,
  weekdayName,
} from './dates.ts';
import { buildName, type Gender, type PersonName } from './name-styles.ts';
import { leadingOffices, type Office, otherOffices } from './offices.ts';
import type { Random } from './random.ts';

export type Person = {
  name: PersonName;
  gender: Gender;
  country: RosterCountry;
  office: Office;
};

/** One generated article's gold annotation, in the shape of ../shared/eval/GOLD_FORMAT.md. */
export type GoldAnnotation = {
  article: string;
  language: Language;
  published: string | null;
  leaders: { name: string; aliases: string[]; country: string; titles: string[] }[];
  meetings: { participants: [string, string]; date: string | null; place: string | null }[];
  visits: { visitor: string; country: string; date: string | null }[];
  gatherings: {
    name: string;
    aliases: string[];
    attendees: string[];
    place: string | null;
    date: string | null;
  }[];
  awards: { award: string; recipient: string; presenter: string | null }[];
  optional: { leaders: string[]; note: string };
};

/** A date phrase and, when the text makes it certain, the ISO date it names. */
export type DatePhrase = { text: string; iso: string | null };

type LeaderRecord = { person: Person; aliases: Set<string>; titles: Set<string> };

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
// Elision before a vowel sound; "h" and "y" starting these names and titles do not elide ("le Yémen").
const startsWithVowel = (text: string) => /^[aeiouéèêàâîôû]/i.test(text);

export type ArticleSetting = {
  language: Language;
  /** When the article appeared; stated in the text only if `publishedStated`. */
  published: Date;
  publishedStated: boolean;
  city: string;
};

export function createArticleBuilder(random: Random, setting: ArticleSetting) {
  const { language } = setting;
  const leaders = new Map<Person, LeaderRecord>();
  const usedNames = new Set<string>();
  const optionalLeaders: string[] = [];
  const meetings: GoldAnnotation['meetings'] = [];
  const visits: GoldAnnotation['visits'] = [];
  const gatherings = new Map<string, GoldAnnotation['gatherings'][number]>();
  const awards: GoldAnnotation['awards'] = [];

  const country = (person: Person) => describeCountry(person.country);
  const englishTitle = (person: Person) => person.office.en[person.gender];
  /** The title gold records: the English office, or its English reading in a French article. */
  const goldTitle = (person: Person) =>
    language === 'fr' ? (person.office.enFromFrench ?? englishTitle(person)) : englishTitle(person);
  const frenchTitle = (person: Person) => person.office.fr[person.gender];

  /** A new person with a name not yet used in this article. */
  function newPerson(of: RosterCountry, leading: boolean): Person {
    const offices = leading ? leadingOffices(of) : otherOffices();
    const office = random.pick(offices.length > 0 ? offices : otherOffices());
    const gender: Gender = office.maleOnly || random.chance(0.7) ? 'm' : 'f';
    for (;;) {
      const name = buildName(random, of.style, gender);
      if (usedNames.has(name.full) || usedNames.has(name.short)) continue;
      usedNames.add(name.full);
      usedNames.add(name.short);
      return { name, gender, country: of, office };
    }
  }

  function record(person: Person): LeaderRecord {
    let entry = leaders.get(person);
    if (!entry) {
      entry = { person, aliases: new Set(), titles: new Set() };
      leaders.set(person, entry);
    }
    return entry;
  }

  /** French "le"/"la"/"l'" + noun phrase, by the person's gender. */
  const frenchArticle = (person: Person, phrase: string) =>
    startsWithVowel(phrase) ? `l'${phrase}` : `${person.gender === 'f' ? 'la' : 'le'} ${phrase}`;

  /**
   * The first mention: title, country and full name, in one of the ways wire copy writes them.
   * In French the phrase starts with its article ("le président péruvien …").
   */
  function intro(person: Person): string {
    const entry = record(person);
    entry.titles.add(goldTitle(person));
    const { name } = person;
    const place = country(person);
    if (language === 'en') {
      const title = englishTitle(person);
      switch (random.int(0, 3)) {
        case 0:
          return `${place.englishDemonym} ${title} ${name.full}`;
        case 1:
          return `${title} ${name.full} of ${place.english}`;
        case 2:
          return place.english.startsWith('the ')
            ? `${place.englishDemonym} ${title} ${name.full}`
            : `${place.english}'s ${title} ${name.full}`;
        default:
          return `${title} of ${place.english} ${name.full}`;
      }
    }
    const title = frenchTitle(person);
    const demonym = place.frenchDemonym[person.gender];
    return random.chance(0.6)
      ? `${frenchArticle(person, title)} ${demonym} ${name.full}`
      : `${frenchArticle(person, title)} ${frenchOf(person.country, place.french)} ${name.full}`;
  }

  /** A later mention: full name, the short form or another spelling (recorded as aliases). */
  function ref(person: Person): string {
    const entry = leaders.get(person);
    if (!entry) return intro(person);
    const roll = random.next();
    const form =
      roll < 0.45
        ? person.name.full
        : roll < 0.85 || person.name.variant === null
          ? person.name.short
          : person.name.variant;
    if (form !== person.name.full) entry.aliases.add(form);
    return form;
  }

  /** "Il"/"Elle", "He"/"She". */
  const pronoun = (person: Person) =>
    language === 'en'
      ? person.gender === 'f'
        ? 'She'
        : 'He'
      : person.gender === 'f'
        ? 'Elle'
        : 'Il';

  /** The past participle agreeing with the person in French ("entretenue"). */
  const agree = (person: Person, participle: string) =>
    person.gender === 'f' ? `${participle}e` : participle;

  /**
   * A phrase for a day `daysBefore` the publication date, with its ISO value when the text makes
   * it certain: a weekday or a date without year needs the stated publication date.
   */
  function datePhrase(daysBefore: number): DatePhrase {
    const date = addDays(setting.published, -daysBefore);
    const known = setting.publishedStated ? isoDay(date) : null;
    const en = language === 'en';
    switch (random.int(0, 4)) {
      case 0:
        return {
          text: en ? `on ${dayMonth('en', date)}` : `le ${dayMonth('fr', date)}`,
          iso: known,
        };
      case 1:
        return {
          text: en ? `on ${fullDate('en', date)}` : `le ${fullDate('fr', date)}`,
          iso: isoDay(date),
        };
      case 2:
        return {
          text: en ? `on ${weekdayName('en', date)}` : weekdayName('fr', date),
          iso: known,
        };
      case 3:
        return {
          text: en
            ? `on ${weekdayName('en', date)}, ${dayMonth('en', date)}`
            : `le ${weekdayName('fr', date)} ${dayMonth('fr', date)}`,
          iso: known,
        };
      default:
        return {
          text: en
            ? `on the afternoon of ${dayMonth('en', date)} (local time)`
            : `dans l'après-midi du ${dayMonth('fr', date)} (heure locale)`,
          iso: known,
        };
    }
  }

  /** The month of the story when the text makes its year certain. */
  const storyMonth = () => (setting.publishedStated ? isoMonth(setting.published) : null);

  function meeting(a: Person, b: Person, date: string | null): void {
    const existing = meetings.find(
      (m) => m.participants.includes(a.name.full) && m.participants.includes(b.name.full),
    );
    if (existing) {
      existing.date ??= date;
      return;
    }
    meetings.push({ participants: [a.name.full, b.name.full], date, place: setting.city });
  }

  function visit(person: Person, to: RosterCountry, date: string | null): void {
    if (visits.some((v) => v.visitor === person.name.full && v.country === to.code)) return;
    visits.push({ visitor: person.name.full, country: to.code, date });
  }

  function attend(gathering: string, person: Person, place: string | null): void {
    const entry = gatherings.get(gathering) ?? {
      name: gathering,
      aliases: [],
      attendees: [],
      place,
      date: storyMonth(),
    };
    if (!entry.attendees.includes(person.name.full)) entry.attendees.push(person.name.full);
    gatherings.set(gathering, entry);
  }

  function award(name: string, recipient: Person, presenter: Person | null): void {
    awards.push({
      award: name,
      recipient: recipient.name.full,
      presenter: presenter?.name.full ?? null,
    });
  }

  /** A person named only in a teaser of another story: neither rewarded nor penalised. */
  function teaserPerson(person: Person): void {
    optionalLeaders.push(person.name.full);
  }

  function gold(file: string): GoldAnnotation {
    return {
      article: file,
      language,
      published: setting.publishedStated ? isoDay(setting.published) : null,
      leaders: [...leaders.values()].map(({ person, aliases, titles }) => ({
        name: person.name.full,
        aliases: [...aliases],
        country: person.country.code,
        titles: [...titles],
      })),
      meetings,
      visits,
      gatherings: [...gatherings.values()],
      awards,
      optional: {
        leaders: optionalLeaders,
        note: 'Generated by packages/ingest/bench/corpus: facts recorded as the sentences were written.',
      },
    };
  }

  return {
    language,
    random,
    setting,
    newPerson,
    intro,
    ref,
    pronoun,
    agree,
    datePhrase,
    storyMonth,
    country,
    meeting,
    visit,
    attend,
    award,
    teaserPerson,
    gold,
    capitalize,
  };
}

export type ArticleBuilder = ReturnType<typeof createArticleBuilder>;

/** French "du Pérou", "de la France", "de l'Inde", "des États-Unis". */
export function frenchOf(country: RosterCountry, name: string): string {
  if (country.frenchGender === 'none') return startsWithVowel(name) ? `d'${name}` : `de ${name}`;
  if (country.frenchGender === 'pl') return `des ${name}`;
  if (startsWithVowel(name)) return `de l'${name}`;
  return country.frenchGender === 'f' ? `de la ${name}` : `du ${name}`;
}

/** French "de le président" → "du président", "à les" → "aux": the contractions of a phrase. */
export function contractFrench(preposition: 'à' | 'de', phrase: string): string {
  if (phrase.startsWith('le ')) return `${preposition === 'à' ? 'au' : 'du'} ${phrase.slice(3)}`;
  if (phrase.startsWith('les ')) return `${preposition === 'à' ? 'aux' : 'des'} ${phrase.slice(4)}`;
  if (preposition === 'de' && startsWithVowel(phrase)) return `d'${phrase}`;
  return `${preposition} ${phrase}`;
}

/** French "le Pérou", "la France", "l'Inde", "les États-Unis". */
export function frenchCountry(country: RosterCountry, name: string): string {
  if (country.frenchGender === 'none') return name;
  if (country.frenchGender === 'pl') return `les ${name}`;
  if (startsWithVowel(name)) return `l'${name}`;
  return country.frenchGender === 'f' ? `la ${name}` : `le ${name}`;
}

/** French "au Pérou", "en France", "en Iran", "aux États-Unis", "à Singapour". */
export function frenchIn(country: RosterCountry, name: string): string {
  if (country.frenchGender === 'none') return `à ${name}`;
  if (country.frenchGender === 'pl') return `aux ${name}`;
  if (country.frenchGender === 'f' || startsWithVowel(name)) return `en ${name}`;
  return `au ${name}`;
}
