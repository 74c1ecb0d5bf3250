// The CLI under stress, against real PostgreSQL: killed mid-reseed, run twice at once, and an
// edited article re-ingested. The CLI runs as a child process on the test database.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prisma } from '@diplomacy-graph/core/db';
import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeedsFolder } from '../eval/repo-paths.ts';
import { dumpGraph } from '../persist/graph-dump.ts';
import { ingestPaths, reseedFolder } from '../persist/graph-writes.ts';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const seeds = defaultSeedsFolder();

type Run = {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stderr: string }>;
};

function runCli(database: TestDatabase, args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: packageDir,
    env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdout?.resume();
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

/** Polls `condition` until it holds; fails at once if one of `runs` ends first. */
async function waitFor(
  runs: Run[],
  condition: () => Promise<boolean>,
  what: string,
  seconds = 100,
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (runs.some((run) => run.child.exitCode !== null))
      throw new Error(`the CLI ended before ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Whether another session has started rewriting the graph in a transaction still open: a write
 * holds its row lock on "Article" from its first DELETE until commit, where a COPY statement is
 * seen only while it runs (a few milliseconds for a few hundred articles, easily missed).
 */
async function someoneIsWriting(): Promise<boolean> {
  const rows = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pg_locks
     WHERE pid <> pg_backend_pid() AND granted AND mode = 'RowExclusiveLock'
       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND relation = '"Article"'::regclass`,
  );
  return (rows[0]?.n ?? 0) > 0;
}

async function sessionsWaitingForGraphLock(): Promise<number> {
  const rows = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return rows[0]?.n ?? 0;
}

/** Many distinct articles (the seeds, each copied with its own reference line), for a long reseed. */
async function writeLargeFolder(copies: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'reseed-large-'));
  const files = (await readdir(seeds)).sort();
  for (let copy = 0; copy < copies; copy++) {
    for (const file of files) {
      const text = await readFile(join(seeds, file), 'utf8');
      await writeFile(join(folder, `${copy}_${file}`), `${text}\n\nReference ${copy}.\n`);
    }
  }
  return folder;
}

describe('reseed and ingest under stress', () => {
  let database: TestDatabase;
  let seedsGraph: Record<string, string[]>;
  const folders: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    await reseedFolder(seeds);
    seedsGraph = await dumpGraph();
  });
  afterAll(async () => {
    await database.drop();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('keeps serving the old graph during a reseed, and keeps it whole when the reseed is killed', async () => {
    const large = await writeLargeFolder(60);
    folders.push(large);
    const run = runCli(database, ['reseed', large, '--json']);
    await waitFor([run], someoneIsWriting, 'the reseed started writing');
    // A reader in the middle of the rewrite sees the old graph, complete.
    expect(await dumpGraph()).toEqual(seedsGraph);
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    expect(await dumpGraph()).toEqual(seedsGraph);
    // The lock died with the process: the next reseed goes through.
    const next = runCli(database, ['reseed', seeds, '--json']);
    expect((await next.done).code).toBe(0);
    expect(await dumpGraph()).toEqual(seedsGraph);
  });

  it('runs two reseeds at once one after the other, with a message for the one that waits', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Hold the graph lock so that both commands are certain to meet it.
    const holder = prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(7405112033)');
        await held;
      },
      { timeout: 300_000 },
    );
    const runs = [runCli(database, ['reseed', seeds]), runCli(database, ['reseed', seeds])];
    await waitFor(
      runs,
      async () => (await sessionsWaitingForGraphLock()) === 2,
      'both reseeds waited',
    );
    release();
    await holder;
    const results = await Promise.all(runs.map((run) => run.done));
    expect(results.map((result) => result.code)).toEqual([0, 0]);
    expect(
      results.every((result) =>
        result.stderr.includes('another ingest or reseed is writing the graph'),
      ),
    ).toBe(true);
    expect(await dumpGraph()).toEqual(seedsGraph);
  });

  it('removes the stale facts of an edited article when it is ingested again', async () => {
    const visitsOfToLam = () =>
      prisma.event.count({
        where: {
          type: 'VISIT',
          visitedCountryCode: 'CN',
          participants: { some: { person: { foldedName: 'to lam' } } },
        },
      });
    expect(await visitsOfToLam()).toBe(1);
    const folder = await mkdtemp(join(tmpdir(), 'edited-'));
    folders.push(folder);
    const file = '004_bf43fdf9d853bdf7.txt';
    const original = await readFile(join(seeds, file), 'utf8');
    const edited = original.replace(
      ", and his Vietnamese counterpart Tô Lâm's China visit in August this year",
      '',
    );
    expect(edited).not.toBe(original);
    await writeFile(join(folder, file), edited);

    const summary = await ingestPaths([join(folder, file)]);
    expect(summary.articles).toMatchObject({ replaced: [file], added: [], total: 5 });
    expect(await visitsOfToLam()).toBe(0);
    const stored = await prisma.article.findMany({ where: { fileName: file } });
    expect(stored.map((article) => article.text.includes("Tô Lâm's China visit"))).toEqual([false]);
    // No evidence is left pointing into the old text.
    const quotes = await prisma.evidence.findMany({
      where: { quote: { contains: "Tô Lâm's China visit" } },
    });
    expect(quotes).toEqual([]);
  });
});
