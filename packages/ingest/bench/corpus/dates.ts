// Calendar words in both languages and the ISO forms gold annotations use (all dates in UTC).

const MONTHS = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};
const WEEKDAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};

export type Language = 'en' | 'fr';

const DAY_MS = 86_400_000;

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
export const isoMonth = (date: Date) => date.toISOString().slice(0, 7);

export const monthName = (language: Language, date: Date) =>
  MONTHS[language][date.getUTCMonth()] as string;
export const weekdayName = (language: Language, date: Date) =>
  WEEKDAYS[language][date.getUTCDay()] as string;

/** "November 15" / "15 novembre" (French "1er" for the first). */
export function dayMonth(language: Language, date: Date): string {
  const day = date.getUTCDate();
  return language === 'en'
    ? `${monthName('en', date)} ${day}`
    : `${day === 1 ? '1er' : day} ${monthName('fr', date)}`;
}

/** "November 15, 2024" / "15 novembre 2024". */
export function fullDate(language: Language, date: Date): string {
  const year = date.getUTCFullYear();
  return language === 'en' ? `${dayMonth('en', date)}, ${year}` : `${dayMonth('fr', date)} ${year}`;
}

/** "31st" / "31e" ("1re" is feminine French; the corpus only uses ordinals of masculine nouns). */
export function ordinal(language: Language, n: number): string {
  if (language === 'fr') return n === 1 ? '1er' : `${n}e`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
