import { connectionOfTransaction, type Prisma } from '@diplomacy-graph/core/db';
import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWithIndexesBuiltAfter, tablesAreEmpty } from './bulk-load.ts';
import { copyRows } from './copy-rows.ts';

const TABLES = ['Article', 'Evidence', 'Mention'];
const article = { id: 'a1', fileName: 'a.txt', language: 'en', text: 'Lawrence Wong spoke.' };
const mention = (id: string) => ({
  id,
  articleId: 'a1',
  start: 0,
  end: 13,
  text: 'Lawrence Wong',
  kind: 'PERSON',
});
const evidence = (id: string) => ({
  id,
  articleId: 'a1',
  start: 0,
  end: 20,
  quote: 'Lawrence Wong',
});

describe('loadWithIndexesBuiltAfter against PostgreSQL', () => {
  let database: TestDatabase;
  let indexesBefore: string[];
  const listIndexes = async (
    client: Pick<Prisma.TransactionClient, '$queryRawUnsafe'> = database.prisma,
  ) =>
    (
      await client.$queryRawUnsafe<{ definition: string }[]>(
        `SELECT indexdef AS "definition" FROM pg_indexes
          WHERE schemaname = current_schema() AND tablename = ANY($1::text[]) ORDER BY indexname`,
        TABLES,
      )
    ).map((row) => row.definition);
  const load = (evidenceRows: object[], mentionRows: object[] = []) =>
    database.prisma.$transaction(async (tx) => {
      const connection = await connectionOfTransaction(tx);
      const empty = await tablesAreEmpty(connection, TABLES);
      await loadWithIndexesBuiltAfter(connection, TABLES, async () => {
        // Dropped for the load: a unique index checks nothing until it is rebuilt.
        expect((await listIndexes(tx)).length).toBeLessThan(indexesBefore.length);
        await copyRows(connection, 'Article', Object.keys(article), [article]);
        await copyRows(connection, 'Evidence', Object.keys(evidence('e')), evidenceRows);
        await copyRows(connection, 'Mention', Object.keys(mention('m')), mentionRows);
      });
      return empty;
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    indexesBefore = await listIndexes();
  });
  afterAll(() => database.drop());

  it('rolls everything back, indexes included, when a rebuilt unique index finds a duplicate', async () => {
    await expect(load([evidence('e1')], [mention('m1'), mention('m1')])).rejects.toThrow(
      /could not create unique index "Mention_pkey"/,
    );
    expect(await listIndexes()).toEqual(indexesBefore);
    await expect(load([evidence('e1'), evidence('e2')])).rejects.toThrow(
      /could not create unique index "Evidence_articleId_start_end_key"/,
    );
    expect(await listIndexes()).toEqual(indexesBefore);
    expect(await database.prisma.article.count()).toBe(0);
  });

  it('loads empty tables and rebuilds every index exactly as it was', async () => {
    expect(await load([evidence('e1')], [mention('m1'), mention('m2')])).toBe(true);
    expect(await listIndexes()).toEqual(indexesBefore);
    expect(await database.prisma.evidence.count()).toBe(1);
    expect(await database.prisma.mention.count()).toBe(2);
    // Filled now: the next write is an ordinary one.
    expect(
      await database.prisma.$transaction(async (tx) =>
        tablesAreEmpty(await connectionOfTransaction(tx), TABLES),
      ),
    ).toBe(false);
  });
});
