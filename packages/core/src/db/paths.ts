import { fileURLToPath } from 'node:url';

// Where the database material of the repository lives, independent of the working directory.
const coreDir = new URL('../../', import.meta.url);

export const repoRoot = fileURLToPath(new URL('../../', coreDir));
export const schemaPath = fileURLToPath(new URL('prisma/schema.prisma', coreDir));
/** The development server's cluster (git-ignored). */
export const devDataDir = fileURLToPath(new URL('.data/postgres', new URL('../../', coreDir)));
export const migrationsDir = fileURLToPath(new URL('prisma/migrations', coreDir));

/** The name of the development database, on the embedded server or the one of DATABASE_URL. */
export const devDatabaseName = 'diplomacy_graph';
