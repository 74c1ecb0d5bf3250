export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR' | 'RANGE';

export type PartialDate = {
  start: string | null;
  end?: string | null;
  precision: DatePrecision | null;
};

// Dates come from the API as ISO calendar days; they are shown in UTC so a day never shifts
// with the reader's time zone.
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * Writes an event date only as precisely as the article stated it.
 * @example formatEventDate({ start: '2024-11-01', precision: 'MONTH' }) // 'November 2024'
 */
export function formatEventDate({ start, end, precision }: PartialDate): string {
  if (!start) return 'Date unknown';
  const from = new Date(start);
  if (Number.isNaN(from.getTime())) return start;
  switch (precision) {
    case 'YEAR':
      return String(from.getUTCFullYear());
    case 'MONTH':
      return monthFormat.format(from);
    case 'RANGE':
      return end ? dayFormat.formatRange(from, new Date(end)) : dayFormat.format(from);
    default:
      return dayFormat.format(from);
  }
}
