import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { prisma, queryRows } from './client.ts';

describe('prisma, the process client', () => {
  let database: TestDatabase | undefined;
  afterAll(() => database?.drop());

  it('says the database is not open before anything bound it', () => {
    expect(() => prisma.person).toThrow(/The database is not open/);
    expect('person' in prisma).toBe(false);
  });

  it('reaches the database bound by the test harness', async () => {
    database = await createTestDatabase();
    await database.prisma.country.create({
      data: { code: 'PE', nameEn: 'Peru', nameFr: 'Pérou', demonyms: ['Peruvian'] },
    });

    expect(await prisma.country.findMany({ select: { code: true } })).toEqual([{ code: 'PE' }]);
    expect('person' in prisma).toBe(true); // how Pothos finds model delegates
    expect(await prisma.$queryRaw`SELECT current_database() AS name`).toEqual([
      { name: new URL(database.url).pathname.slice(1) },
    ]);
  });

  it('sends hand-written reads through the same database, days and instants read in UTC', async () => {
    const rows = await queryRows<{ name: string; day: Date; instant: Date; codes: string[] }>(
      `SELECT current_database() AS name, '2024-11-16'::date AS day,
              '2024-11-16 23:30:00'::timestamp AS instant, array_agg(code) AS codes
       FROM "Country" WHERE code = $1`,
      ['PE'],
    );
    expect(rows).toEqual([
      {
        name: new URL(database?.url ?? '').pathname.slice(1),
        day: new Date('2024-11-16T00:00:00.000Z'),
        instant: new Date('2024-11-16T23:30:00.000Z'),
        codes: ['PE'],
      },
    ]);
  });

  it('is unbound again once the test database is dropped', async () => {
    await database?.drop();
    database = undefined;
    expect(() => prisma.person).toThrow(/The database is not open/);
    await expect(queryRows('SELECT 1')).rejects.toThrow(/The database is not open/);
  });
});
