import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { prisma } from '@diplomacy-graph/core/db';
import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeedsFolder } from '../eval/repo-paths.ts';
import { extractArticles } from '../extract/extract-articles.ts';
import { loadArticle } from '../load/load-article.ts';
import type { ResolvedGraph } from '../resolve/graph.ts';
import { resolveGraph } from '../resolve/resolve-graph.ts';
import { dumpGraph } from './graph-dump.ts';
import { type WriteGraphOptions, writeGraph } from './write-graph.ts';

const ingestedAt = async () =>
  (await prisma.article.findMany({ orderBy: { id: 'asc' } })).map((article) => [
    article.id,
    article.ingestedAt.toISOString(),
  ]);

describe('writeGraph against PostgreSQL', () => {
  let database: TestDatabase;
  let graph: ResolvedGraph;
  beforeAll(async () => {
    database = await createTestDatabase();
    const seeds = defaultSeedsFolder();
    const files = (await readdir(seeds)).filter((file) => file.endsWith('.txt')).sort();
    const articles = await Promise.all(files.map((file) => loadArticle(join(seeds, file))));
    graph = resolveGraph(await extractArticles(articles));
  });
  afterAll(() => database.drop());

  const write = (options: WriteGraphOptions = {}) =>
    prisma.$transaction((tx) => writeGraph(tx, graph, options));

  it('writes the same rows by COPY as row by row, over an existing graph too', async () => {
    const progress: number[] = [];
    await write({ onProgress: (written) => progress.push(written) });
    const copied = await dumpGraph();
    const rows = Object.values(copied).reduce((sum, table) => sum + table.length, 0);
    expect(rows).toBe(Object.values(graph).reduce((sum, table) => sum + table.length, 0));
    expect(progress.at(0)).toBe(0);
    expect(progress.at(-1)).toBe(rows);
    const firstIngested = await ingestedAt();

    await write({ rowsPerStatement: 1 });
    expect(await dumpGraph()).toEqual(copied);
    await write();
    expect(await dumpGraph()).toEqual(copied);
    // Stored articles are refreshed in place, not re-inserted.
    expect(await ingestedAt()).toEqual(firstIngested);
  });

  it('refreshes what the loader read of a stored article, keeping when it was ingested', async () => {
    const [first, ...others] = graph.articles;
    if (!first) throw new Error('no seed article');
    const before = await prisma.article.findUniqueOrThrow({ where: { id: first.id } });
    const renamed = { ...first, fileName: 'renamed.txt', title: 'A new title' };
    await prisma.$transaction((tx) => writeGraph(tx, { ...graph, articles: [renamed, ...others] }));
    const after = await prisma.article.findUniqueOrThrow({ where: { id: first.id } });
    expect(after).toEqual({ ...before, fileName: 'renamed.txt', title: 'A new title' });
  });
});
