import pg from 'pg';

/**
 * Runs `work` and returns the SQL statements sent to PostgreSQL meanwhile, counted where they
 * leave the process: in the pg driver under Prisma's adapter (one client per pool connection).
 */
export async function recordSql<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const send = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [first] = args;
    statements.push(typeof first === 'string' ? first : String((first as { text?: string })?.text));
    return send.apply(this, args);
  };
  try {
    return { result: await work(), statements };
  } finally {
    prototype.query = send;
  }
}
