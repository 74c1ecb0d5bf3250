import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../extract/types.ts';
import { loadArticleText } from '../load/load-article.ts';
import type { LoadedArticle } from '../load/types.ts';
import { article, day, leader, meeting } from '../resolve/test-articles.ts';
import { onNewEvents } from './graph-events.ts';
import { rewriteGraph } from './rewrite-graph.ts';

// Facts per file name; texts differ per version so content hashes do.
const facts: Record<string, Partial<ArticleExtraction>> = {
  'a.txt': {
    leaders: [
      leader('Anwar Ibrahim', 'MY', ['Prime Minister']),
      leader('Lawrence Wong', 'SG', ['Prime Minister']),
    ],
    meetings: [meeting('Anwar Ibrahim', 'Lawrence Wong', day('2024-11-15'))],
  },
  'b.txt': {
    leaders: [leader('Anwar Ibrahim', 'MY'), leader('Lawrence Wong', 'SG')],
    meetings: [meeting('Lawrence Wong', 'Anwar Ibrahim')],
  },
};

function loaded(file: string, text = `Text of ${file}.`): LoadedArticle {
  return loadArticleText(file, text);
}

const extract = (articles: LoadedArticle[]): ArticleExtraction[] =>
  articles.map((source) =>
    article(source.file, {
      ...(source.text.includes('edited') ? {} : facts[source.file]),
      contentHash: source.contentHash,
      text: source.text,
    }),
  );

describe('rewriteGraph against PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('writes the graph with countries, and skips an unchanged file', async () => {
    const announced: string[][] = [];
    const stop = onNewEvents((events) => announced.push(events.map((event) => event.type)));
    const first = await rewriteGraph('ingest', [loaded('a.txt'), loaded('b.txt')], { extract });
    await rewriteGraph('ingest', [loaded('b.txt')], { extract });
    stop();
    // Announced once, after the commit that created it; not again when nothing changed.
    expect(announced).toEqual([['BILATERAL_MEETING']]);
    expect(first.articles).toMatchObject({ added: ['a.txt', 'b.txt'], total: 2 });
    expect(await database.prisma.person.count()).toBe(2);
    const meetings = await database.prisma.event.findMany({ include: { evidence: true } });
    expect(
      meetings.map((event) => [event.type, event.dateStart?.toISOString(), event.evidence.length]),
    ).toEqual([['BILATERAL_MEETING', '2024-11-15T00:00:00.000Z', 2]]);
    expect(await database.prisma.country.count()).toBeGreaterThan(240);

    const again = await rewriteGraph('ingest', [loaded('a.txt')], { extract });
    expect(again.articles).toMatchObject({ added: [], unchanged: ['a.txt'], total: 2 });
    expect(again.counts.events).toBe(1);
  });

  it('replaces the facts of an edited file, dropping facts without evidence', async () => {
    const summary = await rewriteGraph('ingest', [loaded('a.txt', 'An edited text.')], { extract });
    expect(summary.articles.replaced).toEqual(['a.txt']);
    const event = await database.prisma.event.findFirstOrThrow({
      include: { evidence: { include: { evidence: true } } },
    });
    expect(event.dateStart).toBeNull();
    expect(event.evidence.map((link) => link.evidence.quote)).toEqual([
      'Lawrence Wong met Anwar Ibrahim.',
    ]);
    expect(await database.prisma.article.count()).toBe(2);
    expect(await database.prisma.office.count()).toBe(0);
  });
});
