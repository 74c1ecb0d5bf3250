// Rows streamed with COPY FROM STDIN, PostgreSQL's bulk-load path: one statement per table, no
// per-statement parse/plan, no JSON to build and expand, and the rows are encoded while the
// server is already storing the previous ones.
import { once } from 'node:events';
import type { TransactionConnection } from '@diplomacy-graph/core/db';
import { from as copyFrom } from 'pg-copy-streams';
import { quoteIdentifier } from './quote-identifier.ts';

// Bytes handed to the socket at a time: big enough to amortize stream calls, small enough to keep
// encoding and storing overlapped.
const CHUNK_CHARS = 256 * 1024;

const SPECIAL = /[\\\n\r\t]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeText(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[\\\n\r\t]/g, (char) => ESCAPES[char] ?? char) : text;
}

/** An array literal ({"a","b\"c"}) for a text[] column: every element quoted, so none reads as NULL. */
function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((value) =>
    value === null || value === undefined
      ? 'NULL'
      : `"${String(value).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
  );
  return `{${elements.join(',')}}`;
}

/**
 * One field in COPY's text format: \N for NULL, backslash escapes for the delimiter, line breaks
 * and the backslash itself. Numbers print as JavaScript's shortest round-trip form, which
 * PostgreSQL reads back to the same double; dates travel as their ISO text.
 */
export function encodeCopyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  return escapeText(String(value));
}

/**
 * Appends `rows` to `table` with one COPY statement on `connection` (inside its transaction).
 * Only the listed columns are sent; the others take their defaults.
 * @example await copyRows(connection, 'Person', ['id', 'canonicalName'], people)
 */
export async function copyRows(
  connection: TransactionConnection,
  table: string,
  columns: readonly string[],
  rows: readonly object[],
  onRows?: (rows: number) => void,
): Promise<void> {
  if (rows.length === 0) return;
  const stream = connection.query(
    copyFrom(
      `COPY ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) FROM STDIN`,
    ),
  );
  const finished = once(stream, 'finish');
  // A server error ends the statement early; surface it instead of waiting for a drain.
  const failed = once(stream, 'error').then(([error]) => Promise.reject(error));
  failed.catch(() => {});
  let chunk = '';
  let chunkRows = 0;
  for (const row of rows) {
    const fields = row as Record<string, unknown>;
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      line += (i === 0 ? '' : '\t') + encodeCopyField(fields[columns[i] as string]);
    }
    chunk += `${line}\n`;
    chunkRows++;
    if (chunk.length >= CHUNK_CHARS) {
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
      onRows?.(chunkRows);
      chunk = '';
      chunkRows = 0;
    }
  }
  stream.end(chunk);
  await Promise.race([finished, failed]);
  onRows?.(chunkRows);
}
