import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

const texts = (text: string, from?: number, to?: number) =>
  tokenize(text, from, to).map((token) => text.slice(token.start, token.end));

describe('tokenize', () => {
  it('keeps joined words whole and splits elisions, possessives and punctuation', () => {
    expect(texts("U.S.-China talks: l'APEC, Xi's Suk-yeol — «non»")).toEqual([
      'U.S',
      '.',
      '-',
      'China',
      'talks',
      ':',
      "l'",
      'APEC',
      ',',
      'Xi',
      "'s",
      'Suk-yeol',
      '—',
      '«',
      'non',
      '»',
    ]);
  });

  it('treats a letter outside the basic plane as one character of a word', () => {
    expect(texts('a𝐀b 𝐀-x\u00a0y')).toEqual(['a𝐀b', '𝐀-x', 'y']);
  });

  it('cuts a word running past the end of the range there and reads no further', () => {
    expect(texts('Lima. Peru', 0, 3)).toEqual(['Lim']);
    expect(texts('U.S. President', 0, 2)).toEqual(['U']);
    expect(texts('one two', 4)).toEqual(['two']);
  });

  it('gives each token its folded form and case', () => {
    const [token] = tokenize('Việt');
    expect(token).toMatchObject({
      fold: 'viet',
      head: 'viet',
      cap: true,
      upper: false,
      word: true,
    });
  });
});
