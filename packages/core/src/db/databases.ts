import pg from 'pg';

// Server-level chores (create, copy, drop a database), done from the maintenance database
// because a database cannot be created or dropped from a connection to itself.

/** The same server and credentials as `url`, pointing at `database`. */
export function withDatabase(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${encodeURIComponent(database)}`;
  return target.toString();
}

/** The database name a connection URL points at. */
export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new Error(`The database URL names no database: ${redactUrl(url)}`);
  return name;
}

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  const shown = new URL(url);
  if (shown.password) shown.password = '***';
  return shown.toString();
}

async function withMaintenanceClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database of `url` unless it exists; true when it was created. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseNameOf(url);
  return withMaintenanceClient(url, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  });
}

/** Creates the database of `url` as a copy of `template` (which must have no open connection). */
export async function createDatabaseFromTemplate(url: string, template: string): Promise<void> {
  await withMaintenanceClient(url, async (client) => {
    await client.query(
      `CREATE DATABASE ${client.escapeIdentifier(databaseNameOf(url))} TEMPLATE ${client.escapeIdentifier(template)}`,
    );
  });
}

/** Drops the database of `url` if it exists, closing the connections still open on it. */
export async function dropDatabase(url: string): Promise<void> {
  await withMaintenanceClient(url, async (client) => {
    await client.query(
      `DROP DATABASE IF EXISTS ${client.escapeIdentifier(databaseNameOf(url))} WITH (FORCE)`,
    );
  });
}
