import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.ts';
import { tokenize } from './tokenize.ts';

const first = (text: string, published: string | null, year: number | null, french = false) =>
  findDates(tokenize(text), { published, year }, french)[0];

describe('findDates', () => {
  it('reads no date from words that are also names of object properties', () => {
    const dates = findDates(
      tokenize('The constructor of the hasOwnProperty valueOf bridge met the minister.'),
      { published: '2024-11-16', year: 2024 },
      false,
    );
    expect(dates).toEqual([]);
  });
  it('reads English day, month and year forms', () => {
    expect(first('They met on March 4, 2023 in Paris.', null, null)?.date).toEqual({
      value: '2023-03-04',
      precision: 'DAY',
    });
    expect(first('They met on 4 March in Paris.', null, 2023)?.date?.value).toBe('2023-03-04');
    expect(first('He visited in December 2023.', null, null)?.date).toEqual({
      value: '2023-12',
      precision: 'MONTH',
    });
    expect(first('The visit in August this year was a success.', null, 2024)?.date?.value).toBe(
      '2024-08',
    );
    expect(first('The talks in 2019 failed.', null, null)?.date).toEqual({
      value: '2019',
      precision: 'YEAR',
    });
  });
  it('keeps the time of day', () => {
    expect(first('They left on November 16 afternoon (local time).', null, 2024)?.date).toEqual({
      value: '2024-11-16',
      precision: 'DAY',
      timeOfDay: 'afternoon (local time)',
    });
  });
  it('reads ranges', () => {
    expect(first('The summit ran from January 15-23.', null, 2025)?.date).toEqual({
      value: '2025-01-15',
      precision: 'RANGE',
      end: '2025-01-23',
    });
    expect(first('A state visit from May 25 to 27.', null, 2025)?.date?.end).toBe('2025-05-27');
    expect(first('Une visite du 25 au 27 mai.', null, 2025, true)?.date).toEqual({
      value: '2025-05-25',
      precision: 'RANGE',
      end: '2025-05-27',
    });
  });
  it('reads French dates', () => {
    expect(
      first("Dans l'après-midi du 16 novembre (heure locale), il est parti.", null, 2024, true)
        ?.date,
    ).toEqual({
      value: '2024-11-16',
      precision: 'DAY',
      timeOfDay: 'afternoon (local time)',
    });
    expect(first('Le 1er août 2023, ils ont signé.', null, null, true)?.date?.value).toBe(
      '2023-08-01',
    );
    expect(first('Il est venu en décembre 2023.', null, null, true)?.date?.value).toBe('2023-12');
  });
  it('resolves a weekday against the publication date, or leaves it pending', () => {
    expect(first('They met on Friday.', '2024-11-17', 2024)?.date?.value).toBe('2024-11-15');
    expect(first('Ils se sont vus vendredi.', '2024-11-17', 2024, true)?.date?.value).toBe(
      '2024-11-15',
    );
    expect(first('They met on Friday.', null, 2024)).toMatchObject({ date: null, weekday: 5 });
  });
  it('does not read "may" the verb as a month, nor a date without a year', () => {
    expect(first('The two sides may meet again.', null, 2024)).toBeUndefined();
    expect(first('They met on March 4.', null, null)?.date).toBeNull();
  });
});
