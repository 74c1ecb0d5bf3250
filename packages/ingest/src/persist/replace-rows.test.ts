import { connectionOfTransaction } from '@diplomacy-graph/core/db';
import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceRows } from './replace-rows.ts';

const people = {
  table: 'Person',
  columns: ['id', 'canonicalName', 'foldedName', 'nameKey', 'aliases', 'confidence'],
  key: ['id'],
};
const person = (id: string, name: string, aliases: string[] = []) => ({
  id,
  canonicalName: name,
  foldedName: name.toLowerCase(),
  nameKey: name.toLowerCase(),
  aliases,
  confidence: 0.6,
});

describe('replaceRows against PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.prisma.country.create({
      data: { code: 'MY', nameEn: 'Malaysia', nameFr: 'Malaisie', demonyms: ['Malaysian'] },
    });
  });
  afterAll(() => database.drop());

  const replace = (rows: object[]) =>
    database.prisma.$transaction(async (tx) =>
      replaceRows(await connectionOfTransaction(tx), people, rows),
    );
  const stored = () =>
    database.prisma.$queryRawUnsafe<{ id: string; name: string; at: string }[]>(
      `SELECT "id", "canonicalName" AS "name", ctid::text AS "at" FROM "Person" ORDER BY "id"`,
    );

  it('fills an empty table, then rewrites only the rows that changed', async () => {
    await replace([person('a', 'Anwar Ibrahim'), person('b', 'Lawrence Wong'), person('c', 'Xi')]);
    const before = await stored();
    expect(before.map((row) => row.name)).toEqual(['Anwar Ibrahim', 'Lawrence Wong', 'Xi']);
    // A stored column the new rows do not give goes back to its default, as on an INSERT.
    await database.prisma.$executeRawUnsafe(
      `UPDATE "Person" SET "countryCode" = 'MY' WHERE "id" = 'a'`,
    );

    await replace([
      person('a', 'Anwar Ibrahim'),
      person('b', 'Lawrence Wong', ['Wong']),
      person('d', 'Dina Boluarte'),
    ]);
    const after = await stored();
    expect(after.map((row) => [row.id, row.name])).toEqual([
      ['a', 'Anwar Ibrahim'],
      ['b', 'Lawrence Wong'],
      ['d', 'Dina Boluarte'],
    ]);
    const row = await database.prisma.person.findUniqueOrThrow({ where: { id: 'a' } });
    expect(row.countryCode).toBeNull();
    expect(
      (await database.prisma.person.findUniqueOrThrow({ where: { id: 'b' } })).aliases,
    ).toEqual(['Wong']);

    // Replaced by the same rows: none is rewritten (each keeps its physical place).
    const settled = await stored();
    await replace([
      person('a', 'Anwar Ibrahim'),
      person('b', 'Lawrence Wong', ['Wong']),
      person('d', 'Dina Boluarte'),
    ]);
    expect(await stored()).toEqual(settled);
  });
});
