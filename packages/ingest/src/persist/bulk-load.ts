// The first graph written into an empty database is a bulk load: a million rows, each of which
// would update every secondary index of its table one entry at a time (a B-tree descent, a page
// split now and then, WAL for each). Building an index once over the loaded rows sorts them in one
// pass instead, which saved ~40 % of the server's CPU on 3,000 generated articles. Dropping an
// index locks its table until the commit, so this is only done while the graph is empty: a reader
// then waits for the first graph instead of seeing an empty one, and never for a graph it could
// read before. Inside the write's transaction, a failure or crash restores the indexes with the rest.
import type { TransactionConnection } from '@diplomacy-graph/core/db';

// Sorting in memory instead of in temporary files; the default (64 MB) spills on large tables.
const INDEX_BUILD_MEMORY = '256MB';

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** Whether none of `tables` holds a row (what decides a bulk load). */
export async function tablesAreEmpty(
  connection: TransactionConnection,
  tables: readonly string[],
): Promise<boolean> {
  const probes = tables.map((table) => `NOT EXISTS (SELECT 1 FROM ${quote(table)})`);
  const result = await connection.query(`SELECT ${probes.join(' AND ')} AS "empty"`);
  return result.rows[0]?.empty === true;
}

/** The indexes of `tables` that back no constraint (so not primary keys), with their definitions. */
async function listSecondaryIndexes(
  connection: TransactionConnection,
  tables: readonly string[],
): Promise<{ name: string; definition: string }[]> {
  const result = await connection.query(
    `SELECT i.relname::text AS "name", pg_get_indexdef(i.oid) AS "definition"
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
      WHERE t.relnamespace = current_schema()::regnamespace
        AND t.relname = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    [tables],
  );
  return result.rows as { name: string; definition: string }[];
}

/**
 * Runs `load` (which fills `tables`) with their secondary indexes dropped, and rebuilds them after.
 * Only for tables that were empty before the transaction (see above).
 */
export async function loadWithIndexesBuiltAfter(
  connection: TransactionConnection,
  tables: readonly string[],
  load: () => Promise<void>,
): Promise<void> {
  const indexes = await listSecondaryIndexes(connection, tables);
  for (const index of indexes) await connection.query(`DROP INDEX ${quote(index.name)}`);
  await load();
  await connection.query(`SET LOCAL maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
  for (const index of indexes) await connection.query(index.definition);
}
