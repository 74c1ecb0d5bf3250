// A batch of loaded articles → extractions, each read with what the whole batch knows.
import { availableParallelism } from 'node:os';
import type { LoadedArticle } from '../load/types.ts';
import { bundleExtractionWorker } from './bundle-extractor.ts';
import { extractNamedArticle } from './extract-named-article.ts';
import { buildFolderContext, type FolderContext, mayUseFolderContext } from './folder-context.ts';
import type { ArticleExtraction } from './types.ts';
import { withWarmExtractionPool } from './warm-extraction-pool.ts';

// Below this a batch stays in this thread. Each worker starts in ~0.25 s CPU and, like any fresh
// thread, reads its first hundred articles ~4× slower than a warm one (~1.2 s CPU of JIT warm-up),
// so two fresh workers add ~1.5 s of CPU to share among the articles. Measured in a fresh process
// (2026-11-23, first reading, CPU): 100 articles 1.6 s in this thread / 2.7 s over two workers,
// 200: 2.2 / 3.8, 800: 4.3 / 6.8. Halved over two idle cores, the workers would finish first from
// ~250 articles on; against a warm thread and fresh workers only from ~900 (once warm, the
// workers are kept: see warm-extraction-pool.ts).
const MIN_ARTICLES_FOR_WORKERS = 300;
// Each worker holds its own heap, kept between batches, and pays its own warm-up: on a large
// server a batch should not take every core (only two cores were there to measure on).
const MAX_THREADS = 4;

export type ExtractArticlesOptions = {
  /** Called as the first reading advances: articles read so far, of `articles.length`. */
  onProgress?: (done: number, total: number) => void;
};

type Reader = (
  articles: readonly LoadedArticle[],
  options: { context?: FolderContext; onProgress?: (done: number, total: number) => void },
) => ArticleExtraction[] | Promise<ArticleExtraction[]>;

function readInThisThread(
  articles: readonly LoadedArticle[],
  { context, onProgress = () => {} }: Parameters<Reader>[1],
): ArticleExtraction[] {
  const extractions = articles.map((article) => extractNamedArticle(article, context));
  onProgress(articles.length, articles.length);
  return extractions;
}

/**
 * A first reading collects the days each gathering is known to span, a second one uses them to
 * date weekdays ("on Friday") in the few articles without a publication date where they can (see
 * mayUseFolderContext).
 */
async function readTwice(
  articles: readonly LoadedArticle[],
  read: Reader,
  onProgress: ExtractArticlesOptions['onProgress'],
): Promise<ArticleExtraction[]> {
  const first = await read(articles, { onProgress });
  const context = buildFolderContext(first);
  const indexes = articles.flatMap((article, index) =>
    mayUseFolderContext(article, context) ? [index] : [],
  );
  const second = await read(
    indexes.map((index) => articles[index] as LoadedArticle),
    { context },
  );
  for (const [position, index] of indexes.entries())
    first[index] = second[position] as ArticleExtraction;
  return first;
}

/**
 * Extracts a batch (a folder), each article read with the folder context of the whole batch.
 * A large batch is read on worker threads, one per core; the extractions are the same, in order.
 * @example const extractions = await extractArticles(loaded, { onProgress: (done, total) => bar.update(done / total) })
 */
export async function extractArticles(
  articles: readonly LoadedArticle[],
  { onProgress }: ExtractArticlesOptions = {},
): Promise<ArticleExtraction[]> {
  const threads = Math.min(availableParallelism(), MAX_THREADS);
  const workerUrl =
    threads >= 2 && articles.length >= MIN_ARTICLES_FOR_WORKERS
      ? await bundleExtractionWorker()
      : null;
  if (workerUrl === null) return readTwice(articles, readInThisThread, onProgress);
  // The second reading too, however few its articles: the workers' code is warm by then, and
  // this thread's may not be (see MIN_ARTICLES_FOR_WORKERS).
  return withWarmExtractionPool(workerUrl, threads, (pool) =>
    readTwice(articles, pool.extract, onProgress),
  );
}
