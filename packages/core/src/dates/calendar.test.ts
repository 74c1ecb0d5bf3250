import { describe, expect, it } from 'vitest';
import { isoDay, parseAbsoluteDate, parseMonthDay, weekdayOnOrBefore } from './calendar.ts';

describe('calendar', () => {
  it('rejects days that do not exist', () => {
    expect(isoDay(2023, 2, 29)).toBeNull();
    expect(isoDay(2024, 2, 29)).toBe('2024-02-29');
  });
  it('resolves a weekday to the one just past', () => {
    expect(weekdayOnOrBefore('2024-11-17', 5)).toBe('2024-11-15');
    expect(weekdayOnOrBefore('2024-11-15', 5)).toBe('2024-11-15');
  });
  it.each([
    ['2024-11-17', '2024-11-17'],
    ['November 17, 2024', '2024-11-17'],
    ['17 novembre 2024', '2024-11-17'],
    ['1er août 2023', '2023-08-01'],
    ['17/11/2024', '2024-11-17'],
    ['yesterday', null],
  ])('parses %s', (text, iso) => {
    expect(parseAbsoluteDate(text)).toBe(iso);
  });
  it.each([
    ['March 18', { month: 3, day: 18 }],
    ['11 janvier', { month: 1, day: 11 }],
    ['1er août', { month: 8, day: 1 }],
    ['Feb. 29', { month: 2, day: 29 }],
    ['June 31', null],
    ['Monday 4', null],
  ])('parses the day without a year %s', (text, monthDay) => {
    expect(parseMonthDay(text)).toEqual(monthDay);
  });
});
