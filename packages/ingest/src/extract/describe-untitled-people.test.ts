import { describe, expect, it } from 'vitest';
import { extractText, leaderOf, meetingPairs } from './test-helpers.ts';

describe('people named bare, described afterwards', () => {
  it('gives a list of descriptions, in order, to the list of names before it (French)', () => {
    const text = [
      'MADRID (AFP) - Pedro Sánchez, Luís Pereira et Giorgia Meloni se sont retrouvés jeudi lors d’une réunion sur les migrations.',
      'Le chef du gouvernement espagnol, le Premier ministre portugais et la présidente du Conseil italienne ont signé une déclaration.',
    ].join('\n\n');
    expect(leaderOf(text, 'Pedro Sánchez')?.country).toBe('ES');
    expect(leaderOf(text, 'Luís Pereira')).toMatchObject({
      country: 'PT',
      titles: ['Prime Minister'],
    });
    expect(leaderOf(text, 'Giorgia Meloni')?.country).toBe('IT');
  });

  it('gives one description to the one untitled person just named (English)', () => {
    const text = [
      'Mark Carney arrived in London on Monday for talks with British Prime Minister Keir Starmer.',
      'The Canadian prime minister said trade would top the agenda.',
    ].join(' ');
    expect(leaderOf(text, 'Mark Carney')?.country).toBe('CA');
    expect(meetingPairs(text)).toEqual(['Mark Carney + Keir Starmer']);
  });

  it('keeps people named bare out of the leaders when nothing gives their office', () => {
    const text = 'Elon Musk met Narendra Modi in Washington on Thursday, Indian officials said.';
    const extraction = extractText(text);
    expect(extraction.leaders).toEqual([]);
    expect(extraction.meetings.map((m) => m.participants)).toEqual([
      ['Elon Musk', 'Narendra Modi'],
    ]);
  });

  it('takes no capitalised words before a group noun for a person', () => {
    const text =
      'MANILA, May 26 (Reuters) - Southeast Asian leaders attended the 46th ASEAN Summit in Kuala Lumpur on Monday, with trade tariffs dominating the agenda.';
    expect(extractText(text).gatherings.map((g) => g.attendees)).toEqual([[]]);
  });
});
