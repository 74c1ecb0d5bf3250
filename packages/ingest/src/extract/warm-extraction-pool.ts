// One extraction pool per process, kept warm between batches. A fresh worker reads its first
// hundred articles ~4× slower than a warm one (JIT warm-up, ~1.2 s CPU) besides ~0.25 s to start,
// and every ingest re-extracts the whole stored article set (the API server does it on each
// ingestArticle), so the workers outlive a batch: unref'd, they never keep the process alive.
import { type ExtractionPool, startExtractionPool } from './extraction-pool.ts';

// Idle workers hold their heaps (tens of MB each): stopped after this long without a batch.
const IDLE_MS = 2 * 60 * 1000;

type Warm = { pool: ExtractionPool; users: number; idle?: NodeJS.Timeout };
let warm: Warm | null = null;

function forget(entry: Warm): void {
  if (warm === entry) warm = null;
  clearTimeout(entry.idle);
  void entry.pool.close();
}

function acquire(workerUrl: URL, threads: number): Warm {
  warm ??= { pool: startExtractionPool(workerUrl, threads), users: 0 };
  clearTimeout(warm.idle);
  warm.users++;
  warm.pool.ref();
  return warm;
}

function release(entry: Warm): void {
  if (--entry.users > 0 || warm !== entry) return;
  entry.pool.unref();
  entry.idle = setTimeout(() => forget(entry), IDLE_MS);
  entry.idle.unref();
}

/**
 * Runs `use` with the process's pool, starting it (`threads` workers from `workerUrl`, both the
 * same for the life of a process) if needed. A failure stops the pool (a worker may be dead):
 * the next batch starts a new one.
 * @example const extractions = await withWarmExtractionPool(url, 2, (pool) => pool.extract(articles))
 */
export async function withWarmExtractionPool<T>(
  workerUrl: URL,
  threads: number,
  use: (pool: ExtractionPool) => Promise<T>,
): Promise<T> {
  const entry = acquire(workerUrl, threads);
  try {
    return await use(entry.pool);
  } catch (error) {
    forget(entry);
    throw error;
  } finally {
    release(entry);
  }
}
