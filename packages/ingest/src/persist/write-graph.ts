import type { Prisma } from '@diplomacy-graph/core/db';
import type { ArticleRow, ResolvedGraph } from '../resolve/graph.ts';
import { listCountryRows } from './country-rows.ts';
import { articleColumns, graphTables } from './graph-tables.ts';
import { insertRows } from './insert-rows.ts';
import { writeWithSetBasedForeignKeys } from './set-based-foreign-keys.ts';

// Children first, so no foreign key is violated on the way out.
const TABLES_TO_EMPTY = [
  'EventConflict',
  'EventEvidence',
  'PersonEvidence',
  'OfficeEvidence',
  'EventParticipant',
  'Mention',
  'Evidence',
  'Office',
  'Event',
  'Person',
  'Place',
];

const COUNTRY_COLUMNS = ['code', 'nameEn', 'nameFr', 'nameVi', 'demonyms', 'latitude', 'longitude'];

export type WriteGraphOptions = {
  /** Articles already stored (same content hash): kept as they are, not sent again. */
  storedArticleIds?: ReadonlySet<string>;
  onProgress?: (written: number, total: number) => void;
  /** Rows per INSERT statement (see insertRows). */
  rowsPerStatement?: number;
};

/**
 * Replaces the stored graph by `graph` inside the caller's transaction. DELETE rather than
 * TRUNCATE: readers keep seeing the old graph (MVCC) until the transaction commits, instead of
 * waiting on a table lock.
 */
export async function writeGraph(
  tx: Prisma.TransactionClient,
  graph: ResolvedGraph,
  { storedArticleIds = new Set(), onProgress = () => {}, rowsPerStatement }: WriteGraphOptions = {},
): Promise<void> {
  await insertRows(tx, 'Country', COUNTRY_COLUMNS, listCountryRows(), {
    onConflict: `ON CONFLICT ("code") DO UPDATE SET ${COUNTRY_COLUMNS.slice(1)
      .map((column) => `"${column}" = EXCLUDED."${column}"`)
      .join(', ')}`,
  });
  const newArticles: ArticleRow[] = graph.articles.filter(
    (article) => !storedArticleIds.has(article.id),
  );
  const total =
    newArticles.length + graphTables.reduce((sum, table) => sum + graph[table.rows].length, 0);
  let written = 0;
  // Announced before the first row, so a caller can tell resolution time from write time.
  onProgress(0, total);
  const onRows = (rows: number) => {
    written += rows;
    onProgress(written, total);
  };
  const refresh = articleColumns
    .filter((column) => column !== 'id' && column !== 'text')
    .map((column) => `"${column}" = EXCLUDED."${column}"`);
  const tables = ['Article', ...graphTables.map(({ table }) => table)];
  await writeWithSetBasedForeignKeys(tx, tables, async () => {
    // Every table that references a deleted row is emptied here first, so no cascade is needed.
    for (const table of TABLES_TO_EMPTY) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
    await tx.$executeRawUnsafe(
      'DELETE FROM "Article" WHERE "id" NOT IN (SELECT json_array_elements_text($1::json))',
      JSON.stringify(graph.articles.map((article) => article.id)),
    );
    await insertRows(tx, 'Article', articleColumns, newArticles, {
      onConflict: `ON CONFLICT ("id") DO UPDATE SET ${refresh.join(', ')}`,
      rowsPerStatement,
      onRows,
    });
    for (const { table, rows, columns } of graphTables) {
      await insertRows(tx, table, columns, graph[rows], { rowsPerStatement, onRows });
    }
  });
}
