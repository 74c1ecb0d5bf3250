// Errors that mean "the database is not there right now", as opposed to a bug: the pg driver's
// connection failures and Prisma's codes for an unreachable or closed server.
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08003',
  '08006',
  'P1001',
  'P1002',
  'P1017',
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
]);

// Prisma's driver adapter folds the server's SQLSTATE into its message ("Code: `57P01`").
const CONNECTION_MESSAGES =
  /ECONNREFUSED|Connection terminated|connection (?:is )?closed|terminating connection|the database system is (?:starting up|shutting down)|not currently accepting connections|Can't reach database server|The database is not open|Code: `(?:08\w{3}|57P0[123])`/i;

/** Whether `error`, or anything in its cause chain, says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as {
      code?: unknown;
      message?: unknown;
      kind?: unknown;
      cause?: unknown;
      originalError?: unknown;
    };
    if (typeof record.code === 'string' && CONNECTION_CODES.has(record.code)) return true;
    if (typeof record.kind === 'string' && CONNECTION_CODES.has(record.kind)) return true;
    if (typeof record.message === 'string' && CONNECTION_MESSAGES.test(record.message)) return true;
    current = record.originalError ?? record.cause;
  }
  return false;
}
