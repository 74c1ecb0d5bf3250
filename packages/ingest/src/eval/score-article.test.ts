import { describe, expect, it } from 'vitest';
import type { ArticleFacts, GoldArticle } from './article-facts.ts';
import { scoreCounts } from './counts.ts';
import { type ArticleScore, scoreArticle } from './score-article.ts';

const CUONG = 'Lương Cường';
const BOLUARTE = 'Dina Ercilia Boluarte Zegarra';
const ISHIBA = 'Ishiba Shigeru';
const TO_LAM = 'Tô Lâm';

const gold: GoldArticle = {
  file: 'story.txt',
  leaders: [
    { name: CUONG, aliases: ['Luong Cuong', 'Cường'], country: 'VN', titles: ['State President'] },
    { name: BOLUARTE, aliases: ['Dina Boluarte'], country: 'PE', titles: ['President'] },
    { name: ISHIBA, aliases: [], country: 'JP', titles: ['Prime Minister'] },
    {
      name: TO_LAM,
      aliases: [],
      country: 'VN',
      titles: ['General Secretary of the Communist Party of Vietnam'],
    },
  ],
  meetings: [
    { participants: [CUONG, BOLUARTE], date: '2024-11-13' },
    { participants: [CUONG, ISHIBA], date: null },
  ],
  visits: [{ visitor: CUONG, country: 'PE' }],
  gatherings: [
    { name: "31st APEC Economic Leaders' Meeting", aliases: [], attendees: [CUONG, ISHIBA] },
    {
      name: 'Farewell ceremony at Jorge Chavez Airport',
      aliases: ['farewell ceremony'],
      attendees: [CUONG],
    },
  ],
  awards: [{ award: 'Grand Cross of the Order of the Sun of Peru', aliases: [], recipient: CUONG }],
  optional: { leaders: ['Borge Brende'], meetings: [], visits: [], gatherings: [], awards: [] },
};

function predict(facts: Partial<ArticleFacts>): ArticleFacts {
  return {
    file: 'story.txt',
    leaders: [],
    meetings: [],
    visits: [],
    gatherings: [],
    awards: [],
    ...facts,
  };
}

/** "TP/FP/FN" of a block, compact enough to read a whole case at once. */
function tally(score: ArticleScore, block: keyof ArticleScore['counts']): string {
  const { truePositives, falsePositives, falseNegatives } = score.counts[block];
  return `${truePositives}/${falsePositives}/${falseNegatives}`;
}

describe('scoreArticle', () => {
  it('gives a perfect score to the gold facts themselves', () => {
    const score = scoreArticle(predict(gold), gold);
    for (const counts of Object.values(score.counts)) {
      expect(scoreCounts(counts).f1).toBe(1);
    }
    expect(score.misses).toEqual([]);
    expect(score.extras).toEqual([]);
  });

  it('scores 1/1/1 with nothing to find and nothing found, 0 recall when everything is missed', () => {
    const empty: GoldArticle = { ...predict({}), optional: gold.optional };
    const nothing = scoreArticle(predict({}), empty);
    expect(Object.values(nothing.counts).map(scoreCounts)).toEqual(
      Array(8).fill({ precision: 1, recall: 1, f1: 1 }),
    );
    const missedAll = scoreArticle(predict({}), gold);
    expect(scoreCounts(missedAll.counts.meetings)).toEqual({ precision: 1, recall: 0, f1: 0 });
    expect(missedAll.misses).toHaveLength(4 + 2 + 1 + 2 + 1 + 3);
  });

  describe('names', () => {
    const leader = (name: string, country = 'VN') => ({ name, aliases: [], country, titles: [] });

    it('match without diacritics, in any order, by two or more of the gold tokens, or containing them', () => {
      const score = scoreArticle(
        predict({
          leaders: [
            leader('LUONG CUONG'),
            leader('Shigeru Ishiba', 'JP'),
            leader('Dina Boluarte', 'PE'),
            leader('To Lam'),
          ],
        }),
        gold,
      );
      expect(tally(score, 'leaders')).toBe('4/0/0');
    });

    it('match a one-word alias but not a one-word part of a longer name', () => {
      const score = scoreArticle(
        predict({ leaders: [leader('Cuong'), leader('Boluarte', 'PE')] }),
        gold,
      );
      expect(tally(score, 'leaders')).toBe('1/1/3');
      expect(score.extras).toEqual([{ block: 'leaders', fact: 'Boluarte (PE)' }]);
    });

    it('fold đ to d and accept a gold form contained in a longer prediction', () => {
      const withDo: GoldArticle = {
        ...gold,
        leaders: [{ name: 'Đỗ Văn Hùng', aliases: [], country: 'VN', titles: [] }],
      };
      const score = scoreArticle(predict({ leaders: [leader('Mr Do Van Hung')] }), withDo);
      expect(tally(score, 'leaders')).toBe('1/0/0');
    });
  });

  describe('leaders', () => {
    it('need the right country and count each person once', () => {
      const score = scoreArticle(
        predict({
          leaders: [
            { name: CUONG, aliases: [], country: 'VN', titles: [] },
            { name: 'Luong Cuong', aliases: [], country: 'VN', titles: [] },
            { name: ISHIBA, aliases: [], country: 'CN', titles: [] },
          ],
        }),
        gold,
      );
      expect(tally(score, 'leaders')).toBe('1/2/3');
      expect(score.extras.map((e) => e.fact)).toEqual(['Luong Cuong (VN)', 'Ishiba Shigeru (CN)']);
    });

    it('ignore optional people, neither rewarded nor penalised', () => {
      const score = scoreArticle(
        predict({ leaders: [{ name: 'Børge Brende', aliases: [], country: 'NO', titles: [] }] }),
        gold,
      );
      expect(tally(score, 'leaders')).toBe('0/0/4');
      expect(score.extras).toEqual([]);
    });

    it('score titles of matched leaders by token overlap of at least one half', () => {
      const score = scoreArticle(
        predict({
          leaders: [
            { name: CUONG, aliases: [], country: 'VN', titles: ['President', 'Prime Minister'] },
            { name: TO_LAM, aliases: [], country: 'VN', titles: ['General Secretary'] },
            { name: 'Someone Else', aliases: [], country: 'FR', titles: ['President'] },
          ],
        }),
        gold,
      );
      // 'President' ~ 'State President'; 'General Secretary' shares 4/7 with the full office.
      expect(tally(score, 'titles')).toBe('2/1/0');
      expect(score.extras).toContainEqual({ block: 'titles', fact: 'Lương Cường: Prime Minister' });
    });
  });

  describe('meetings', () => {
    it('match the unordered pair, once', () => {
      const score = scoreArticle(
        predict({
          meetings: [
            { participants: ['Dina Boluarte', 'Luong Cuong'], date: null },
            { participants: [CUONG, 'Dina Boluarte'], date: null },
            { participants: [CUONG, TO_LAM], date: null },
          ],
        }),
        gold,
      );
      expect(tally(score, 'meetings')).toBe('1/2/1');
    });

    it('skip a meeting with an optional person', () => {
      const score = scoreArticle(
        predict({ meetings: [{ participants: [CUONG, 'Borge Brende'], date: null }] }),
        gold,
      );
      expect(tally(score, 'meetings')).toBe('0/0/2');
    });

    it('score dates only where gold has one: a wrong date is missed and extra, none is missed', () => {
      const dated = (date: string | null, other = ISHIBA) =>
        scoreArticle(
          predict({
            meetings: [
              { participants: [CUONG, BOLUARTE], date },
              { participants: [CUONG, other], date: '2024-11-15' },
            ],
          }),
          gold,
        );
      expect(tally(dated('2024-11-13'), 'meetingDates')).toBe('1/0/0');
      expect(tally(dated('2024-11-14'), 'meetingDates')).toBe('0/1/1');
      expect(tally(dated('2024-11'), 'meetingDates')).toBe('0/1/1');
      expect(tally(dated(null), 'meetingDates')).toBe('0/0/1');
      expect(dated('2024-11-14').misses).toContainEqual({
        block: 'meetingDates',
        fact: 'Lương Cường – Dina Ercilia Boluarte Zegarra on 2024-11-13 (extracted 2024-11-14)',
      });
    });
  });

  describe('visits', () => {
    it('match visitor and host country', () => {
      const score = scoreArticle(
        predict({
          visits: [
            { visitor: 'Cường', country: 'PE' },
            { visitor: CUONG, country: 'CL' },
          ],
        }),
        gold,
      );
      expect(tally(score, 'visits')).toBe('1/1/0');
    });
  });

  describe('gatherings', () => {
    it('match by content-token overlap with the name or an alias, one prediction per gathering', () => {
      const score = scoreArticle(
        predict({
          gatherings: [
            { name: 'APEC Economic Leaders Meeting', aliases: [], attendees: [] },
            { name: 'the farewell ceremony', aliases: [], attendees: [] },
            { name: 'APEC', aliases: [], attendees: [] },
            { name: '31st APEC Economic Leaders’ Meeting', aliases: [], attendees: [] },
          ],
        }),
        gold,
      );
      expect(tally(score, 'gatherings')).toBe('2/2/0');
      expect(score.extras.map((e) => e.fact).sort()).toEqual([
        'APEC',
        'APEC Economic Leaders Meeting',
      ]);
    });

    it('score attendees as (gathering, person) pairs, including those of unmatched gatherings', () => {
      const score = scoreArticle(
        predict({
          gatherings: [
            {
              name: "31st APEC Economic Leaders' Meeting",
              aliases: [],
              attendees: ['Luong Cuong', TO_LAM],
            },
            { name: 'CEO Summit', aliases: [], attendees: [CUONG, 'Borge Brende'] },
          ],
        }),
        gold,
      );
      // Matched: Cuong right, To Lam extra, Ishiba missed; unmatched summit: Cuong extra, Brende
      // optional; missed farewell ceremony: Cuong missed.
      expect(tally(score, 'attendees')).toBe('1/2/2');
    });
  });

  describe('awards', () => {
    it('match recipient and award name overlap', () => {
      const score = scoreArticle(
        predict({
          awards: [
            { award: 'Order of the Sun', aliases: [], recipient: 'Luong Cuong' },
            {
              award: 'Grand Cross of the Order of the Sun of Peru',
              aliases: [],
              recipient: TO_LAM,
            },
          ],
        }),
        gold,
      );
      expect(tally(score, 'awards')).toBe('1/1/0');
    });
  });
});
