// Worker threads that extract articles in parallel. Articles travel in chunks: few enough messages
// that messaging costs little next to extraction, and small enough that the threads finish together
// and progress moves while they work. Results come back in article order.
import { Worker } from 'node:worker_threads';
import type { LoadedArticle } from '../load/types.ts';
import type { ExtractionTask, ExtractionTaskResult } from './extraction-worker.ts';
import type { FolderContext } from './folder-context.ts';
import type { ArticleExtraction } from './types.ts';

// About 0.1 s of extraction per chunk.
const CHUNK_ARTICLES = 32;
// A second chunk waits in each worker, so that it never idles while a result travels back.
const CHUNKS_IN_FLIGHT = 2;

export type PoolExtractOptions = {
  /** The folder context of a second reading (none for a first reading). */
  context?: FolderContext;
  /** Called as chunks come back: articles extracted so far, of `articles.length`. */
  onProgress?: (done: number, total: number) => void;
};

export type ExtractionPool = {
  /**
   * Extractions of `articles` in their order. Rejects naming the file when one cannot be read, or
   * the chunk when a worker dies; either failure stops every worker and every later call.
   */
  extract(
    articles: readonly LoadedArticle[],
    options?: PoolExtractOptions,
  ): Promise<ArticleExtraction[]>;
  /** Lets the process exit while the workers idle (they are `ref`'d again for work). */
  unref(): void;
  ref(): void;
  /** Stops the workers; calls in progress reject, and the pool cannot be used afterwards. */
  close(): Promise<void>;
};

type Job = {
  task: ExtractionTask;
  done: (result: { extractionsJson: string }) => void;
};

function describeChunk(jobs: readonly Job[]): string {
  const articles = jobs.flatMap((job) => job.task.articles);
  if (articles.length === 0) return '';
  const first = articles[0]?.file;
  if (articles.length === 1) return ` while extracting ${first}`;
  return ` while extracting ${first} … ${articles.at(-1)?.file} (${articles.length} articles)`;
}

/**
 * Starts `threads` workers from `workerUrl` (the bundle of extraction-worker.ts, see
 * bundle-extractor.ts).
 * @example
 * const pool = startExtractionPool(url, 2);
 * try { return await pool.extract(articles) } finally { await pool.close() }
 */
export function startExtractionPool(workerUrl: URL, threads: number): ExtractionPool {
  // No execArgv: workers would inherit `--import tsx` and load tsx (and start its loader thread)
  // for nothing, ~0.25 s CPU each; the bundle is plain JavaScript.
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl, { execArgv: [] }));
  const inFlight = new Map(workers.map((worker) => [worker, [] as Job[]]));
  const queue: Job[] = [];
  const rejectCalls = new Set<(error: Error) => void>();
  let failure: Error | null = null;
  let closing = false;

  const terminate = () => Promise.all(workers.map((worker) => worker.terminate()));

  // The first failure (or close) ends the pool: the calls in progress reject, and so does any
  // later one.
  function stop(error: Error): Promise<unknown> {
    if (failure === null) {
      failure = error;
      queue.length = 0;
      for (const reject of rejectCalls) reject(error);
      rejectCalls.clear();
    }
    closing = true;
    return terminate();
  }
  const fail = (error: Error) => void stop(error);

  function dispatch(): void {
    for (const [worker, jobs] of inFlight) {
      while (failure === null && jobs.length < CHUNKS_IN_FLIGHT && queue.length > 0) {
        const job = queue.shift() as Job;
        jobs.push(job);
        worker.postMessage(job.task);
      }
    }
  }

  for (const [worker, jobs] of inFlight) {
    // A worker answers its chunks in the order it was sent them.
    worker.on('message', (result: ExtractionTaskResult) => {
      const job = jobs.shift();
      if ('error' in result) return fail(new Error(result.error));
      job?.done(result);
      dispatch();
    });
    // A worker that dies (out of memory, a bundle that does not load) must not leave the call
    // waiting for an answer that will never come.
    worker.on('error', (error) =>
      fail(
        new Error(`extraction worker failed${describeChunk(jobs)}: ${error.message}`, {
          cause: error,
        }),
      ),
    );
    worker.on('exit', (code) => {
      if (!closing)
        fail(new Error(`extraction worker stopped (exit code ${code})${describeChunk(jobs)}`));
    });
  }

  return {
    extract(articles, { context, onProgress = () => {} } = {}) {
      if (failure) return Promise.reject(failure);
      if (articles.length === 0) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        rejectCalls.add(reject);
        const extractions: ArticleExtraction[] = new Array(articles.length);
        let done = 0;
        for (let start = 0; start < articles.length; start += CHUNK_ARTICLES) {
          const chunk = articles.slice(start, start + CHUNK_ARTICLES);
          queue.push({
            task: { articles: chunk, context: context ?? null },
            done: ({ extractionsJson }) => {
              const parsed: ArticleExtraction[] = JSON.parse(extractionsJson);
              for (const [index, extraction] of parsed.entries()) {
                // The worker leaves the text out (see ExtractionTaskResult): it is the article's.
                extraction.text = (chunk[index] as LoadedArticle).text;
                extractions[start + index] = extraction;
              }
              done += parsed.length;
              onProgress(done, articles.length);
              if (done < articles.length) return;
              rejectCalls.delete(reject);
              resolve(extractions);
            },
          });
        }
        dispatch();
      });
    },
    unref() {
      for (const worker of workers) worker.unref();
    },
    ref() {
      for (const worker of workers) worker.ref();
    },
    async close() {
      await stop(new Error('the extraction pool is closed'));
    },
  };
}
