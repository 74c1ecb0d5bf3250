// What `pnpm ingest` and `pnpm reseed` share: opening the database, the progress bar, the summary.
import { openDatabase } from '@diplomacy-graph/core/db';
import type {
  GraphWriteOptions,
  GraphWritePhase,
  GraphWriteResult,
} from '../persist/graph-writes.ts';
import { createProgressBar } from './progress-bar.ts';

const WAITING = 'another ingest or reseed is writing the graph: waiting for it to finish…';

const UNITS: Record<GraphWritePhase, string> = {
  load: 'articles',
  extract: 'articles',
  write: 'rows',
};

function formatSummary(result: GraphWriteResult): string {
  const { added, replaced, unchanged, removed, total } = result.articles;
  const { people, events, evidence, conflicts } = result.counts;
  // Skipped files cost nothing: the rate counts the articles read and resolved.
  const processed = result.mode === 'reseed' ? total : added.length + replaced.length;
  const lines = [
    `${result.mode}: ${added.length} added, ${replaced.length} replaced, ${unchanged.length} unchanged, ${removed.length} removed; ${total} articles in the graph`,
    `graph: ${people} people, ${events} events (${result.newEvents} new), ${evidence} evidence sentences, ${conflicts} conflicts`,
    `took ${result.seconds.toFixed(1)} s${processed > 0 ? ` (${(processed / Math.max(result.seconds, 0.001)).toFixed(0)} articles/s)` : ''}`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Runs a graph write with a progress bar on a terminal, prints per-file failures and the summary
 * (`--json`: the summary as one JSON line, the last line of stdout). Exit code 1 when some file could not be read.
 */
export async function runGraphCommand(
  json: boolean,
  write: (options: Pick<GraphWriteOptions, 'onProgress' | 'onWait'>) => Promise<GraphWriteResult>,
): Promise<number> {
  const database = await openDatabase();
  const bar = createProgressBar({ enabled: !json && Boolean(process.stderr.isTTY) });
  try {
    const result = await write({
      onProgress: (phase, done, total) => bar.update(phase, done, total, UNITS[phase]),
      onWait: () => process.stderr.write(`${WAITING}\n`),
    });
    bar.finish();
    for (const failure of result.failures)
      process.stderr.write(`skipped ${failure.path}: ${failure.message}\n`);
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : formatSummary(result));
    return result.failures.length > 0 ? 1 : 0;
  } catch (error) {
    bar.finish();
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  } finally {
    await database.close();
  }
}
