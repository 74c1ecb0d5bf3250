// The graph write alone, apart from load, extraction and resolution (which `pnpm bench --only
// ingest` times together): a generated corpus is resolved once, then writeGraph writes it into a
// fresh database of the development server, by COPY (the product path) and by INSERT statements of
// 2,000 rows (the path before COPY), first into empty tables, then over the graph just written (what
// a reseed does). The machine is shared, so besides wall time it reports the CPU of this process and
// of the Postgres backend that ran the transaction (read from /proc when the server is local).
//   pnpm exec tsx bench/graph-write.ts [--count 3000] [--seed 1]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPrismaClient, openDatabase, type PrismaClient } from '@diplomacy-graph/core/db';
import { extractArticles } from '../src/extract/extract-articles.ts';
import { loadArticleText } from '../src/load/load-article.ts';
import { type WriteGraphOptions, writeGraph } from '../src/persist/write-graph.ts';
import type { ResolvedGraph } from '../src/resolve/graph.ts';
import { resolveGraph } from '../src/resolve/resolve-graph.ts';
import { dropBenchDatabase, freshBenchDatabase } from './bench-database.ts';
import { generateArticles } from './corpus.ts';
import { type BenchRow, formatTable } from './suite.ts';

const BENCH_DATABASE = 'diplomacy_graph_write_bench';
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds used so far by a server process, or NaN when it is not readable here. */
function backendCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

type Timing = { seconds: number; nodeCpu: number; backendCpu: number };

async function timeWrite(
  client: PrismaClient,
  graph: ResolvedGraph,
  options: WriteGraphOptions,
): Promise<Timing> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let backendCpu = 0;
  await client.$transaction(
    async (tx) => {
      const [backend] = await tx.$queryRawUnsafe<{ pid: number }[]>(
        'SELECT pg_backend_pid() AS "pid"',
      );
      const pid = backend?.pid ?? 0;
      const before = backendCpuSeconds(pid);
      await writeGraph(tx, graph, options);
      backendCpu = backendCpuSeconds(pid) - before;
    },
    { timeout: 3_600_000, maxWait: 3_600_000 },
  );
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - started) / 1000,
    nodeCpu: (used.user + used.system) / 1e6,
    backendCpu,
  };
}

const { values } = parseArgs({
  options: { count: { type: 'string', default: '3000' }, seed: { type: 'string', default: '1' } },
});
const articles = [...generateArticles({ count: Number(values.count), seed: Number(values.seed) })];
const graph = resolveGraph(
  await extractArticles(articles.map((article) => loadArticleText(article.file, article.text))),
);
const rows = Object.values(graph).reduce((sum, table) => sum + table.length, 0);

const dev = await openDatabase();
const report: BenchRow[] = [];
try {
  const paths: [string, WriteGraphOptions][] = [
    ['COPY', {}],
    ['INSERT 2,000 rows/statement', { rowsPerStatement: 2000 }],
  ];
  for (const [name, options] of paths) {
    const client = createPrismaClient(await freshBenchDatabase(dev.url, BENCH_DATABASE));
    try {
      for (const over of ['empty tables', 'over the same graph']) {
        const timing = await timeWrite(client, graph, options);
        report.push({
          bench: 'graph write',
          measure: `${name}, ${over} (${values.count} articles, ${rows} rows)`,
          value: `${(rows / timing.seconds).toFixed(0)} rows/s: ${timing.seconds.toFixed(2)} s wall, CPU ${timing.nodeCpu.toFixed(2)} s Node + ${timing.backendCpu.toFixed(2)} s Postgres backend`,
        });
      }
    } finally {
      await client.$disconnect();
    }
  }
  await dropBenchDatabase(BENCH_DATABASE);
} finally {
  await dev.close();
}
process.stdout.write(`${formatTable(report)}\n`);
