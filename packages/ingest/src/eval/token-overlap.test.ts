import { describe, expect, it } from 'vitest';
import { bestOverlap, contentTokens, tokenOverlap } from './token-overlap.ts';

describe('contentTokens', () => {
  it('folds diacritics and case and drops English and French function words', () => {
    expect(contentTokens("31e réunion des dirigeants économiques de l'APEC")).toEqual([
      '31e',
      'reunion',
      'dirigeants',
      'economiques',
      'apec',
    ]);
    expect(contentTokens("APEC Leaders' Informal Dialogue with Guests")).toEqual([
      'apec',
      'leaders',
      'informal',
      'dialogue',
      'guests',
    ]);
  });

  it('splits French elision but keeps English possessives and names with apostrophes whole', () => {
    expect(contentTokens("Grand-Croix de l'Ordre d'État")).toEqual([
      'grand',
      'croix',
      'ordre',
      'etat',
    ]);
    expect(contentTokens("O'Neill's visit")).toEqual(['oneills', 'visit']);
  });
});

describe('tokenOverlap', () => {
  it('is the token F1 of the two phrases, symmetric', () => {
    expect(tokenOverlap('State President', 'President')).toBeCloseTo(2 / 3);
    expect(tokenOverlap('President', 'State President')).toBeCloseTo(2 / 3);
    expect(tokenOverlap('APEC 2024 Leaders Week', "2024 APEC Leaders' Week")).toBe(1);
  });

  it('keeps a bare acronym or a different office below one half', () => {
    expect(tokenOverlap('APEC', "31st APEC Economic Leaders' Meeting")).toBeLessThan(0.5);
    expect(
      tokenOverlap('President of the Congress', 'President of the Council of Ministers'),
    ).toBeLessThan(0.5);
  });

  it('counts a repeated token only as often as the other side has it', () => {
    expect(tokenOverlap('summit summit', 'summit dialogue')).toBe(0.5);
  });

  it('is 0 when a side has no content words', () => {
    expect(tokenOverlap('of the', 'of the')).toBe(0);
    expect(tokenOverlap('', 'Summit')).toBe(0);
  });
});

describe('bestOverlap', () => {
  it('takes the best of a gold name and its aliases', () => {
    const forms = ['Semaine des dirigeants économiques de l’APEC', "APEC Economic Leaders' Week"];
    expect(bestOverlap('APEC Economic Leaders Week 2024', forms)).toBeCloseTo(8 / 9);
    expect(bestOverlap('anything', [])).toBe(0);
  });
});
