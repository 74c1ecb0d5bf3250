import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { trackCheckedOutConnections } from './transaction-connection.ts';

/**
 * A Prisma client on the database of `url`, through the pg driver adapter. The pool is made here
 * (and closed by $disconnect) so that connectionOfTransaction can reach a transaction's connection.
 */
export function createPrismaClient(url: string): PrismaClient {
  const pool = new pg.Pool({ connectionString: url });
  trackCheckedOutConnections(pool);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  poolsOfClients.set(client, pool);
  return client;
}

// The pool under each client, so hand-written reads can share its connections (queryRows).
const poolsOfClients = new WeakMap<PrismaClient, pg.Pool>();

let bound: PrismaClient | undefined;

/**
 * Makes `client` the process's client (openDatabase and the test harness do this); `undefined`
 * unbinds it. Returns the client bound before.
 */
export function bindPrismaClient(client: PrismaClient | undefined): PrismaClient | undefined {
  const previous = bound;
  bound = client;
  return previous;
}

/**
 * The process's one Prisma client, usable once `openDatabase()` (or, in tests,
 * `createTestDatabase()`) has bound it. Importable at module load time, so resolvers and the
 * ingest code import it directly instead of receiving it through a context.
 *
 * @example
 * import { prisma } from '@diplomacy-graph/core/db';
 * const leaders = await prisma.person.findMany({ where: { countryCode: 'VN' } });
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    if (!bound) {
      throw new Error(
        'The database is not open: call openDatabase() first (in tests, createTestDatabase()).',
      );
    }
    const value = Reflect.get(bound, property, bound);
    // Methods run against the real client, whose internals a proxy receiver would not reach.
    return typeof value === 'function' ? value.bind(bound) : value;
  },
  // `'person' in prisma` must answer like the client: Pothos finds model delegates that way.
  has(_target, property) {
    return bound ? Reflect.has(bound, property) : false;
  },
});

/** The pool under the process's client (see createPrismaClient). */
function boundPool(): pg.Pool {
  if (!bound) {
    throw new Error(
      'The database is not open: call openDatabase() first (in tests, createTestDatabase()).',
    );
  }
  const pool = poolsOfClients.get(bound);
  if (!pool) throw new Error('The bound Prisma client was not made by createPrismaClient.');
  return pool;
}

// Days and timestamps without a zone are stored in UTC (as Prisma writes them); pg would read
// them in the process's zone. Everything else reads as pg reads it (bigint as a string: cast
// counts to int in the SQL).
const UTC_DATE_TYPES: Record<number, (text: string) => Date> = {
  1082: (day) => new Date(`${day}T00:00:00.000Z`), // date
  1114: (instant) => new Date(`${instant.replace(' ', 'T')}Z`), // timestamp without time zone
};
const readUtc = {
  getTypeParser: ((oid: number, format?: string) =>
    UTC_DATE_TYPES[oid] ??
    pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * Rows of one hand-written read statement, sent straight through the pg pool under the process's
 * Prisma client. A Prisma call costs several times the Node CPU of the same statement through pg
 * (query planning, serialization, result mapping), which a request that sends several statements
 * feels; writes and anything transactional stay with Prisma.
 *
 * @example
 * const rows = await queryRows<{ id: string }>('SELECT id FROM "Person" WHERE "countryCode" = $1', ['PE']);
 */
export async function queryRows<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  const result = await boundPool().query({ text: sql, values: [...params], types: readUtc });
  return result.rows as Row[];
}
