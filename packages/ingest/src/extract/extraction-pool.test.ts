import { readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/corpus.ts';
import { defaultSeedsFolder } from '../eval/repo-paths.ts';
import { loadArticle, loadArticleText } from '../load/load-article.ts';
import type { LoadedArticle } from '../load/types.ts';
import { bundleExtractionWorker } from './bundle-extractor.ts';
import { extractNamedArticle } from './extract-named-article.ts';
import { startExtractionPool } from './extraction-pool.ts';

// The OS threads of this process: each worker is one, and is gone once terminated.
const countThreads = () => readdirSync('/proc/self/task').length;

const moduleUrl = (code: string) => new URL(`data:text/javascript,${encodeURIComponent(code)}`);

describe('the extraction pool (real worker threads)', () => {
  let workerUrl: URL;
  let articles: LoadedArticle[] = [];
  beforeAll(async () => {
    const url = await bundleExtractionWorker();
    if (url === null) throw new Error('esbuild could not bundle the extraction worker');
    workerUrl = url;
    const seeds = defaultSeedsFolder();
    articles = [
      ...(await Promise.all(
        (await readdir(seeds)).sort().map((file) => loadArticle(join(seeds, file))),
      )),
      ...[...generateArticles({ count: 150, seed: 5 })].map((article) =>
        loadArticleText(article.file, article.text),
      ),
    ];
  });

  it('gives the extractions of this thread, in the same order, and reports each chunk', async () => {
    const progress: number[] = [];
    const pool = startExtractionPool(workerUrl, 2);
    try {
      const pooled = await pool.extract(articles, { onProgress: (done) => progress.push(done) });
      const inThread = articles.map((article) => extractNamedArticle(article));
      expect(pooled.map((extraction) => extraction.file)).toEqual(articles.map((a) => a.file));
      expect(JSON.stringify(pooled)).toBe(JSON.stringify(inThread));
      expect(pooled).toEqual(inThread);
    } finally {
      await pool.close();
    }
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(articles.length);
  });

  it('rejects naming the file an extraction fails on', async () => {
    // Units that are not a list make the extractor throw, as a bug in it would.
    const broken = { ...articles[3], file: 'broken.txt', units: null } as unknown as LoadedArticle;
    const pool = startExtractionPool(workerUrl, 2);
    try {
      await expect(pool.extract([...articles.slice(0, 70), broken])).rejects.toThrow(
        /^cannot extract broken\.txt: /,
      );
      // The pool is finished: a later call does not hang on stopped workers.
      await expect(pool.extract(articles.slice(0, 1))).rejects.toThrow(/broken\.txt/);
    } finally {
      await pool.close();
    }
  });

  it('rejects naming the chunk when a worker dies, and stops the other workers', async () => {
    const dying = moduleUrl(
      "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => process.exit(7));",
    );
    const before = countThreads();
    const pool = startExtractionPool(dying, 2);
    try {
      await expect(pool.extract(articles.slice(0, 10))).rejects.toThrow(
        `extraction worker stopped (exit code 7) while extracting ${articles[0]?.file} … ${articles[9]?.file} (10 articles)`,
      );
    } finally {
      await pool.close();
    }
    expect(countThreads()).toBe(before);
  });

  it('leaves no worker thread running once closed', async () => {
    const before = countThreads();
    const pool = startExtractionPool(workerUrl, 2);
    await pool.extract(articles.slice(0, 40));
    expect(countThreads()).toBe(before + 2);
    await pool.close();
    expect(countThreads()).toBe(before);
  });
});
