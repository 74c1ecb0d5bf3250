// `pnpm bench`: the benchmarks of this package, one after another in this one process, as a table.
// Exit code 1 when a hard bound is missed (an adversarial document over its time bound).
//   --count N --seed S --size CHARS   the generated corpus (default 10,000 × ~5 KB, seed 1)
//   --quality N                        articles scored against the generated gold (default 1,000)
//   --only NAME                        run one suite: extraction, adversarial, or an ingest suite
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS } from './corpus.ts';
import { extractText } from './extract-text.ts';
import { adversarialSuite, extractionSuite } from './extraction-bench.ts';
import { ingestSuite } from './ingest.ts';
import { type BenchRow, type BenchSuite, formatTable } from './suite.ts';

const ADVERSARIAL_BYTES = 1_000_000;
const ADVERSARIAL_BOUND_SECONDS = 10;

// `pnpm bench -- --count 500` passes the "--" on: drop it rather than read every flag as an operand.
const args = process.argv.slice(2);
const { values } = parseArgs({
  args: args[0] === '--' ? args.slice(1) : args,
  options: {
    count: { type: 'string', default: String(DEFAULT_CORPUS.count) },
    seed: { type: 'string', default: String(DEFAULT_CORPUS.seed) },
    size: { type: 'string', default: String(DEFAULT_CORPUS.size) },
    quality: { type: 'string', default: '1000' },
    only: { type: 'string' },
  },
});
const corpus = {
  count: Number(values.count),
  seed: Number(values.seed),
  size: Number(values.size),
};

const suites: BenchSuite[] = [
  extractionSuite(extractText, corpus, Number(values.quality)),
  adversarialSuite(ADVERSARIAL_BYTES, ADVERSARIAL_BOUND_SECONDS),
  // A suite is { name, run(): Promise<BenchRow[]> } (see suite.ts); rows with `ok: false` fail the run.
  ingestSuite(corpus),
];

const selected = values.only ? suites.filter((suite) => suite.name === values.only) : suites;
if (selected.length === 0) {
  process.stderr.write(
    `No suite "${values.only}". Suites: ${suites.map((s) => s.name).join(', ')}\n`,
  );
  process.exit(2);
}
const rows: BenchRow[] = [];
for (const suite of selected) {
  process.stderr.write(`Running ${suite.name}…\n`);
  rows.push(...(await suite.run()));
}
process.stdout.write(formatTable(rows));
if (rows.some((row) => row.ok === false)) process.exitCode = 1;
