import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGoldFolder } from '../eval/load-gold.ts';
import { defaultGoldFolder } from '../eval/repo-paths.ts';
import { runEval } from './eval.ts';

async function captureStdout(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await run(), out };
  } finally {
    write.mockRestore();
  }
}

/** The shared gold folder turned into a report: the one input that must score exactly 1. */
async function writeGoldAsReport(): Promise<string> {
  const gold = await loadGoldFolder(defaultGoldFolder());
  const folder = await mkdtemp(join(tmpdir(), 'eval-'));
  const file = join(folder, 'report.json');
  await writeFile(file, JSON.stringify({ articles: gold }));
  return file;
}

describe('pnpm eval', () => {
  afterEach(() => vi.restoreAllMocks());

  it('scores the shared gold annotations against themselves as perfect', async () => {
    const report = await writeGoldAsReport();
    const { code, out } = await captureStdout(() => runEval(['--report', report, '--json']));
    const result = JSON.parse(out);
    expect(code).toBe(0);
    expect(result.overall.f1).toBe(1);
    const gold = await loadGoldFolder(defaultGoldFolder());
    const goldFacts = gold.reduce(
      (sum, g) =>
        sum +
        g.leaders.length +
        g.meetings.length +
        g.visits.length +
        g.gatherings.length +
        g.awards.length,
      0,
    );
    expect(result.overall).toMatchObject({
      truePositives: goldFacts,
      falsePositives: 0,
      falseNegatives: 0,
    });
    expect(result.articles).toHaveLength(5);
  });

  it('prints the table and fails below --min-f1 only when asked', async () => {
    const report = await writeGoldAsReport();
    const json = JSON.parse(await readFile(report, 'utf8'));
    json.articles[0].meetings = [];
    await writeFile(report, JSON.stringify(json));

    const plain = await captureStdout(() => runEval(['--report', report]));
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/^meetings\s+\d+\s+0\s+16\s+1\.000\s+0\.\d{3}/m);
    expect(plain.out).toContain('missed  meetings       Lương Cường – Xi Jinping');

    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const gated = await captureStdout(() => runEval(['--report', report, '--min-f1', '0.99']));
    expect(gated.code).toBe(1);
  });

  it('reports unusable input with a non-zero exit code', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runEval(['--report', '/nonexistent/report.json'])).toBe(1);
    expect(await runEval(['--min-f1', 'high'])).toBe(2);
    expect(await runEval(['--bogus'])).toBe(2);
    expect(stderr).toHaveBeenCalled();
  });

  it('exits with the command code from the real CLI process', async () => {
    const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
    // A failure code must survive the exit hooks that the database module's imports install.
    const missing = spawnSync(
      join(packageRoot, 'node_modules/.bin/tsx'),
      ['src/cli.ts', 'eval', '--report', join(tmpdir(), 'no-such-report.json')],
      { cwd: packageRoot, encoding: 'utf8' },
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no-such-report.json');
  });
});
