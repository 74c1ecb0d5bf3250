// The first graph written into an empty database is a bulk load: a million rows, each of which
// would update every index of its table one entry at a time (a B-tree descent, a page split now
// and then, WAL for each). Building an index once over the loaded rows sorts them in one pass
// instead: secondary indexes, and the primary keys of the tables no foreign key points at (the
// link tables and mentions, most of the rows). On 10,000 generated articles that took the server's
// CPU for the write from 16–20 s to ~10 s. Dropping an index locks its table until the commit, so
// this is only done while the graph is empty: a reader then waits for the first graph instead of
// seeing an empty one, and never for a graph it could read before. Inside the write's
// transaction, a failure or crash restores the indexes with the rest.
import type { TransactionConnection } from '@diplomacy-graph/core/db';
import { quoteIdentifier } from './quote-identifier.ts';

// Sorting in memory instead of in temporary files; the default (64 MB) spills on large tables.
const INDEX_BUILD_MEMORY = '256MB';

/** Whether none of `tables` holds a row (what decides a bulk load). */
export async function tablesAreEmpty(
  connection: TransactionConnection,
  tables: readonly string[],
): Promise<boolean> {
  const probes = tables.map((table) => `NOT EXISTS (SELECT 1 FROM ${quoteIdentifier(table)})`);
  const result = await connection.query(`SELECT ${probes.join(' AND ')} AS "empty"`);
  return result.rows[0]?.empty === true;
}

type DroppedIndex = { drop: string; create: string };

/**
 * The indexes of `tables` that can be built after the load: those that back no constraint, and
 * primary keys no foreign key points at (a referenced key cannot be dropped without its references).
 */
async function listDeferrableIndexes(
  connection: TransactionConnection,
  tables: readonly string[],
): Promise<DroppedIndex[]> {
  const result = await connection.query(
    `SELECT i.relname::text AS "index", t.relname::text AS "table", c.conname::text AS "constraint",
            pg_get_indexdef(i.oid) AS "indexDefinition", pg_get_constraintdef(c.oid) AS "constraintDefinition"
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.contype IN ('p', 'u')
      WHERE t.relnamespace = current_schema()::regnamespace
        AND t.relname = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = x.indexrelid)
        AND (c.oid IS NOT NULL OR NOT EXISTS (SELECT 1 FROM pg_constraint o WHERE o.conindid = x.indexrelid))`,
    [tables],
  );
  return result.rows.map((row) =>
    row.constraint
      ? {
          drop: `ALTER TABLE ${quoteIdentifier(row.table)} DROP CONSTRAINT ${quoteIdentifier(row.constraint)}`,
          create: `ALTER TABLE ${quoteIdentifier(row.table)} ADD CONSTRAINT ${quoteIdentifier(row.constraint)} ${row.constraintDefinition}`,
        }
      : { drop: `DROP INDEX ${quoteIdentifier(row.index)}`, create: row.indexDefinition },
  );
}

/**
 * Runs `load` (which fills `tables`) with their deferrable indexes dropped, and rebuilds them after.
 * Only for tables that were empty before the transaction (see above).
 */
export async function loadWithIndexesBuiltAfter(
  connection: TransactionConnection,
  tables: readonly string[],
  load: () => Promise<void>,
): Promise<void> {
  const indexes = await listDeferrableIndexes(connection, tables);
  for (const index of indexes) await connection.query(index.drop);
  await load();
  await connection.query(`SET LOCAL maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
  for (const index of indexes) await connection.query(index.create);
}
