// The pg connection under a Prisma interactive transaction, for the few statements Prisma cannot
// send (COPY FROM STDIN streams rows several times faster than INSERT statements). Prisma's pg
// adapter runs each interactive transaction on one connection checked out of the pool; the pools
// made here remember which connections are checked out, so the transaction's own one can be found
// by its server process id.
import type pg from 'pg';
import type { Prisma } from '../generated/prisma/client.ts';

/** A connection inside a transaction: statements sent on it are part of that transaction. */
export type TransactionConnection = pg.PoolClient;

const checkedOut = new Set<pg.PoolClient>();

/** Makes the connections `pool` hands out findable by `connectionOfTransaction`. */
export function trackCheckedOutConnections(pool: pg.Pool): void {
  pool.on('acquire', (connection) => checkedOut.add(connection));
  pool.on('release', (_error, connection) => checkedOut.delete(connection));
  pool.on('remove', (connection) => checkedOut.delete(connection as pg.PoolClient));
}

// pg sets it from the server's BackendKeyData; @types/pg does not declare it.
const processIdOf = (connection: pg.PoolClient) =>
  (connection as pg.PoolClient & { processID?: number | null }).processID;

/**
 * The pg connection that runs `tx` (a transaction of a client made by createPrismaClient). Send
 * nothing on it while a statement of `tx` is pending, and nothing after `tx` ends.
 * @throws Error when the connection cannot be told apart (not a client of createPrismaClient)
 * @example
 * await prisma.$transaction(async (tx) => {
 *   const connection = await connectionOfTransaction(tx);
 *   await connection.query('SELECT 1'); // inside tx
 * });
 */
export async function connectionOfTransaction(
  tx: Prisma.TransactionClient,
): Promise<TransactionConnection> {
  const [backend] = await tx.$queryRawUnsafe<{ pid: number; database: string }[]>(
    'SELECT pg_backend_pid() AS "pid", current_database()::text AS "database"',
  );
  const matches = [...checkedOut].filter(
    (connection) =>
      processIdOf(connection) === backend?.pid && connection.database === backend?.database,
  );
  const [connection] = matches;
  if (!connection || matches.length > 1) {
    throw new Error(
      `the connection of this transaction (server process ${backend?.pid}) is not a tracked pool connection`,
    );
  }
  return connection;
}
