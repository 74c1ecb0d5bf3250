// Calendar arithmetic on ISO day strings ("2024-11-15"), in UTC so time zones never shift a day.
import { foldName } from '../names/fold-name.ts';
import { monthNumbers } from './calendar-words.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2024-11-05" from parts; null when the day does not exist (31 February). */
export function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The latest day on or before `anchor` that falls on `weekday` (0 = Sunday): news copy
 * says "on Friday" for the Friday just past.
 * @example weekdayOnOrBefore('2024-11-17', 5) // '2024-11-15'
 */
export function weekdayOnOrBefore(anchor: string, weekday: number): string {
  return addDays(anchor, -((weekdayOf(anchor) - weekday + 7) % 7));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_FIRST = /^([\p{L}]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/u;
const DAY_FIRST = /^(\d{1,2})(?:er|st|nd|rd|th)? ([\p{L}]+)\.? (\d{4})$/u;
const NUMERIC_DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const MONTH_DAY = /^([\p{L}]+)\.? (\d{1,2})(?:st|nd|rd|th)?$/u;
const DAY_MONTH = /^(\d{1,2})(?:er|st|nd|rd|th)? ([\p{L}]+)\.?$/u;

/**
 * A stated calendar date in ISO form, from "2024-11-17", "November 17, 2024", "17 novembre 2024"
 * or "17/11/2024" (day first, as in VNA and French copy); null when the text is not one of these.
 */
export function parseAbsoluteDate(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const iso = ISO.exec(trimmed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_FIRST.exec(trimmed);
  if (monthFirst) {
    const month = monthNumbers.get(foldName(monthFirst[1] ?? ''));
    return month ? isoDay(Number(monthFirst[3]), month, Number(monthFirst[2])) : null;
  }
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (dayFirst) {
    const month = monthNumbers.get(foldName(dayFirst[2] ?? ''));
    return month ? isoDay(Number(dayFirst[3]), month, Number(dayFirst[1])) : null;
  }
  const numeric = NUMERIC_DAY_FIRST.exec(trimmed);
  if (numeric) return isoDay(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return null;
}

/**
 * A day stated without its year, as wire datelines print it ("March 18", "11 janvier"); null
 * when the text is not one, or no year has such a day.
 * @example parseMonthDay('11 janvier') // { month: 1, day: 11 }
 */
export function parseMonthDay(text: string): { month: number; day: number } | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const monthFirst = MONTH_DAY.exec(trimmed);
  const dayFirst = monthFirst ? null : DAY_MONTH.exec(trimmed);
  const monthWord = monthFirst?.[1] ?? dayFirst?.[2];
  const month = monthWord ? monthNumbers.get(foldName(monthWord)) : undefined;
  const day = Number(monthFirst?.[2] ?? dayFirst?.[1]);
  // 2024 is a leap year: 29 February is a day some year has.
  return month && isoDay(2024, month, day) ? { month, day } : null;
}
