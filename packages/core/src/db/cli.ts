// pnpm db:migrate | pnpm db:migration NAME | pnpm --filter @diplomacy-graph/core db:drift
import { logger } from '../logger.ts';
import { connectDevServer, openDatabase } from './open-database.ts';
import { checkMigrationDrift, createMigration } from './schema-diff.ts';

const usage = 'usage: cli.ts migrate | migration <name> | drift';

async function migrate(): Promise<number> {
  const database = await openDatabase();
  await database.close();
  return 0;
}

async function migration(name: string | undefined): Promise<number> {
  if (!name) {
    logger.error(`a migration needs a name, e.g. pnpm db:migration add-event-notes (${usage})`);
    return 1;
  }
  const server = await connectDevServer();
  try {
    const folder = await createMigration(server.url, name);
    if (folder) logger.info({ folder }, 'created migration prisma/migrations/%s', folder);
    else logger.info('no changes: schema.prisma and the migrations agree');
    return 0;
  } finally {
    await server.stop();
  }
}

async function drift(): Promise<number> {
  const server = await connectDevServer();
  try {
    const report = await checkMigrationDrift(server.url);
    if (report.inSync) {
      logger.info('schema.prisma and the migrations agree');
      return 0;
    }
    logger.error(
      `schema.prisma differs from the migrations; run pnpm db:migration <name>. Missing:\n${report.missingMigration}`,
    );
    return 2;
  } finally {
    await server.stop();
  }
}

const [command, argument] = process.argv.slice(2);
const commands: Record<string, () => Promise<number>> = {
  migrate,
  migration: () => migration(argument),
  drift,
};
const run = command ? commands[command] : undefined;
if (!run) {
  logger.error(usage);
  process.exitCode = 1;
} else {
  process.exitCode = await run();
}
