import { describe, expect, it } from 'vitest';
import { leaderOf } from './test-helpers.ts';

describe('offices of a city', () => {
  it('closes "Mayor of London" and "la maire de Paris" on the city, which names the state', () => {
    expect(
      leaderOf('On Monday, the Mayor of London Sadiq Khan met the king.', 'Sadiq Khan'),
    ).toMatchObject({
      country: 'GB',
      titles: ['Mayor of London'],
    });
    const fr = 'La maire de Dakar, Soham El Wardini, a accueilli la délégation.';
    expect(leaderOf(fr, 'Soham El Wardini')).toMatchObject({ country: 'SN', titles: ['Mayor'] });
  });
});

describe('offices with no stated state', () => {
  it("go to the state the story's visits go to when no agency or dateline says otherwise", () => {
    const text = [
      "Le roi Harald V, souverain norvégien, a entamé mardi une visite d'État en Italie.",
      'Il a été reçu par le président de la République, Sergio Mattarella, et par la première ministre, Giorgia Meloni.',
      'Le monarque norvégien doit ensuite se rendre à Milan.',
    ].join(' ');
    expect(leaderOf(text, 'Sergio Mattarella')?.country).toBe('IT');
    expect(leaderOf(text, 'Giorgia Meloni')?.country).toBe('IT');
  });

  it('give an office owned by "his"/"sa" the state of the titled person named before it', () => {
    const fr =
      "ADDIS-ABEBA, 15 février 2025 (AFP) - Le président gabonais Brice Oligui Nguema, retenu à Libreville, s'était fait représenter au sommet par son ministre, Régis Onanga Ndiaye.";
    expect(leaderOf(fr, 'Régis Onanga Ndiaye')?.country).toBe('GA');
    const en =
      'ADDIS ABABA, Feb 15 (Reuters) - Kenyan President William Ruto, who stayed in Nairobi, sent his Foreign Minister Musalia Mudavadi to the summit.';
    expect(leaderOf(en, 'Musalia Mudavadi')?.country).toBe('KE');
  });
});
