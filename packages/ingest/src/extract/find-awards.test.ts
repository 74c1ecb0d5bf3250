// Award grammar added for unseen wire copy, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from './test-helpers.ts';

const awards = (text: string) =>
  extractText(text).awards.map((a) => `${a.award} → ${a.recipient} by ${a.presenter ?? '-'}`);

describe('awards', () => {
  it('reads "X received AWARD from Y" and "X a reçu AWARD des mains de Y"', () => {
    const en =
      'Former Thai Prime Minister Srettha Thavisin received the Order of the Rising Sun from Japanese Prime Minister Shigeru Ishiba in Tokyo.';
    expect(awards(en)).toEqual(['Order of the Rising Sun → Srettha Thavisin by Shigeru Ishiba']);
    const fr =
      "L'ambassadeur du Brésil Marcos Galvão a reçu la Légion d'honneur des mains du président français Emmanuel Macron.";
    expect(awards(fr)).toEqual(["Légion d'honneur → Marcos Galvão by Emmanuel Macron"]);
  });

  it('gives a "who was awarded" honour to the person the clause hangs on', () => {
    const text =
      'President Tô Lâm received Indian Ambassador Sandeep Arya, who was awarded the Friendship Order in recognition of his work.';
    expect(awards(text)).toEqual(['Friendship Order → Sandeep Arya by -']);
  });

  it('reaches the recipient past a grade after the award', () => {
    const text =
      'King Norodom Sihamoni conferred the Royal Order of Monisaraphon, Grand Officer, on Thai Ambassador Cherdkiat Atthakor.';
    expect(awards(text)).toEqual([
      'Royal Order of Monisaraphon → Cherdkiat Atthakor by Norodom Sihamoni',
    ]);
  });
});
