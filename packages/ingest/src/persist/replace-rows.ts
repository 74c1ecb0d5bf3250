// A table's rows replaced by a new set, touching only the rows that differ. Every write rewrites
// the whole graph (resolution is global), yet a reseed or an ingest of one article leaves most rows
// as they were: deleting them all and inserting them again costs a heap tuple, an entry in every
// index (next to the dead one of the same key) and WAL per row. Here the new rows are staged in a
// temporary table (no WAL, no index), and the table only loses the rows that are gone or changed
// and gains the ones that are new. Readers still see the old rows until the commit (MVCC), and a
// temporary table takes no lock a reader of the live table would wait for.
import type { TransactionConnection } from '@diplomacy-graph/core/db';
import { copyRows } from './copy-rows.ts';
import { quoteIdentifier } from './quote-identifier.ts';

export type ReplacedTable = {
  table: string;
  /** The columns `rows` give; the others take their defaults, as on an INSERT. */
  columns: readonly string[];
  /** The primary key's columns. */
  key: readonly string[];
};

/**
 * Makes the rows of `table` exactly `rows` inside the transaction of `connection`. An empty table
 * takes them by COPY directly; a filled one is diffed against them (see above).
 * @example await replaceRows(connection, { table: 'Person', columns, key: ['id'] }, people)
 */
export async function replaceRows(
  connection: TransactionConnection,
  { table, columns, key }: ReplacedTable,
  rows: readonly object[],
  onRows?: (rows: number) => void,
): Promise<void> {
  const live = quoteIdentifier(table);
  const empty = await connection.query(`SELECT NOT EXISTS (SELECT 1 FROM ${live}) AS "empty"`);
  if (empty.rows[0]?.empty) return copyRows(connection, table, columns, rows, onRows);

  const staged = `staged_${table}`;
  // Same columns, types and defaults as the live table: a staged row and a live row compare
  // column by column, and a staged row inserts as is.
  await connection.query(
    `CREATE TEMPORARY TABLE ${quoteIdentifier(staged)} (LIKE ${live} INCLUDING DEFAULTS) ON COMMIT DROP`,
  );
  await copyRows(connection, staged, columns, rows, onRows);
  const sameKey = key
    .map((column) => `s.${quoteIdentifier(column)} = t.${quoteIdentifier(column)}`)
    .join(' AND ');
  await connection.query(
    `DELETE FROM ${live} t WHERE NOT EXISTS (
       SELECT 1 FROM ${quoteIdentifier(staged)} s WHERE ${sameKey} AND ROW(s.*) IS NOT DISTINCT FROM ROW(t.*))`,
  );
  // What is left of the live table is unchanged rows: a staged key found there is already stored.
  await connection.query(
    `INSERT INTO ${live} SELECT s.* FROM ${quoteIdentifier(staged)} s
      WHERE NOT EXISTS (SELECT 1 FROM ${live} t WHERE ${sameKey})`,
  );
}
