// Visit grammar added for unseen wire copy, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from './test-helpers.ts';

const visits = (text: string) =>
  extractText(text).visits.map((visit) => `${visit.visitor} → ${visit.country}`);

describe('visits', () => {
  it('reads the places after "visited" and "toured"', () => {
    const text =
      'South Korean President Lee Jae-myung toured Hanoi and Ho Chi Minh City last week. In the same week, Kenyan President William Ruto visited Indonesia, the ministry said.';
    expect(visits(text).sort()).toEqual(['Lee Jae-myung → VN', 'William Ruto → ID']);
  });

  it('takes the destination from a travel verb before the visit word (French)', () => {
    const text =
      'Le Premier ministre indien Narendra Modi, arrivé lundi à Paris pour une visite officielle, s’est ensuite rendu à Marseille.';
    expect(visits(text)).toEqual(['Narendra Modi → FR']);
    const tour =
      "Le président brésilien Lula s'était rendu à Madrid et à Rome en mars, lors d'une tournée européenne.";
    expect(visits(tour)).toEqual(['Lula → ES', 'Lula → IT']);
  });

  it('names the visitor after "by" even after another person\'s possessive', () => {
    const text =
      "Kenyan President William Ruto's trip follows the state visit to Kenya by Chinese Premier Li Qiang in May.";
    expect(visits(text)).toEqual(['Li Qiang → KE']);
  });
});

describe('the state of an office named without one', () => {
  it('puts the people a visitor meets abroad in the state visited, whatever the agency', () => {
    const text = [
      'TOKYO (VNA) – Prime Minister Phạm Minh Chính began an official visit to Japan on Thursday.',
      'Chính met Defence Minister Nakatani Gen the same day.',
    ].join('\n\n');
    const leaders = extractText(text).leaders.map((l) => `${l.name} ${l.country}`);
    expect(leaders).toEqual(['Phạm Minh Chính VN', 'Nakatani Gen JP']);
  });
});
