import { logger } from '../logger.ts';
import { databaseNameOf } from './databases.ts';
import { readMigrations } from './migrations-folder.ts';
import { migrationsDir as defaultMigrationsDir } from './paths.ts';
import { withSchemaEngine } from './schema-engine.ts';

/**
 * Applies the pending migrations of the migrations folder to the database of `url`, recording
 * them in `_prisma_migrations` exactly as `prisma migrate deploy` does. Idempotent.
 *
 * @returns the names of the migrations applied now (empty when the database was up to date)
 */
export async function migrateDatabase(
  url: string,
  { migrationsDir = defaultMigrationsDir }: { migrationsDir?: string } = {},
): Promise<string[]> {
  const migrationsList = await readMigrations(migrationsDir);
  const { appliedMigrationNames } = await withSchemaEngine(url, (engine) =>
    engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } }),
  );
  const database = databaseNameOf(url);
  if (appliedMigrationNames.length > 0) {
    logger.info({ database, migrations: appliedMigrationNames }, 'applied migrations');
  } else {
    logger.debug({ database }, 'database schema up to date');
  }
  return appliedMigrationNames;
}
