import { connectionOfTransaction, type Prisma } from '@diplomacy-graph/core/db';
import type { ArticleRow, ResolvedGraph } from '../resolve/graph.ts';
import { loadWithIndexesBuiltAfter, tablesAreEmpty } from './bulk-load.ts';
import { copyRows } from './copy-rows.ts';
import { listCountryRows } from './country-rows.ts';
import { articleColumns, graphTables } from './graph-tables.ts';
import { insertRows } from './insert-rows.ts';
import { replaceRows } from './replace-rows.ts';
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

// What a stored article may have to refresh: not its id, not its text (the id is the text's hash).
const REFRESHED_ARTICLE_COLUMNS = articleColumns.filter(
  (column) => column !== 'id' && column !== 'text',
);

export type WriteGraphOptions = {
  /** Articles already stored (same content hash): kept as they are, not sent again. */
  storedArticleIds?: ReadonlySet<string>;
  onProgress?: (written: number, total: number) => void;
  /**
   * Rows per INSERT statement (see insertRows) instead of COPY: 1 is the row-by-row path the
   * benchmark compares against.
   */
  rowsPerStatement?: number;
};

async function triggersAreOff(tx: Prisma.TransactionClient): Promise<boolean> {
  const [setting] = await tx.$queryRawUnsafe<{ role: string }[]>(
    `SELECT current_setting('session_replication_role') AS "role"`,
  );
  return setting?.role === 'replica';
}

/**
 * Updates the articles of `articles` that are stored already (a reseed sends every article; an
 * ingest may re-send one under a new file name) and returns the others, which are new.
 * An UPDATE keeps the row's ingestedAt, as the upsert it replaces did.
 */
async function refreshStoredArticles(
  tx: Prisma.TransactionClient,
  articles: readonly ArticleRow[],
): Promise<ArticleRow[]> {
  const stored = new Set(
    (await tx.$queryRawUnsafe<{ id: string }[]>('SELECT "id" FROM "Article"')).map((row) => row.id),
  );
  const refreshed = articles.filter((article) => stored.has(article.id));
  if (refreshed.length > 0) {
    const assignments = REFRESHED_ARTICLE_COLUMNS.map((column) => `"${column}" = j."${column}"`);
    const [before, after] = ['a', 'j'].map((alias) =>
      REFRESHED_ARTICLE_COLUMNS.map((column) => `${alias}."${column}"`).join(', '),
    );
    // An article that reads the same is left alone: rewriting it would only add a dead row.
    await tx.$executeRawUnsafe(
      `UPDATE "Article" a SET ${assignments.join(', ')}
         FROM json_populate_recordset(null::"Article", $1::json) j
        WHERE a."id" = j."id" AND (${before}) IS DISTINCT FROM (${after})`,
      // Without the text, which the id (its hash) already pins.
      JSON.stringify(refreshed.map(({ text: _text, ...columns }) => columns)),
    );
  }
  return articles.filter((article) => !stored.has(article.id));
}

/**
 * Replaces the stored graph by `graph` inside the caller's transaction. DELETE rather than
 * TRUNCATE: readers keep seeing the old graph (MVCC) until the transaction commits, instead of
 * waiting on a table lock. Rows go by COPY on the transaction's own connection (the same
 * transaction, so the same atomicity), and only the rows that changed are rewritten (see
 * replaceRows); into an empty graph, secondary indexes are built after the rows (see bulk-load.ts).
 * With `rowsPerStatement`, every table is emptied and refilled by INSERT statements.
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
  const sentArticles: ArticleRow[] = graph.articles.filter(
    (article) => !storedArticleIds.has(article.id),
  );
  const total =
    sentArticles.length + graphTables.reduce((sum, table) => sum + graph[table.rows].length, 0);
  let written = 0;
  // Announced before the first row, so a caller can tell resolution time from write time.
  onProgress(0, total);
  const onRows = (rows: number) => {
    written += rows;
    onProgress(written, total);
  };
  const connection = rowsPerStatement ? undefined : await connectionOfTransaction(tx);
  const tables = ['Article', ...graphTables.map(({ table }) => table)];
  // Decided before anything is deleted: emptied tables are not an empty graph to its readers.
  const bulk = connection && (await tablesAreEmpty(connection, tables));
  await writeWithSetBasedForeignKeys(tx, tables, async () => {
    // Rows are diffed only while no per-row trigger runs: a cascade fired by deleting a changed
    // row would alter rows already compared.
    const diff = connection && (await triggersAreOff(tx));
    if (!diff) {
      // Every table that references a deleted row is emptied first, so no cascade is needed.
      for (const table of TABLES_TO_EMPTY) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
    }
    await tx.$executeRawUnsafe(
      'DELETE FROM "Article" WHERE "id" NOT IN (SELECT json_array_elements_text($1::json))',
      JSON.stringify(graph.articles.map((article) => article.id)),
    );
    const newArticles = await refreshStoredArticles(tx, sentArticles);
    onRows(sentArticles.length - newArticles.length);
    const fill = async () => {
      if (connection) await copyRows(connection, 'Article', articleColumns, newArticles, onRows);
      else
        await insertRows(tx, 'Article', articleColumns, newArticles, { rowsPerStatement, onRows });
      for (const table of graphTables) {
        const rows = graph[table.rows];
        if (diff) await replaceRows(connection, table, rows, onRows);
        else if (connection) await copyRows(connection, table.table, table.columns, rows, onRows);
        else await insertRows(tx, table.table, table.columns, rows, { rowsPerStatement, onRows });
      }
    };
    if (bulk) await loadWithIndexesBuiltAfter(connection, tables, fill);
    else await fill();
  });
}
