import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/extract-article.ts';
import { loadArticleText } from '../load/load-article.ts';
import { toGoldReport } from './to-gold-report.ts';

describe('toGoldReport', () => {
  it('gives the gold-format shape with evidence', () => {
    const text = [
      'Published: 2024-03-08',
      'CANBERRA — Australian Prime Minister Anthony Albanese held talks with visiting New Zealand Prime Minister Christopher Luxon on Thursday and the two leaders agreed on closer defence ties.',
    ].join('\n\n');
    const report = toGoldReport(extractArticle(loadArticleText('nz.txt', text)));
    const withoutEvidence = JSON.parse(
      JSON.stringify(report, (key, value) => (key === 'evidence' ? undefined : value)),
    );
    expect(withoutEvidence).toMatchInlineSnapshot(`
      {
        "article": "nz.txt",
        "awards": [],
        "file": "nz.txt",
        "gatherings": [],
        "language": "en",
        "leaders": [
          {
            "aliases": [],
            "country": "AU",
            "name": "Anthony Albanese",
            "titles": [
              "Prime Minister",
            ],
          },
          {
            "aliases": [],
            "country": "NZ",
            "name": "Christopher Luxon",
            "titles": [
              "Prime Minister",
            ],
          },
        ],
        "meetings": [
          {
            "date": "2024-03-07",
            "participants": [
              "Anthony Albanese",
              "Christopher Luxon",
            ],
            "place": "Canberra",
          },
        ],
        "optional": {
          "leaders": [],
          "note": "",
        },
        "published": "2024-03-08",
        "visits": [
          {
            "country": "AU",
            "date": "2024-03-07",
            "visitor": "Christopher Luxon",
          },
        ],
      }
    `);
    expect(report.meetings[0]?.evidence[0]?.quote).toMatch(
      /^Australian Prime Minister Anthony Albanese held talks/,
    );
  });
});
