import { describe, expect, it } from 'vitest';
import { awardNamesMatch, eventNameKey, gatheringNamesMatch } from './event-name.ts';

const same = (a: string, b: string) => gatheringNamesMatch(eventNameKey(a), eventNameKey(b));

describe('gatheringNamesMatch', () => {
  it('matches the French and English names of one gathering', () => {
    expect(
      same(
        "31e réunion des dirigeants économiques de l'APEC",
        "31st APEC Economic Leaders' Meeting",
      ),
    ).toBe(true);
    expect(same("Semaine des dirigeants économiques de l'APEC", '2024 APEC Leaders’ Week')).toBe(
      true,
    );
    expect(same("Sommet des affaires de l'APEC 2024", '2024 APEC CEO Summit')).toBe(true);
    expect(
      same(
        "Dialogue entre les dirigeants de l'APEC et les invités",
        'APEC Leaders’ Informal Dialogue with Guests',
      ),
    ).toBe(true);
    expect(
      same(
        'working lunch - dialouge between APEC leaders and the APEC Business Advisory Council',
        "déjeuner - dialogue entre les dirigeants de l'APEC et le Conseil consultatif des entreprises de l'APEC",
      ),
    ).toBe(true);
  });

  it('keeps apart gatherings of another kind, number or year', () => {
    expect(same("31st APEC Economic Leaders' Meeting", "APEC Economic Leaders' Week")).toBe(false);
    expect(same("31st APEC Economic Leaders' Meeting", "30th APEC Economic Leaders' Meeting")).toBe(
      false,
    );
    expect(same('2023 APEC CEO Summit', '2024 APEC CEO Summit')).toBe(false);
    expect(same('APEC Summit', 'APEC CEO Summit')).toBe(false);
    expect(same('ASEAN Summit', 'APEC Summit')).toBe(false);
  });

  it('knows a name that says nothing about which event it is', () => {
    expect(eventNameKey('farewell ceremony').generic).toBe(true);
    expect(eventNameKey('cérémonie d’adieu').generic).toBe(true);
    expect(same('farewell ceremony', 'cérémonie d’adieu')).toBe(true);
    expect(eventNameKey('G20 Summit').generic).toBe(false);
  });
});

describe('awardNamesMatch', () => {
  const award = (a: string, b: string) => awardNamesMatch(eventNameKey(a), eventNameKey(b));
  it('matches an award across languages and short forms', () => {
    expect(
      award(
        "Grand-Croix de l'Ordre du Soleil du Pérou",
        'Grand Cross of the Order of “The Sun of Peru”',
      ),
    ).toBe(true);
    expect(award('Order of the Sun of Peru', 'Grand Cross of the Order of the Sun of Peru')).toBe(
      true,
    );
  });
  it('keeps different honours apart', () => {
    expect(award('key to the city of Lima', 'Grand Cross of the Order of the Sun of Peru')).toBe(
      false,
    );
    expect(award('Order of Friendship', 'Order of Labour')).toBe(false);
  });
});
