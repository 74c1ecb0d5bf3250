import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { prisma } from './client.ts';
import { connectionOfTransaction } from './transaction-connection.ts';

const peru = { code: 'PE', nameEn: 'Peru', nameFr: 'Pérou', demonyms: ['Peruvian'] };
const countCountries = async (query: (sql: string) => Promise<{ rows: { n: number }[] }>) =>
  (await query('SELECT count(*)::int AS n FROM "Country"')).rows[0]?.n;

describe('connectionOfTransaction', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('runs statements inside the Prisma transaction: they see its writes and share its fate', async () => {
    const failed = prisma.$transaction(async (tx) => {
      await tx.country.create({ data: peru });
      const connection = await connectionOfTransaction(tx);
      expect(await countCountries((sql) => connection.query(sql))).toBe(1);
      await connection.query(
        `INSERT INTO "Country" ("code", "nameEn", "nameFr") VALUES ('CL', 'Chile', 'Chili')`,
      );
      expect(await tx.country.count()).toBe(2);
      expect(await prisma.country.count()).toBe(0); // not committed yet
      throw new Error('roll back');
    });
    await expect(failed).rejects.toThrow('roll back');
    expect(await prisma.country.count()).toBe(0);
  });

  it('tells two concurrent transactions apart', async () => {
    const pids = await Promise.all(
      [0, 1].map(() =>
        prisma.$transaction(async (tx) => {
          const connection = await connectionOfTransaction(tx);
          const [fromPrisma] = await tx.$queryRawUnsafe<{ pid: number }[]>(
            'SELECT pg_backend_pid() AS pid',
          );
          const fromConnection = await connection.query('SELECT pg_backend_pid() AS pid');
          // Hold both transactions open at once.
          await new Promise((resolve) => setTimeout(resolve, 100));
          expect(fromConnection.rows[0]?.pid).toBe(fromPrisma?.pid);
          return fromPrisma?.pid;
        }),
      ),
    );
    expect(new Set(pids).size).toBe(2);
  });
});
