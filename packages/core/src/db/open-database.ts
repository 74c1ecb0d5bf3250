import { logger } from '../logger.ts';
import { bindPrismaClient, createPrismaClient } from './client.ts';
import { ensureDatabase, redactUrl, withDatabase } from './databases.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { databaseEnv } from './env.ts';
import { migrateDatabase } from './migrate.ts';
import { devDatabaseName, devDataDir } from './paths.ts';

export type DevServer = {
  /** URL of the development database (it exists once this returns). */
  url: string;
  /** Stops the embedded server if this process started it; a no-op with DATABASE_URL. */
  stop(): Promise<void>;
};

/**
 * The server of DATABASE_URL, or else the embedded one (started if needed), with the
 * development database created if missing. Not migrated: see `openDatabase`.
 */
export async function connectDevServer(): Promise<DevServer> {
  let url = databaseEnv.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const server = await startEmbeddedPostgres({
      dataDir: devDataDir,
      port: databaseEnv.EMBEDDED_POSTGRES_PORT,
    });
    url = withDatabase(server.url, devDatabaseName);
    stop = server.stop;
  }
  if (await ensureDatabase(url)) logger.info({ url: redactUrl(url) }, 'created the database');
  return { url, stop };
}

export type OpenDatabase = {
  url: string;
  /** Disconnects the Prisma client and stops the embedded server this process started. */
  close(): Promise<void>;
};

/**
 * Makes the database ready for this process: server (embedded or DATABASE_URL), database,
 * pending migrations, then binds the process's `prisma` client to it.
 *
 * @example
 * const database = await openDatabase();
 * const count = await prisma.event.count();
 * await database.close();
 */
export async function openDatabase(): Promise<OpenDatabase> {
  const server = await connectDevServer();
  try {
    await migrateDatabase(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const client = createPrismaClient(server.url);
  bindPrismaClient(client);
  logger.info({ url: redactUrl(server.url) }, 'database ready');
  return {
    url: server.url,
    close: async () => {
      bindPrismaClient(undefined);
      await client.$disconnect();
      await server.stop();
    },
  };
}
