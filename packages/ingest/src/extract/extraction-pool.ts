// Worker threads that extract articles in parallel, one per core. Articles travel in chunks so
// that a thread that finishes early takes the next one; results come back in article order.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadedArticle } from '../load/types.ts';
import type { ExtractionTask, ExtractionTaskResult } from './extraction-worker.ts';
import type { FolderContext } from './folder-context.ts';
import type { ArticleExtraction } from './types.ts';

// Big enough that messaging costs little next to extraction, small enough to balance the threads.
const CHUNK_ARTICLES = 32;

const workerScript = fileURLToPath(new URL('./extraction-worker.ts', import.meta.url));
// Node cannot run TypeScript: each worker registers tsx's require hook, then loads its code. The
// CLI and the API server run under tsx, but vitest transforms only its own thread, and Node 20
// applies no ESM loader hooks (`--import tsx`, module.register) to a worker's own modules.
const tsxRequireHook = createRequire(import.meta.url).resolve('tsx/cjs/api');
const bootstrap = `require(${JSON.stringify(tsxRequireHook)}).register(); require(${JSON.stringify(workerScript)});`;

export type ExtractionPool = {
  /**
   * Extractions of `articles` in their order; rejects naming the file when one cannot be read.
   * Calls may overlap: their chunks queue in call order.
   */
  extract(
    articles: readonly LoadedArticle[],
    context?: FolderContext,
  ): Promise<ArticleExtraction[]>;
  /** Stops the threads. */
  close(): Promise<void>;
};

// Workers send extractions without their text (see ExtractionTaskResult): it is the article's.
function withTexts(
  extractions: ArticleExtraction[],
  articles: readonly LoadedArticle[],
): ArticleExtraction[] {
  for (const [index, extraction] of extractions.entries())
    extraction.text = articles[index]?.text ?? extraction.text;
  return extractions;
}

type Job = { task: ExtractionTask; done: (extractions: ArticleExtraction[]) => void };

function describeChunk(articles: readonly LoadedArticle[]): string {
  const first = articles[0]?.file;
  if (first === undefined) return '';
  if (articles.length === 1) return ` on ${first}`;
  return ` on ${first} … ${articles.at(-1)?.file} (${articles.length} articles)`;
}

/**
 * Starts `threads` extraction workers.
 * @example const pool = startExtractionPool(2); try { await pool.extract(articles) } finally { await pool.close() }
 */
export function startExtractionPool(threads: number): ExtractionPool {
  const workers = Array.from({ length: threads }, () => new Worker(bootstrap, { eval: true }));
  const idle = [...workers];
  const running = new Map<Worker, Job>();
  let queue: Job[] = [];
  let failure: Error | null = null;
  const rejectCalls = new Set<(error: Error) => void>();
  let closing = false;

  function dispatch(): void {
    while (failure === null && idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Job;
      running.set(worker, job);
      worker.postMessage(job.task);
    }
  }

  // The first failure ends the pool: the calls in progress reject, and so does any later one.
  function stop(error: Error): void {
    failure ??= error;
    queue = [];
    for (const reject of rejectCalls) reject(failure);
    rejectCalls.clear();
  }

  for (const worker of workers) {
    worker.on('message', (result: ExtractionTaskResult) => {
      const job = running.get(worker);
      running.delete(worker);
      idle.push(worker);
      if ('error' in result) stop(new Error(result.error));
      else if (job) job.done(withTexts(JSON.parse(result.extractionsJson), job.task.articles));
      dispatch();
    });
    // A thread that dies (out of memory, an error while loading the extractor) must not leave
    // the batch waiting for an answer that will never come.
    const chunk = () => describeChunk(running.get(worker)?.task.articles ?? []);
    worker.on('error', (error) =>
      stop(new Error(`extraction worker failed${chunk()}: ${error.message}`)),
    );
    worker.on('exit', (code) => {
      if (!closing) stop(new Error(`extraction worker stopped (exit code ${code})${chunk()}`));
    });
  }

  return {
    extract(articles, context) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const chunks: ArticleExtraction[][] = [];
        let pending = Math.ceil(articles.length / CHUNK_ARTICLES);
        if (pending === 0) return resolve([]);
        rejectCalls.add(reject);
        for (let index = 0; index * CHUNK_ARTICLES < articles.length; index++) {
          const start = index * CHUNK_ARTICLES;
          queue.push({
            task: {
              articles: articles.slice(start, start + CHUNK_ARTICLES),
              context: context ?? null,
            },
            done: (extractions) => {
              chunks[index] = extractions;
              if (--pending > 0) return;
              rejectCalls.delete(reject);
              resolve(chunks.flat());
            },
          });
        }
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
