import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/corpus.ts';
import { defaultSeedsFolder } from '../eval/repo-paths.ts';
import { loadArticle, loadArticleText } from '../load/load-article.ts';
import type { LoadedArticle } from '../load/types.ts';
import { extractArticles } from './extract-articles.ts';
import {
  extractArticlesInParallel,
  startParallelExtraction,
} from './extract-articles-in-parallel.ts';

const HOLDOUT = fileURLToPath(new URL('../../test/holdout/articles/', import.meta.url));

async function loadFolder(folder: string): Promise<LoadedArticle[]> {
  const files = (await readdir(folder)).sort();
  return Promise.all(files.map((file) => loadArticle(join(folder, file))));
}

// Worker threads even for a handful of articles, so that the tests exercise them.
const ALWAYS_WORKERS = { threads: 2, minArticlesForWorkers: 1 };

describe('extraction on worker threads', () => {
  let articles: LoadedArticle[] = [];
  beforeAll(async () => {
    articles = [
      ...(await loadFolder(defaultSeedsFolder())),
      ...(await loadFolder(HOLDOUT)),
      ...[...generateArticles({ count: 120, seed: 5 })].map((article) =>
        loadArticleText(article.file, article.text),
      ),
    ];
  });

  it('gives the extractions of one thread, in the same order', async () => {
    const inProcess = extractArticles(articles);
    const inWorkers = await extractArticlesInParallel(articles, ALWAYS_WORKERS);
    expect(inWorkers.map((extraction) => extraction.file)).toEqual(
      articles.map((article) => article.file),
    );
    expect(JSON.stringify(inWorkers)).toBe(JSON.stringify(inProcess));
  }, 120_000);

  it('gives the same extractions when some articles were handed over while loading', async () => {
    const extraction = startParallelExtraction(ALWAYS_WORKERS);
    try {
      extraction.expect(articles.length);
      // As a reseed does: the first articles go to the workers before the batch is complete.
      for (const article of articles.slice(0, 100)) extraction.prefetch(article);
      const inWorkers = await extraction.extract(articles);
      expect(JSON.stringify(inWorkers)).toBe(JSON.stringify(extractArticles(articles)));
    } finally {
      await extraction.close();
    }
  }, 120_000);

  it('rejects naming the file the extractor fails on, and does not hang', async () => {
    // Units that are not a list make the extractor throw, as a bug in it would.
    const broken = { ...articles[3], file: 'broken.txt', units: null } as unknown as LoadedArticle;
    await expect(
      extractArticlesInParallel([...articles.slice(0, 40), broken], ALWAYS_WORKERS),
    ).rejects.toThrow(/cannot extract broken\.txt/);
  }, 60_000);
});
