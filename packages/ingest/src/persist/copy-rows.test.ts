import { connectionOfTransaction } from '@diplomacy-graph/core/db';
import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRows, encodeCopyField } from './copy-rows.ts';
import { insertRows } from './insert-rows.ts';

const personColumns = ['id', 'canonicalName', 'foldedName', 'nameKey', 'aliases', 'confidence'];
// Every character COPY's text format or an array literal treats specially, and values that look
// like its markers.
const awkward = [
  'tab\there',
  'line\nbreak\r\nand return',
  'back\\slash \\N \\t',
  'quote " and {braces}, commas',
  'NULL',
  '',
  'Lương Cường',
];
const people = awkward.map((name, i) => ({
  id: `person_${i}`,
  canonicalName: name,
  foldedName: name.toLowerCase(),
  nameKey: name,
  aliases: i === 0 ? [] : [name, 'NULL', `${name}"`, '\\'],
  confidence: [0.6, 0.84, 0.9359999999999999, 1 / 3, 0, 1e-7, 123456.789][i],
}));
const eventColumns = ['id', 'type', 'name', 'dateStart', 'dateEnd', 'datePrecision', 'confidence'];
const events = [
  {
    id: 'event_1',
    type: 'GATHERING',
    name: 'Summit\tweek',
    dateStart: '2024-11-15',
    dateEnd: null,
    datePrecision: 'DAY',
    confidence: 0.6,
  },
  {
    id: 'event_2',
    type: 'VISIT',
    name: null,
    dateStart: null,
    dateEnd: null,
    datePrecision: null,
    confidence: 0,
  },
];

describe('encodeCopyField', () => {
  it("escapes COPY's markers and writes NULL and arrays as PostgreSQL reads them", () => {
    expect(encodeCopyField(null)).toBe('\\N');
    expect(encodeCopyField('a\tb\\c\nd')).toBe('a\\tb\\\\c\\nd');
    expect(encodeCopyField(['x "y"', 'NULL'])).toBe('{"x \\\\"y\\\\"","NULL"}');
    expect(encodeCopyField(0.1 + 0.2)).toBe('0.30000000000000004');
  });
});

describe('copyRows against PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const stored = (table: string) =>
    database.prisma.$queryRawUnsafe<{ row: unknown }[]>(
      `SELECT to_jsonb(t) AS "row" FROM "${table}" t ORDER BY "id"`,
    );

  it('stores exactly what the INSERT path stores', async () => {
    await database.prisma.$transaction(async (tx) => {
      await insertRows(tx, 'Person', personColumns, people);
      await insertRows(tx, 'Event', eventColumns, events);
    });
    const byInsert = { people: await stored('Person'), events: await stored('Event') };
    await database.prisma.$executeRawUnsafe('DELETE FROM "Person"; DELETE FROM "Event"');
    expect(await stored('Person')).toEqual([]);

    let reported = 0;
    await database.prisma.$transaction(async (tx) => {
      const connection = await connectionOfTransaction(tx);
      await copyRows(connection, 'Person', personColumns, people, (rows) => {
        reported += rows;
      });
      await copyRows(connection, 'Event', eventColumns, events);
    });
    expect(reported).toBe(people.length);
    expect({ people: await stored('Person'), events: await stored('Event') }).toEqual(byInsert);
    expect(byInsert.people).toHaveLength(people.length);
  });

  it('fails on a rejected row and leaves the transaction to roll back', async () => {
    const before = await stored('Person');
    const write = database.prisma.$transaction(async (tx) => {
      const connection = await connectionOfTransaction(tx);
      const fresh = { ...people[1], id: 'person_new' };
      await copyRows(connection, 'Person', personColumns, [fresh, people[0] as object]);
    });
    await expect(write).rejects.toThrow(/duplicate key value violates unique constraint/);
    expect(await stored('Person')).toEqual(before);
  });
});
