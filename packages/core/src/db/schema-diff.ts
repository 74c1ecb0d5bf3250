import { readFile } from 'node:fs/promises';
import { readMigrations, toMigrationFolderName, writeMigration } from './migrations-folder.ts';
import { migrationsDir as defaultMigrationsDir, schemaPath as defaultSchemaPath } from './paths.ts';
import { withSchemaEngine } from './schema-engine.ts';

export type SchemaSources = {
  /** The Prisma schema, the desired state. */
  schemaPath?: string;
  /** The migrations folder, the recorded history. */
  migrationsDir?: string;
};

/**
 * The SQL that takes a database built by the migrations to the state `schema.prisma` describes,
 * or `undefined` when they agree. The engine replays the migrations on a temporary shadow
 * database of the server of `url` (the database of `url` itself is not touched).
 */
async function diffSchemaAgainstMigrations(
  url: string,
  { schemaPath = defaultSchemaPath, migrationsDir = defaultMigrationsDir }: SchemaSources = {},
): Promise<string | undefined> {
  const [schema, migrationsList] = await Promise.all([
    readFile(schemaPath, 'utf8'),
    readMigrations(migrationsDir),
  ]);
  const result = await withSchemaEngine(url, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      // Exit code 2 means "not empty", as with `prisma migrate diff --exit-code`.
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    }),
  );
  return result.exitCode === 2 ? (result.stdout ?? '') : undefined;
}

export type DriftReport = { inSync: true } | { inSync: false; missingMigration: string };

/** Whether the migrations produce exactly the schema of `schema.prisma` (CI fails otherwise). */
export async function checkMigrationDrift(
  url: string,
  sources: SchemaSources = {},
): Promise<DriftReport> {
  const script = await diffSchemaAgainstMigrations(url, sources);
  return script === undefined ? { inSync: true } : { inSync: false, missingMigration: script };
}

/**
 * Writes the next migration, `<timestamp>_<name>/migration.sql`, from the change of
 * `schema.prisma` since the last migration.
 *
 * @returns the new folder's name, or `undefined` when there is no change to record
 */
export async function createMigration(
  url: string,
  name: string,
  sources: SchemaSources = {},
): Promise<string | undefined> {
  const folder = toMigrationFolderName(name); // rejects a bad name before the slow diff
  const script = await diffSchemaAgainstMigrations(url, sources);
  if (script === undefined) return undefined;
  await writeMigration(sources.migrationsDir ?? defaultMigrationsDir, folder, script);
  return folder;
}
