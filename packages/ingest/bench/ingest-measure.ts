// One ingest measurement in a process of its own, bound to the database of DATABASE_URL (the
// parent, bench/ingest.ts, gives each measurement a fresh database). Prints one JSON line.
//   --folder DIR   the corpus files        --limit N   only the first N files
//   --rows-per-statement N   1 = the naive row-by-row write path
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@diplomacy-graph/core/db';
import { ingestPaths } from '../src/persist/graph-writes.ts';

const { values } = parseArgs({
  options: {
    folder: { type: 'string' },
    limit: { type: 'string' },
    'rows-per-statement': { type: 'string' },
  },
});
if (!values.folder) throw new Error('--folder is required');
const files = (await readdir(values.folder))
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .slice(0, values.limit ? Number(values.limit) : undefined)
  .map((file) => join(values.folder ?? '', file));

const database = await openDatabase();
try {
  const phases: Record<string, number> = {};
  // CPU of the whole process: wall time alone says little on a shared machine.
  const cpuPhases: Record<string, number> = {};
  const cpuSeconds = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  const cpuStart = cpuSeconds();
  const started = performance.now();
  const result = await ingestPaths(files, {
    rowsPerStatement: values['rows-per-statement']
      ? Number(values['rows-per-statement'])
      : undefined,
    onProgress: (phase, done, total) => {
      const at = (performance.now() - started) / 1000;
      // The write phase announces 0 rows once the graph is resolved.
      const cpu = cpuSeconds() - cpuStart;
      if (phase === 'write' && done === 0) {
        phases.resolve = at;
        cpuPhases.resolve = cpu;
      }
      if (done === total) {
        phases[phase] = at;
        cpuPhases[phase] = cpu;
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
  process.stdout.write(
    `${JSON.stringify({ articles: result.articles.total, rows, seconds, cpuSeconds: cpuSeconds() - cpuStart, phases, cpuPhases })}\n`,
  );
} finally {
  await database.close();
}
