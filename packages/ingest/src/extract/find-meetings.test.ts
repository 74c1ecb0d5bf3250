// Meeting grammar added for unseen wire copy, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { meetingPairs as pairs } from './test-helpers.ts';

describe('French meetings', () => {
  it('reads "a rencontré" with "a" as the auxiliary, not an article', () => {
    const text =
      'Le Premier ministre éthiopien Abiy Ahmed a rencontré le président ghanéen John Mahama à Accra.';
    expect(pairs(text)).toEqual(['Abiy Ahmed + John Mahama']);
  });

  it('reads "s\'est entretenu en tête-à-tête avec"', () => {
    const text =
      'Le président kényan William Ruto s’est entretenu en tête-à-tête avec le président tanzanien Samia Suluhu Hassan.';
    expect(pairs(text)).toEqual(['William Ruto + Samia Suluhu Hassan']);
  });

  it('pairs the two people of a reciprocal "se sont entretenus"', () => {
    const text =
      'Le président sénégalais Macky Sall et le président malien Assimi Goïta se sont entretenus mardi à Dakar.';
    expect(pairs(text)).toEqual(['Macky Sall + Assimi Goïta']);
  });
});

describe('"the two leaders"', () => {
  it('pairs the two people the sentence before named', () => {
    const text = [
      'Chilean President Gabriel Boric welcomed Argentine President Javier Milei at La Moneda.',
      'The two leaders then held talks on lithium and border crossings.',
    ].join(' ');
    expect(pairs(text)).toEqual(['Gabriel Boric + Javier Milei']);
  });

  it('reads "les deux présidents" and stays silent when the sentence before named three people', () => {
    const two = [
      'Le président kényan William Ruto a été accueilli par le président tanzanien Samia Suluhu Hassan.',
      'Les deux présidents se sont ensuite entretenus pendant une heure.',
    ].join(' ');
    expect(pairs(two)).toEqual(['William Ruto + Samia Suluhu Hassan']);
    const three = [
      'Le président kényan William Ruto, le président ougandais Yoweri Museveni et le président rwandais Paul Kagame sont arrivés.',
      'Les deux présidents se sont ensuite entretenus.',
    ].join(' ');
    expect(pairs(three)).toEqual([]);
  });
});

describe('objects a meeting reaches further on', () => {
  it('reads "paid a courtesy call to X"', () => {
    const text =
      'Cambodian Prime Minister Hun Manet paid a courtesy call to Thai King Maha Vajiralongkorn at the palace.';
    expect(pairs(text)).toEqual(['Hun Manet + Maha Vajiralongkorn']);
  });

  it('adds the people of a later "then with" / "puis avec" to the same subject', () => {
    const en =
      'German Chancellor Friedrich Merz held talks with Polish Prime Minister Donald Tusk on defence, then with Czech Prime Minister Petr Fiala.';
    expect(pairs(en)).toEqual(['Friedrich Merz + Donald Tusk', 'Friedrich Merz + Petr Fiala']);
    const fr =
      "Le président français Emmanuel Macron s'est entretenu avec le chancelier allemand Friedrich Merz de l'Ukraine, puis avec le Premier ministre belge Bart De Wever.";
    expect(pairs(fr)).toEqual([
      'Emmanuel Macron + Friedrich Merz',
      'Emmanuel Macron + Bart De Wever',
    ]);
  });
});
