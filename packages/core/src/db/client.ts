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
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

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
