// Hostile text must not hang the loader or the extractor: every pattern is linear. Timing is
// measured by the benchmark; here each 1 MB document only has to come back with a result.
import { describe, expect, it } from 'vitest';
import { loadArticleText } from '../load/load-article.ts';
import { extractArticle } from './extract-article.ts';

const MEGABYTE = 1024 * 1024;
const PROSE =
  'The President said that the two countries would work together on trade and the economy. ';

// Some prose between the hostile runs keeps the text English, so the extractor really reads it.
function fill(unit: string): string {
  const block = unit.repeat(2) + PROSE;
  return block.repeat(Math.ceil(MEGABYTE / block.length)).slice(0, MEGABYTE);
}

const cases: [string, string][] = [
  [
    'one huge sentence of titled names',
    fill('President Aaa Bbb met Prime Minister Ccc Ddd, Minister of Foreign Affairs Eee Fff and '),
  ],
  ['dots and abbreviations', fill('U.S. Mr. Dr. ..... U.S.A.U.S.A. . . ')],
  ['dashes and quotes', fill('— – -- "“ ’ ‘ « » --- Lima — ')],
  ['capitalised words without end', fill('Abc Def Ghi Jkl Mno Pqr Stu Vwx ')],
  ['open parentheses', fill('(of (the (Council (of (Ministers ((( ')],
  ['dateline look-alikes on one line', fill('LIMA LIMA LIMA (VNA (VNA date 2024-11-17 ')],
  ['markup-like asterisks', fill('*a*b_c_`d`**e** ')],
  ['lists of countries', fill('leaders of China, the US, Malaysia, Singapore, Peru, Chile, and ')],
];

describe('adversarial input of 1 MB', { timeout: 120_000 }, () => {
  it.each(cases)('%s comes back with a result', (_name, text) => {
    const extraction = extractArticle(loadArticleText('adversarial.txt', text));
    expect(extraction.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(extraction.text.length).toBeGreaterThan(MEGABYTE / 2);
  });

  it('reads a Markdown file of 1 MB of emphasis marks', () => {
    const loaded = loadArticleText('adversarial.md', fill('**a _b `c '), 'markdown');
    expect(loaded.language).toBe('en');
  });
});
