// The ingest benchmark (issue 4): end-to-end `pnpm ingest` throughput into PostgreSQL — load,
// extract, resolve, write — on the generated corpus, with batched writes and with one INSERT per
// row, each in a fresh database of the development server.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@diplomacy-graph/core/db';
import { dropBenchDatabase, freshBenchDatabase } from './bench-database.ts';
import { type CorpusOptions, writeCorpus } from './corpus.ts';
import type { BenchRow, BenchSuite } from './suite.ts';

const TARGET_ARTICLES_PER_SECOND = 300;
const TARGET_RATIO = 10;
// Row by row is slow by design: it runs on a slice of the corpus; articles/s compare either way.
const NAIVE_ARTICLES = 1_000;
const BENCH_DATABASE = 'diplomacy_graph_ingest_bench';

type Measurement = {
  articles: number;
  rows: number;
  seconds: number;
  cpuSeconds: number;
  phases: Record<string, number>;
  cpuPhases: Record<string, number>;
};

const measureScript = fileURLToPath(new URL('./ingest-measure.ts', import.meta.url));

function measure(url: string, args: string[]): Measurement {
  const result = spawnSync(process.execPath, ['--import', 'tsx', measureScript, ...args], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`ingest measurement failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Measurement;
}

const rate = (m: Measurement) => m.articles / m.seconds;
// The write alone: what the two paths do differently (load, extract and resolve are shared).
const writeRate = (m: Measurement) => m.rows / ((m.phases.write ?? 0) - (m.phases.resolve ?? 0));

export function ingestSuite(corpus: CorpusOptions): BenchSuite {
  return {
    name: 'ingest',
    async run(): Promise<BenchRow[]> {
      const folder = await mkdtemp(join(tmpdir(), 'ingest-bench-'));
      const dev = await openDatabase();
      try {
        await writeCorpus(folder, corpus);
        const batched = measure(await freshBenchDatabase(dev.url, BENCH_DATABASE), [
          '--folder',
          folder,
        ]);
        const naive = measure(await freshBenchDatabase(dev.url, BENCH_DATABASE), [
          '--folder',
          folder,
          '--limit',
          String(NAIVE_ARTICLES),
          '--rows-per-statement',
          '1',
        ]);
        await dropBenchDatabase(BENCH_DATABASE);
        const ratio = rate(batched) / rate(naive);
        // Phase ends as wall time (CPU time so far).
        const phases = Object.entries(batched.phases)
          .map(
            ([phase, at]) =>
              `${phase} ${at.toFixed(1)} s (${(batched.cpuPhases[phase] ?? 0).toFixed(1)})`,
          )
          .join(', ');
        return [
          {
            bench: 'ingest',
            measure: `end to end, batched (${batched.articles} articles, ${batched.rows} rows)`,
            value: `${rate(batched).toFixed(0)} articles/s`,
            bound: `≥ ${TARGET_ARTICLES_PER_SECOND} articles/s`,
            met: rate(batched) >= TARGET_ARTICLES_PER_SECOND,
          },
          {
            bench: 'ingest',
            measure: 'batched: phases done at, wall (CPU)',
            value: `${phases}; CPU ${batched.cpuSeconds.toFixed(1)} s in all`,
          },
          {
            bench: 'ingest',
            measure: `end to end, one INSERT per row (${naive.articles} articles, ${naive.rows} rows)`,
            value: `${rate(naive).toFixed(0)} articles/s`,
          },
          {
            bench: 'ingest',
            measure: 'write phase: batched vs row by row',
            value: `${writeRate(batched).toFixed(0)} vs ${writeRate(naive).toFixed(0)} rows/s (${(writeRate(batched) / writeRate(naive)).toFixed(1)}×)`,
          },
          {
            bench: 'ingest',
            measure: 'batched / row by row, end to end',
            value: `${ratio.toFixed(1)}×`,
            bound: `≥ ${TARGET_RATIO}×`,
            met: ratio >= TARGET_RATIO,
          },
        ];
      } finally {
        await dev.close();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
