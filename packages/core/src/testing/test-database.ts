import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { bindPrismaClient, createPrismaClient } from '../db/client.ts';
import { createDatabaseFromTemplate, dropDatabase, withDatabase } from '../db/databases.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { testServerKey } from './provided-context.ts';

export type TestDatabase = {
  url: string;
  /** A client on this database; also bound as `prisma` of '@diplomacy-graph/core/db'. */
  prisma: PrismaClient;
  /** Disconnects and drops the database. */
  drop(): Promise<void>;
};

/**
 * A fresh, migrated database of its own for a test file or suite, copied from the run's template
 * (needs the global setup of '@diplomacy-graph/core/testing/global-setup'). The process's
 * `prisma` is bound to it, so code under test that imports `prisma` uses it too.
 *
 * @example
 * const database = await createTestDatabase();
 * afterAll(() => database.drop());
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { serverUrl, templateDatabase } = inject(testServerKey);
  const url = withDatabase(serverUrl, `diplomacy_graph_test_${randomBytes(6).toString('hex')}`);
  await createDatabaseFromTemplate(url, templateDatabase);
  const prisma = createPrismaClient(url);
  bindPrismaClient(prisma);
  return {
    url,
    prisma,
    drop: async () => {
      const current = bindPrismaClient(undefined);
      // Another test database was bound since: leave that one in place.
      if (current !== prisma) bindPrismaClient(current);
      await prisma.$disconnect();
      await dropDatabase(url);
    },
  };
}
