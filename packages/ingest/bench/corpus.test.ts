import { describe, expect, it } from 'vitest';
import { parseGoldArticle } from '../src/eval/parse-facts.ts';
import { generateArticles, generateCorpus } from './corpus.ts';

describe('generateCorpus', () => {
  const corpus = generateCorpus({ count: 60, seed: 11, size: 3000 });

  it('is deterministic for a seed, different across seeds, and a prefix of a larger corpus', () => {
    expect(generateCorpus({ count: 60, seed: 11, size: 3000 })).toEqual(corpus);
    expect(generateCorpus({ count: 60, seed: 12, size: 3000 })[0]?.text).not.toBe(corpus[0]?.text);
    const [first] = generateArticles({ count: 1, seed: 11, size: 3000 });
    expect(first).toEqual(corpus[0]);
  });

  it('writes English and French articles of about the requested size', () => {
    expect(new Set(corpus.map((a) => a.language))).toEqual(new Set(['en', 'fr']));
    for (const article of corpus) {
      expect(article.text.length).toBeGreaterThanOrEqual(3000);
      expect(article.text.length).toBeLessThan(3000 + 2000);
      expect(article.text.normalize('NFC')).toBe(article.text);
    }
    expect(new Set(corpus.map((a) => a.file)).size).toBe(corpus.length);
  });

  it('annotates each article in the gold format, with every fact about people the text names', () => {
    let facts = 0;
    for (const article of corpus) {
      const gold = parseGoldArticle(article.gold);
      expect(gold.file).toBe(article.file);
      const names = new Set(gold.leaders.map((l) => l.name));
      for (const leader of gold.leaders)
        expect(article.text).toContain(leader.name.split(' ').at(-1));
      for (const meeting of gold.meetings) {
        for (const participant of meeting.participants) expect(names).toContain(participant);
      }
      for (const visit of gold.visits) expect(names).toContain(visit.visitor);
      for (const award of gold.awards) expect(names).toContain(award.recipient);
      for (const gathering of gold.gatherings) {
        expect(article.text).toContain(gathering.name);
        for (const attendee of gathering.attendees) expect(names).toContain(attendee);
      }
      facts +=
        gold.meetings.length + gold.visits.length + gold.gatherings.length + gold.awards.length;
    }
    expect(facts / corpus.length).toBeGreaterThan(2);
  });

  it('gives dates only where the text makes them certain', () => {
    for (const { gold } of corpus) {
      if (gold.published !== null) continue;
      for (const meeting of gold.meetings) {
        // Without a stated publication date only a date written with its year is certain.
        if (meeting.date) expect(meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    expect(corpus.some(({ gold }) => gold.meetings.some((m) => m.date !== null))).toBe(true);
  });
});
