import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { testServerKey } from '../testing/provided-context.ts';
import { createPrismaClient } from './client.ts';
import { dropDatabase, ensureDatabase, withDatabase } from './databases.ts';
import { migrateDatabase } from './migrate.ts';
import { readMigrations } from './migrations-folder.ts';
import { migrationsDir } from './paths.ts';

// Starts from an empty database (not the harness's template) to exercise the migrations.
const url = withDatabase(inject(testServerKey).serverUrl, `migrate_test_${process.pid}`);
let prisma: PrismaClient;
const sentence = 'President Lương Cường met President Dina Boluarte in Lima.';

beforeAll(async () => {
  await ensureDatabase(url);
  prisma = createPrismaClient(url);
});

afterAll(async () => {
  await prisma.$disconnect();
  await dropDatabase(url);
});

describe('migrateDatabase', () => {
  it('applies every migration to an empty database, then nothing more', async () => {
    const folders = (await readMigrations(migrationsDir)).migrationDirectories.map((m) => m.path);
    expect(folders.length).toBeGreaterThan(0);

    expect(await migrateDatabase(url)).toEqual(folders);
    expect(await migrateDatabase(url)).toEqual([]);
  });

  it('records the migrations as `prisma migrate deploy` does', async () => {
    const rows = await prisma.$queryRaw<
      { migration_name: string; checksum: string; finished: boolean; applied_steps_count: number }[]
    >`SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count
      FROM _prisma_migrations ORDER BY migration_name`;
    const [first] = rows;
    if (!first) throw new Error('no migration recorded');
    const script = await readFile(join(migrationsDir, first.migration_name, 'migration.sql'));
    expect(first).toEqual({
      migration_name: first.migration_name,
      checksum: createHash('sha256').update(script).digest('hex'),
      finished: true,
      applied_steps_count: 1,
    });
  });

  it('gives a schema that stores and returns an event with participants and evidence', async () => {
    await prisma.country.create({
      data: { code: 'VN', nameEn: 'Viet Nam', nameFr: 'Viêt Nam', demonyms: ['Vietnamese'] },
    });
    await prisma.person.createMany({
      data: [
        {
          id: 'luong-cuong',
          canonicalName: 'Lương Cường',
          foldedName: 'luong cuong',
          nameKey: 'cuong luong',
          aliases: ['Luong Cuong'],
          countryCode: 'VN',
        },
        {
          id: 'dina-boluarte',
          canonicalName: 'Dina Boluarte',
          foldedName: 'dina boluarte',
          nameKey: 'boluarte dina',
          aliases: ['Boluarte'],
        },
      ],
    });
    await prisma.article.create({
      data: { id: 'article-1', fileName: 'apec.txt', language: 'en', text: sentence },
    });
    await prisma.event.create({
      data: {
        id: 'meeting-1',
        type: 'BILATERAL_MEETING',
        dateStart: new Date('2024-11-14'),
        datePrecision: 'DAY',
        participants: {
          create: [
            { personId: 'luong-cuong', role: 'GUEST' },
            { personId: 'dina-boluarte', role: 'HOST' },
          ],
        },
        evidence: {
          create: {
            evidence: {
              create: {
                id: 'evidence-1',
                articleId: 'article-1',
                start: 0,
                end: sentence.length,
                quote: sentence,
              },
            },
          },
        },
      },
    });

    const event = await prisma.event.findUniqueOrThrow({
      where: { id: 'meeting-1' },
      include: {
        participants: { include: { person: true }, orderBy: { role: 'asc' } },
        evidence: { include: { evidence: { include: { article: true } } } },
      },
    });
    expect({
      type: event.type,
      date: event.dateStart?.toISOString().slice(0, 10),
      participants: event.participants.map((p) => [
        p.role,
        p.person.canonicalName,
        p.person.countryCode,
      ]),
      evidence: event.evidence.map(({ evidence }) => [
        evidence.article.fileName,
        evidence.start,
        evidence.end,
        evidence.quote,
      ]),
    }).toMatchInlineSnapshot(`
      {
        "date": "2024-11-14",
        "evidence": [
          [
            "apec.txt",
            0,
            58,
            "President Lương Cường met President Dina Boluarte in Lima.",
          ],
        ],
        "participants": [
          [
            "HOST",
            "Dina Boluarte",
            null,
          ],
          [
            "GUEST",
            "Lương Cường",
            "VN",
          ],
        ],
        "type": "BILATERAL_MEETING",
      }
    `);
  });
});
