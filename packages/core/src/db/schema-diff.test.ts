import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { migrateDatabase } from './migrate.ts';
import { migrationsDir, schemaPath } from './paths.ts';
import { checkMigrationDrift, createMigration } from './schema-diff.ts';

// Each diff replays the migrations on a shadow database: about a second each.
const diffTimeout = 30_000;

const probeColumnSql = 'ADD COLUMN     "driftProbe" TEXT';

let database: TestDatabase;
let workDir: string;

// A copy of the schema with one field more (a name no real field will take), as someone would
// add a field and forget the migration.
async function copySchemaWithProbeField(): Promise<string> {
  const schema = await readFile(schemaPath, 'utf8');
  const changed = schema.replace(/(\n\s+timeOfDay\s+String\?)/, '$1\n  driftProbe String?');
  expect(changed).not.toBe(schema);
  const path = join(workDir, 'schema.prisma');
  await writeFile(path, changed);
  return path;
}

beforeAll(async () => {
  database = await createTestDatabase();
  workDir = await mkdtemp(join(tmpdir(), 'diplomacy-graph-schema-diff-'));
});

afterAll(async () => {
  await database.drop();
  await rm(workDir, { recursive: true, force: true });
});

describe('checkMigrationDrift', () => {
  it(
    'finds schema.prisma and the committed migrations in agreement',
    async () => {
      // When this fails, run `pnpm db:migration <name>` and commit the new migration.
      expect(await checkMigrationDrift(database.url)).toEqual({ inSync: true });
    },
    diffTimeout,
  );

  it(
    'reports the missing SQL when the schema has a field no migration creates',
    async () => {
      const report = await checkMigrationDrift(database.url, {
        schemaPath: await copySchemaWithProbeField(),
      });
      // toContain, not toBe: a real drift of schema.prisma fails the test above, not this one.
      expect(report).toEqual({
        inSync: false,
        missingMigration: expect.stringContaining(probeColumnSql),
      });
    },
    diffTimeout,
  );
});

describe('createMigration', () => {
  it(
    'writes the next migration for a changed schema, then finds nothing more to write',
    async () => {
      const sources = {
        schemaPath: await copySchemaWithProbeField(),
        migrationsDir: join(workDir, 'migrations'),
      };
      await cp(migrationsDir, sources.migrationsDir, { recursive: true });
      const before = await readdir(sources.migrationsDir);

      const folder = await createMigration(database.url, 'Add drift probe', sources);

      expect(folder).toMatch(/^\d{14}_add_drift_probe$/);
      expect((await readdir(sources.migrationsDir)).sort()).toEqual([...before, folder].sort());
      expect(
        await readFile(join(sources.migrationsDir, `${folder}/migration.sql`), 'utf8'),
      ).toContain(probeColumnSql);
      expect(await createMigration(database.url, 'again', sources)).toBeUndefined();
      // The new migration applies on top of the committed ones (the test database has those).
      expect(await migrateDatabase(database.url, sources)).toEqual([folder]);
    },
    diffTimeout,
  );

  it('leaves no shadow database behind', async () => {
    const shadows = await database.prisma.$queryRaw<{ datname: string }[]>`
      SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'`;
    expect(shadows).toEqual([]);
  });

  it('rejects a name that gives an empty folder name, before any work', async () => {
    await expect(createMigration(database.url, '  !! ')).rejects.toThrow(
      /not a usable migration name/,
    );
  });
});
