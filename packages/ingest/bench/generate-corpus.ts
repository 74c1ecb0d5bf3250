// `tsx bench/generate-corpus.ts [--count N] [--seed S] [--size CHARS] [--out DIR] [--gold]`:
// writes the benchmark corpus as .txt files (default: bench-corpus/ at the repository root,
// git-ignored), and with --gold the annotations in DIR/gold for `pnpm eval --gold DIR/gold`.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '../src/eval/repo-paths.ts';
import { resolveUserPath } from '../src/eval/user-paths.ts';
import { DEFAULT_CORPUS, writeCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: String(DEFAULT_CORPUS.count) },
    seed: { type: 'string', default: String(DEFAULT_CORPUS.seed) },
    size: { type: 'string', default: String(DEFAULT_CORPUS.size) },
    out: { type: 'string' },
    gold: { type: 'boolean', default: false },
  },
});

const numbers = {
  count: Number(values.count),
  seed: Number(values.seed),
  size: Number(values.size),
};
for (const [flag, value] of Object.entries(numbers)) {
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`--${flag} must be a non-negative integer\n`);
    process.exit(2);
  }
}
const folder = values.out ? resolveUserPath(values.out) : join(findRepoRoot(), 'bench-corpus');
const started = performance.now();
const { articles, bytes } = await writeCorpus(folder, { ...numbers, gold: values.gold });
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `Wrote ${articles} articles (${(bytes / 1e6).toFixed(1)} MB) to ${folder}${values.gold ? ' with gold/' : ''} in ${seconds.toFixed(1)} s\n`,
);
