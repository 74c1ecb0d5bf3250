// extractArticles on every core: large batches (a reseed, an ingest that re-reads the stored
// articles) go to worker threads; small ones stay in this thread, where no worker has to start.
import type { LoadedArticle } from '../load/types.ts';
import {
  extractArticles,
  extractNamedArticle,
  mergeSecondReading,
  planSecondReading,
} from './extract-articles.ts';
import { type ExtractionPool, startExtractionPool } from './extraction-pool.ts';
import type { ArticleExtraction } from './types.ts';

// Starting a worker (and tsx in it) costs a few hundred milliseconds: the time to extract about
// a hundred articles. Below this, threads would not pay for themselves.
const MIN_ARTICLES_FOR_WORKERS = 200;
// One thread (no workers) unless asked: on Node 20 a worker cannot load the extractor as ESM (no
// loader hooks in workers), and tsx's CommonJS build of it costs ~1.5× the CPU per article; with
// messaging and start-up, 2 workers on this shared 2-core machine took 31 s CPU / 51 s wall for
// 3,000 articles end to end against 22 s / 32 s in one thread (2026-11-23).
const DEFAULT_THREADS = 1;
// Articles handed to the workers at once while a folder is still loading.
const PREFETCH_CHUNK = 64;

export type ParallelOptions = {
  /** Extraction threads (default 1: this thread only; availableParallelism() for one per core). */
  threads?: number;
  minArticlesForWorkers?: number;
};

export type ParallelExtraction = {
  /**
   * Says how many articles are coming (the loader knows once it has listed the files): for a
   * large batch the workers start now, while the files are read.
   */
  expect(total: number): void;
  /** An article just loaded: with workers running, its first reading starts at once. */
  prefetch(article: LoadedArticle): void;
  /** Same extractions, in the same order, as extractArticles(articles). */
  extract(articles: readonly LoadedArticle[]): Promise<ArticleExtraction[]>;
  /** Stops the workers (always call it, e.g. in a finally). */
  close(): Promise<void>;
};

/**
 * A parallel extraction that can begin while its articles load, so that reading files, starting
 * workers and extracting overlap.
 * @example
 * const extraction = startParallelExtraction();
 * try {
 *   const { articles } = await loadPaths(paths, (done, total) => extraction.expect(total), extraction.prefetch);
 *   return await extraction.extract(articles);
 * } finally { await extraction.close(); }
 */
export function startParallelExtraction({
  threads = DEFAULT_THREADS,
  minArticlesForWorkers = MIN_ARTICLES_FOR_WORKERS,
}: ParallelOptions = {}): ParallelExtraction {
  let pool: ExtractionPool | null = null;
  const startPool = () => {
    pool ??= startExtractionPool(threads);
    return pool;
  };
  // First readings already asked of the workers, by article object.
  const early = new Map<LoadedArticle, Promise<ArticleExtraction>>();
  let waiting: LoadedArticle[] = [];
  const sendWaiting = () => {
    if (!pool || waiting.length === 0) return;
    const chunk = pool.extract(waiting);
    // Awaited in extract(); until then a failure must not count as an unhandled rejection.
    chunk.catch(() => {});
    for (const [index, article] of waiting.entries())
      early.set(
        article,
        chunk.then((extractions) => extractions[index] as ArticleExtraction),
      );
    waiting = [];
  };

  return {
    expect(total) {
      if (threads >= 2 && total >= minArticlesForWorkers) startPool();
    },
    prefetch(article) {
      if (!pool) return;
      waiting.push(article);
      if (waiting.length >= PREFETCH_CHUNK) sendWaiting();
    },
    async extract(articles) {
      if (!pool && (threads < 2 || articles.length < minArticlesForWorkers))
        return extractArticles(articles);
      const workers = startPool();
      sendWaiting();
      const late = articles.filter((article) => !early.has(article));
      const lateReadings = workers.extract(late);
      const lateIndex = new Map(late.map((article, index) => [article, index]));
      const settled = await lateReadings;
      const first = await Promise.all(
        articles.map(
          (article) =>
            early.get(article) ?? (settled[lateIndex.get(article) ?? -1] as ArticleExtraction),
        ),
      );
      const plan = planSecondReading(articles, first);
      const rereads = plan.indexes.map((index) => articles[index] as LoadedArticle);
      const second =
        rereads.length < minArticlesForWorkers
          ? rereads.map((article) => extractNamedArticle(article, plan.context))
          : await workers.extract(rereads, plan.context);
      return mergeSecondReading(first, plan, second);
    },
    async close() {
      await pool?.close();
    },
  };
}

/**
 * Same extractions, in the same order, as extractArticles(articles).
 * @example await extractArticlesInParallel(loaded, { threads: availableParallelism() })
 */
export async function extractArticlesInParallel(
  articles: readonly LoadedArticle[],
  options: ParallelOptions = {},
): Promise<ArticleExtraction[]> {
  const extraction = startParallelExtraction(options);
  try {
    return await extraction.extract(articles);
  } finally {
    await extraction.close();
  }
}
