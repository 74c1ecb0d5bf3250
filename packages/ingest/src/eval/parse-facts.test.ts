import { describe, expect, it } from 'vitest';
import { parseGoldArticle, parseReport } from './parse-facts.ts';

describe('parseReport', () => {
  it('accepts the extraction contract: date objects, paths, extra fields, missing blocks', () => {
    const [article] = parseReport({
      articles: [
        {
          file: 'seeds/004.txt',
          contentHash: 'abc',
          leaders: [{ name: 'Xi Jinping', aliases: [], country: 'cn', titles: [], evidence: [] }],
          meetings: [
            {
              participants: ['Lương Cường', 'Xi Jinping'],
              date: { value: '2024-11-15', precision: 'DAY' },
              kind: 'BILATERAL_MEETING',
            },
          ],
        },
      ],
    });
    expect(article).toEqual({
      file: '004.txt',
      leaders: [{ name: 'Xi Jinping', aliases: [], country: 'CN', titles: [] }],
      meetings: [{ participants: ['Lương Cường', 'Xi Jinping'], date: '2024-11-15' }],
      visits: [],
      gatherings: [],
      awards: [],
    });
  });

  it('rejects a report that is not {"articles": [...]}', () => {
    expect(() => parseReport([{ file: 'a.txt' }])).toThrow();
    expect(() => parseReport({ articles: [{ leaders: [] }] })).toThrow(/file/);
  });
});

describe('parseGoldArticle', () => {
  it('keys the article by file name and defaults the optional block', () => {
    const gold = parseGoldArticle({
      article: '000.txt',
      language: 'en',
      leaders: [{ name: 'Dina Boluarte', aliases: [], country: 'PE', titles: ['President'] }],
      meetings: [{ participants: ['A B', 'C D'], date: null, place: 'Lima' }],
      awards: [{ award: 'Grand Cross', recipient: 'A B', presenter: 'C D' }],
    });
    expect(gold.file).toBe('000.txt');
    expect(gold.awards).toEqual([{ award: 'Grand Cross', aliases: [], recipient: 'A B' }]);
    expect(gold.optional).toEqual({
      leaders: [],
      meetings: [],
      visits: [],
      gatherings: [],
      awards: [],
    });
  });
});
