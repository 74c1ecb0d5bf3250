import { describe, expect, it } from 'vitest';
import type { ArticleFacts, GoldArticle } from './article-facts.ts';
import { scoreCounts } from './counts.ts';
import { scoreReport } from './score-report.ts';

const noOptional = { leaders: [], meetings: [], visits: [], gatherings: [], awards: [] };
const person = (name: string, country: string) => ({ name, aliases: [], country, titles: [] });

const gold: GoldArticle[] = [
  {
    file: 'a.txt',
    leaders: [person('Xi Jinping', 'CN'), person('Joe Biden', 'US')],
    meetings: [{ participants: ['Xi Jinping', 'Joe Biden'], date: '2024-11-16' }],
    visits: [],
    gatherings: [],
    awards: [],
    optional: noOptional,
  },
  {
    file: 'b.txt',
    leaders: [person('Anthony Albanese', 'AU')],
    meetings: [],
    visits: [{ visitor: 'Anthony Albanese', country: 'CN' }],
    gatherings: [],
    awards: [],
    optional: noOptional,
  },
];

const empty = { leaders: [], meetings: [], visits: [], gatherings: [], awards: [] };

describe('scoreReport', () => {
  it('pools the five fact blocks into the overall figure (micro-average), without the details', () => {
    const report: ArticleFacts[] = [
      {
        ...empty,
        file: 'a.txt',
        leaders: [person('Xi Jinping', 'CN'), person('Kim Jong Un', 'KP')],
        meetings: [{ participants: ['Biden', 'Xi'], date: null }],
      },
      { ...empty, file: 'c.txt' },
    ];
    const score = scoreReport(report, gold);
    // leaders 1/1/2 (Biden and Albanese missed); meeting "Biden – Xi" is one-word names: 0/1/1;
    // visits 0/0/1.
    expect(score.overall).toEqual({ truePositives: 1, falsePositives: 2, falseNegatives: 4 });
    expect(scoreCounts(score.overall).f1).toBeCloseTo((2 * (1 / 3) * (1 / 5)) / (1 / 3 + 1 / 5));
    expect(score.totals.meetingDates).toEqual({
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 0,
    });
    expect(score.missingFromReport).toEqual(['b.txt']);
    expect(score.withoutGold).toEqual(['c.txt']);
  });

  it('counts the repeated facts of two entries for one file as duplicates', () => {
    const entry = { ...empty, file: 'b.txt', leaders: [person('Anthony Albanese', 'AU')] };
    const score = scoreReport([entry, entry], gold);
    expect(score.totals.leaders).toEqual({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 2,
    });
  });
});
