// The extractor as one ES module a worker thread can start from. Node 20 applies no loader hooks
// (tsx) to a worker's own imports, and tsx's CommonJS build ran 20–40 % slower per article, so
// esbuild bundles the worker's TypeScript sources, the very files this thread runs, into one module
// held in memory (~0.2 s, 1.5 MB, once per process).
import { fileURLToPath } from 'node:url';
import { logger } from '@diplomacy-graph/core/logger';

const WORKER_ENTRY = fileURLToPath(new URL('./extraction-worker.ts', import.meta.url));

async function bundleWorker(): Promise<URL | null> {
  try {
    const { build } = await import('esbuild');
    const { outputFiles } = await build({
      entryPoints: [WORKER_ENTRY],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const code = outputFiles[0]?.text;
    if (code === undefined) throw new Error('esbuild produced no output');
    return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
  } catch (error) {
    // Extraction still works in this thread: a slower ingest beats a failed one.
    logger.warn(
      { err: error },
      'cannot bundle the extractor for worker threads; extracting in one thread',
    );
    return null;
  }
}

let bundle: Promise<URL | null> | undefined;

/**
 * The URL of the bundled extraction worker (extraction-worker.ts), or null when esbuild cannot
 * build it. Built on the first call, then shared by every later one.
 * @example const url = await bundleExtractionWorker(); if (url) new Worker(url)
 */
export function bundleExtractionWorker(): Promise<URL | null> {
  bundle ??= bundleWorker();
  return bundle;
}
