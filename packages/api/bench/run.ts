// `pnpm bench:api`: loads the generated corpus (10,000 articles) into a database of its own,
// then measures the API against raw SQL on it (bench/measure.ts, in a process bound to it).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@diplomacy-graph/core/db';
import { benchUrlFrom, prepareBenchDatabase } from './bench-database.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const corpusDir = `${repoRoot}bench-corpus`;
const apiDir = fileURLToPath(new URL('../', import.meta.url));

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

const dev = await openDatabase();
try {
  const benchUrl = benchUrlFrom(dev.url);
  const stored = await prepareBenchDatabase(dev.url);
  if (stored < ARTICLES) {
    const written = existsSync(corpusDir)
      ? readdirSync(corpusDir).filter((file) => file.endsWith('.txt')).length
      : 0;
    if (written < ARTICLES) {
      run('pnpm', [
        '--filter',
        '@diplomacy-graph/ingest',
        'exec',
        'tsx',
        'bench/generate-corpus.ts',
        '--count',
        String(ARTICLES),
        '--out',
        corpusDir,
      ]);
    }
    // The product's own command, pointed at the bench database.
    run('pnpm', ['reseed', corpusDir], { DATABASE_URL: benchUrl });
  }
  run('pnpm', ['exec', 'tsx', `${apiDir}bench/measure.ts`], {
    DATABASE_URL: benchUrl,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
  });
} finally {
  await dev.close();
}
