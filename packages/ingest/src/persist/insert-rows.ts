import type { Prisma } from '@diplomacy-graph/core/db';
import { quoteIdentifier } from './quote-identifier.ts';

// One statement per chunk: large enough to amortize the round trip, small enough that one JSON
// parameter stays a few megabytes.
const CHUNK_ROWS = 2000;
const CHUNK_CHARS = 8_000_000;

/** Rows serialized once, grouped into JSON arrays of bounded size. */
function jsonChunksOf(
  rows: readonly object[],
  rowsPerStatement: number,
): { json: string; rows: number }[] {
  const chunks: { json: string; rows: number }[] = [];
  let current: string[] = [];
  let chars = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (
      current.length > 0 &&
      (current.length >= rowsPerStatement || chars + json.length > CHUNK_CHARS)
    ) {
      chunks.push({ json: `[${current.join(',')}]`, rows: current.length });
      current = [];
      chars = 0;
    }
    current.push(json);
    chars += json.length;
  }
  if (current.length > 0) chunks.push({ json: `[${current.join(',')}]`, rows: current.length });
  return chunks;
}

export type InsertOptions = {
  /** SQL appended to the INSERT, e.g. `ON CONFLICT DO NOTHING`. */
  onConflict?: string;
  /** Rows per statement; 1 is the row-by-row path the benchmark compares against. */
  rowsPerStatement?: number;
  /** Called after each statement with the number of rows it inserted. */
  onRows?: (rows: number) => void;
};

/**
 * Inserts rows in multi-row statements: each chunk travels as one JSON array that Postgres
 * expands with json_populate_recordset, typed by the table's own row type (enums, arrays, dates).
 * @example await insertRows(tx, 'Person', ['id', 'canonicalName'], people, { onConflict: 'ON CONFLICT DO NOTHING' })
 */
export async function insertRows(
  tx: Prisma.TransactionClient,
  table: string,
  columns: readonly string[],
  rows: readonly object[],
  { onConflict = '', rowsPerStatement = CHUNK_ROWS, onRows }: InsertOptions = {},
): Promise<void> {
  const list = columns.map(quoteIdentifier).join(', ');
  const sql = `INSERT INTO ${quoteIdentifier(table)} (${list}) SELECT ${list} FROM json_populate_recordset(null::${quoteIdentifier(table)}, $1::json) ${onConflict}`;
  for (const chunk of jsonChunksOf(rows, rowsPerStatement)) {
    await tx.$executeRawUnsafe(sql, chunk.json);
    onRows?.(chunk.rows);
  }
}
