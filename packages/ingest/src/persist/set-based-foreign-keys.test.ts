import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from './insert-rows.ts';
import { writeWithSetBasedForeignKeys } from './set-based-foreign-keys.ts';

const article = { id: 'a1', fileName: 'a.txt', language: 'en', text: 'Lawrence Wong spoke.' };
const mention = (personId: string | null) => ({
  id: `m-${personId}`,
  articleId: 'a1',
  start: 0,
  end: 13,
  text: 'Lawrence Wong',
  kind: 'PERSON',
  personId,
});
const mentionColumns = ['id', 'articleId', 'start', 'end', 'text', 'kind', 'personId'];

describe('writeWithSetBasedForeignKeys against PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const write = (rows: object[]) =>
    database.prisma.$transaction((tx) =>
      writeWithSetBasedForeignKeys(tx, ['Article', 'Mention'], async () => {
        await insertRows(tx, 'Article', ['id', 'fileName', 'language', 'text'], [article]);
        await insertRows(tx, 'Mention', mentionColumns, rows);
      }),
    );

  it('rejects a row whose parent is missing, naming the constraint, and writes nothing', async () => {
    // The bulk check's own message: the per-row triggers were really off during the write.
    await expect(write([mention(null), mention('nobody')])).rejects.toThrow(
      'the written graph violates foreign keys: Mention_personId_fkey',
    );
    expect(await database.prisma.article.count()).toBe(0);
    expect(await database.prisma.mention.count()).toBe(0);
  });

  it('writes consistent rows (a NULL reference is exempt) and restores per-row checks', async () => {
    await write([mention(null)]);
    expect(await database.prisma.mention.count()).toBe(1);
    // Outside the write, a dangling reference is refused by Postgres itself again.
    await expect(
      insertRows(database.prisma, 'Mention', mentionColumns, [mention('nobody')]),
    ).rejects.toThrow(/Mention_personId_fkey|foreign key/);
  });

  it('rejects a delete that would need a cascade, since cascades are off too', async () => {
    const deleteArticle = database.prisma.$transaction((tx) =>
      writeWithSetBasedForeignKeys(tx, ['Article'], async () => {
        await tx.$executeRawUnsafe('DELETE FROM "Article"');
      }),
    );
    await expect(deleteArticle).rejects.toThrow(
      'the written graph violates foreign keys: Mention_articleId_fkey',
    );
    expect(await database.prisma.mention.count()).toBe(1);
  });
});
