import { describe, expect, it } from 'vitest';
import { datesCompatible, mergeDates, monthsOf } from './event-dates.ts';

const day = (value: string) => ({ value, precision: 'DAY' as const });
const month = (value: string) => ({ value, precision: 'MONTH' as const });
const range = (value: string, end: string) => ({ value, end, precision: 'RANGE' as const });

describe('monthsOf', () => {
  it('lists the months a date touches, so compatible dates share one', () => {
    expect(monthsOf(day('2024-11-15'))).toEqual([202411]);
    expect(monthsOf(range('2024-11-28', '2024-12-02'))).toEqual([202411, 202412]);
    expect(monthsOf({ value: '2024', precision: 'YEAR' })).toHaveLength(12);
    expect(monthsOf(range('2024-12-30', '2025-01-02'))).toContain(202501);
  });
  it('gives up on dates it cannot read', () => {
    expect(monthsOf(day('15 novembre'))).toBeNull();
  });
});

describe('datesCompatible', () => {
  it('accepts an unknown date and dates that contain one another', () => {
    expect(datesCompatible(null, day('2024-11-15'))).toBe(true);
    expect(datesCompatible(month('2024-11'), day('2024-11-15'))).toBe(true);
    expect(datesCompatible(range('2024-11-10', '2024-11-16'), day('2024-11-15'))).toBe(true);
    expect(datesCompatible({ value: '2024', precision: 'YEAR' }, month('2024-02'))).toBe(true);
  });
  it('rejects different days and a day outside a month', () => {
    expect(datesCompatible(day('2024-11-13'), day('2024-11-15'))).toBe(false);
    expect(datesCompatible(month('2024-12'), day('2024-11-30'))).toBe(false);
    expect(datesCompatible(month('2024-02'), day('2024-02-29'))).toBe(true);
  });
});

describe('mergeDates', () => {
  it('keeps the most precise date and its time of day', () => {
    const merged = mergeDates([
      { articleId: 'a', date: month('2024-11') },
      { articleId: 'b', date: null },
      { articleId: 'c', date: { ...day('2024-11-16'), timeOfDay: 'afternoon (local time)' } },
    ]);
    expect(merged).toEqual({
      date: { value: '2024-11-16', precision: 'DAY', timeOfDay: 'afternoon (local time)' },
      conflict: null,
    });
  });
  it('reports witnesses that disagree at the best precision, keeping the majority', () => {
    const merged = mergeDates([
      { articleId: 'a', date: day('2024-11-15') },
      { articleId: 'b', date: day('2024-11-14') },
      { articleId: 'c', date: day('2024-11-15') },
    ]);
    expect(merged.date?.value).toBe('2024-11-15');
    expect(merged.conflict).toEqual(['2024-11-14 @ b', '2024-11-15 @ a', '2024-11-15 @ c']);
  });
});
