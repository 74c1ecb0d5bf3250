import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropDatabase, ensureDatabase, withDatabase } from '../db/databases.ts';
import { startEmbeddedPostgres } from '../db/embedded-postgres.ts';
import { databaseEnv } from '../db/env.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { findFreePort } from './free-port.ts';
import { testServerKey } from './provided-context.ts';

// One PostgreSQL server per vitest run (embedded in a temporary folder, or the server of
// DATABASE_URL) and one migrated template database that test files copy: copying a template
// takes milliseconds where migrating takes a second.

async function startTestServer(): Promise<{ serverUrl: string; stop(): Promise<void> }> {
  if (databaseEnv.DATABASE_URL) {
    return { serverUrl: withDatabase(databaseEnv.DATABASE_URL, 'postgres'), stop: async () => {} };
  }
  const parent = await mkdtemp(join(tmpdir(), 'diplomacy-graph-test-'));
  // Postgres may run as user `postgres` (when we are root): it must be able to enter the folder.
  await chmod(parent, 0o755);
  const server = await startEmbeddedPostgres({
    dataDir: join(parent, 'data'),
    port: await findFreePort(),
    ephemeral: true,
  });
  return {
    serverUrl: server.url,
    stop: async () => {
      await server.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestServer();
  const templateDatabase = `diplomacy_graph_template_${randomBytes(6).toString('hex')}`;
  const templateUrl = withDatabase(server.serverUrl, templateDatabase);
  try {
    await ensureDatabase(templateUrl);
    await migrateDatabase(templateUrl);
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide(testServerKey, { serverUrl: server.serverUrl, templateDatabase });
  return async () => {
    await dropDatabase(templateUrl);
    await server.stop();
  };
}
