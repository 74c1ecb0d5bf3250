// Dates of one event as several witnesses give them: compatible when one contains the other, and
// the merged event keeps the most precise one.
import type { ExtractedDate } from '../extract/types.ts';
import { compareText } from './compare-text.ts';

const PRECISION_RANK = { DAY: 4, RANGE: 3, MONTH: 2, YEAR: 1 } as const;

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first and last day an extracted date covers, as ISO strings. */
export function spanOf(date: ExtractedDate): [string, string] {
  const [year = 0, month = 1] = date.value.split('-').map(Number);
  switch (date.precision) {
    case 'YEAR':
      return [`${date.value}-01-01`, `${date.value}-12-31`];
    case 'MONTH':
      return [`${date.value}-01`, lastDayOfMonth(year, month)];
    case 'RANGE':
      return [date.value, date.end ?? date.value];
    default:
      return [date.value, date.value];
  }
}

// Resolution compares each date with many candidates' dates; extracted dates are never changed.
const spans = new WeakMap<ExtractedDate, [string, string]>();

function cachedSpanOf(date: ExtractedDate): [string, string] {
  let span = spans.get(date);
  if (span === undefined) {
    span = spanOf(date);
    spans.set(date, span);
  }
  return span;
}

// A span longer than this is listed as fitting any month: cheaper than listing every month.
const MAX_MONTHS = 1200;

function monthNumberOf(isoDay: string): number | null {
  const match = /^(\d{4})-(\d{2})/.exec(isoDay);
  return match ? Number(match[1]) * 100 + Number(match[2]) : null;
}

/**
 * The months a date's span touches, as yyyymm numbers (2024-11 → 202411), or null when there are
 * too many or the date is not ISO. Two compatible dates always share a month, so this can index
 * dates by month. Month numbers follow text order, so a span over a year end also lists the
 * numbers between (202313 … 202400), which no date has.
 * @example monthsOf({ value: '2024-11-15', precision: 'DAY' }) // [202411]
 */
export function monthsOf(date: ExtractedDate): number[] | null {
  const [start, end] = cachedSpanOf(date);
  const [first, last] = start <= end ? [start, end] : [end, start];
  const from = monthNumberOf(first);
  const to = monthNumberOf(last);
  if (from === null || to === null || to - from > MAX_MONTHS) return null;
  const months: number[] = [];
  for (let month = from; month <= to; month++) months.push(month);
  return months;
}

/** Unknown dates fit anything; known ones fit when one span contains the other. */
export function datesCompatible(a: ExtractedDate | null, b: ExtractedDate | null): boolean {
  if (!a || !b) return true;
  const [aStart, aEnd] = cachedSpanOf(a);
  const [bStart, bEnd] = cachedSpanOf(b);
  return (aStart <= bStart && bEnd <= aEnd) || (bStart <= aStart && aEnd <= bEnd);
}

/** Higher is more precise; an unknown date is 0. */
export function precisionRank(date: ExtractedDate | null): number {
  return date ? PRECISION_RANK[date.precision] : 0;
}

export type DatedWitness = { articleId: string; date: ExtractedDate | null };

export type MergedDate = {
  date: ExtractedDate | null;
  /** "value @ articleId" of each disagreeing witness, when the most precise ones disagree. */
  conflict: string[] | null;
};

/**
 * The most precise date the witnesses give; disagreement at that precision is reported, and the
 * value most witnesses give (then the earliest) is kept.
 */
export function mergeDates(witnesses: readonly DatedWitness[]): MergedDate {
  const best = Math.max(0, ...witnesses.map((witness) => precisionRank(witness.date)));
  if (best === 0) return { date: null, conflict: null };
  const top = witnesses.filter((witness) => precisionRank(witness.date) === best);
  const counts = new Map<string, { date: ExtractedDate; count: number }>();
  for (const { date } of top) {
    if (!date) continue;
    const key = `${date.value}/${date.end ?? ''}`;
    const entry = counts.get(key) ?? { date, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const ranked = [...counts.entries()].sort(
    (a, b) => b[1].count - a[1].count || compareText(a[0], b[0]),
  );
  const date = ranked[0]?.[1].date ?? null;
  const conflict =
    ranked.length > 1
      ? [...new Set(top.map((witness) => `${witness.date?.value} @ ${witness.articleId}`))].sort()
      : null;
  // Keep the time of day of any witness giving the chosen day.
  const timeOfDay = top.find(
    (witness) => witness.date?.value === date?.value && witness.date?.timeOfDay,
  )?.date?.timeOfDay;
  return { date: date && timeOfDay ? { ...date, timeOfDay } : date, conflict };
}
