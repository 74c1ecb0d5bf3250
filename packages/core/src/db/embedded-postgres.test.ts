import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../testing/free-port.ts';
import { ensureDatabase, withDatabase } from './databases.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

let parent: string;
let dataDir: string;
let port: number;

async function queryPort(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ port: string }>(`SELECT current_setting('port') AS port`);
    return Number(rows[0]?.port);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'diplomacy-graph-embedded-'));
  await chmod(parent, 0o755); // reachable by user postgres when we run as root
  dataDir = join(parent, 'data');
  port = await findFreePort();
});

afterAll(() => rm(parent, { recursive: true, force: true }));

describe('importing embedded PostgreSQL', () => {
  it("leaves the process's exit code alone (vitest's failures, a CLI's error code)", () => {
    const module = fileURLToPath(new URL('./embedded-postgres.ts', import.meta.url));
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '--eval',
        `await import(${JSON.stringify(module)}); process.exitCode = 3;`,
      ],
      { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn' } },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(3);
  });
});

describe('startEmbeddedPostgres', () => {
  it('restarts on its existing data directory, keeping the data', { timeout: 30_000 }, async () => {
    const first = await startEmbeddedPostgres({ dataDir, port, ephemeral: true });
    await ensureDatabase(withDatabase(first.url, 'kept'));
    await first.stop();
    const initialisedAt = (await stat(join(dataDir, 'PG_VERSION'))).mtimeMs;

    const second = await startEmbeddedPostgres({ dataDir, port, ephemeral: true });
    try {
      expect(await ensureDatabase(withDatabase(second.url, 'kept'))).toBe(false); // already there
      expect((await stat(join(dataDir, 'PG_VERSION'))).mtimeMs).toBe(initialisedAt); // no new initdb
    } finally {
      await second.stop();
    }
  });

  it('starts after a crash left a postmaster.pid whose pid now belongs to another program', {
    timeout: 30_000,
  }, async () => {
    // This very test process plays the program that reused the crashed server's pid.
    await writeFile(join(dataDir, 'postmaster.pid'), `${process.pid}\n${dataDir}\n0\n${port}\n`);
    const server = await startEmbeddedPostgres({ dataDir, port, ephemeral: true });
    try {
      expect(await queryPort(server.url)).toBe(port);
    } finally {
      await server.stop();
    }
  });

  it('uses the server already running on the data directory rather than a second one', {
    timeout: 30_000,
  }, async () => {
    const running = await startEmbeddedPostgres({ dataDir, port, ephemeral: true });
    try {
      const attached = await startEmbeddedPostgres({
        dataDir,
        port: await findFreePort(),
        ephemeral: true,
      });
      expect(await queryPort(attached.url)).toBe(port);
      await attached.stop(); // not its server: leaves it running
      expect(await queryPort(running.url)).toBe(port);
    } finally {
      await running.stop();
    }
  });
});
