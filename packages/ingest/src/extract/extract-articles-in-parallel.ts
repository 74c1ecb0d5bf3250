// extractArticles on every core: large batches (a reseed, an ingest that re-reads the stored
// articles) go to worker threads; small ones stay in this thread, where no worker has to start.
import { availableParallelism } from 'node:os';
import type { LoadedArticle } from '../load/types.ts';
import {
  extractArticles,
  extractNamedArticle,
  mergeSecondReading,
  planSecondReading,
} from './extract-articles.ts';
import { startExtractionPool } from './extraction-pool.ts';
import type { ArticleExtraction } from './types.ts';

// Starting a worker (and tsx in it) costs a few hundred milliseconds: the time to extract about
// a hundred articles. Below this, threads would not pay for themselves.
const MIN_ARTICLES_FOR_WORKERS = 200;

export type ParallelOptions = { threads?: number; minArticlesForWorkers?: number };

/**
 * Same extractions, in the same order, as extractArticles(articles).
 * @example const extractions = await extractArticlesInParallel(loaded) // 2 threads on 2 cores
 */
export async function extractArticlesInParallel(
  articles: readonly LoadedArticle[],
  {
    threads = availableParallelism(),
    minArticlesForWorkers = MIN_ARTICLES_FOR_WORKERS,
  }: ParallelOptions = {},
): Promise<ArticleExtraction[]> {
  if (threads < 2 || articles.length < minArticlesForWorkers) return extractArticles(articles);
  const pool = startExtractionPool(Math.min(threads, Math.ceil(articles.length / 32)));
  try {
    const first = await pool.extract(articles);
    const plan = planSecondReading(articles, first);
    const rereads = plan.indexes.map((index) => articles[index] as LoadedArticle);
    const second =
      rereads.length < minArticlesForWorkers
        ? rereads.map((article) => extractNamedArticle(article, plan.context))
        : await pool.extract(rereads, plan.context);
    return mergeSecondReading(first, plan, second);
  } finally {
    await pool.close();
  }
}
