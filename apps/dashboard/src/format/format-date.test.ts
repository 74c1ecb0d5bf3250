import { describe, expect, it } from 'vitest';
import { formatEventDate } from './format-date.ts';

describe('formatEventDate', () => {
  it('writes a date only as precisely as it is known', () => {
    expect(formatEventDate({ start: '2024-11-15', precision: 'DAY' })).toBe('15 November 2024');
    expect(formatEventDate({ start: '2024-11-01', precision: 'MONTH' })).toBe('November 2024');
    expect(formatEventDate({ start: '2024-01-01', precision: 'YEAR' })).toBe('2024');
  });

  it('writes a range compactly', () => {
    // ICU versions differ on the spaces around the dash.
    expect(formatEventDate({ start: '2024-11-13', end: '2024-11-16', precision: 'RANGE' })).toMatch(
      /^13\s?–\s?16 November 2024$/,
    );
  });

  it('says when the date is unknown', () => {
    expect(formatEventDate({ start: null, precision: null })).toBe('Date unknown');
  });
});
