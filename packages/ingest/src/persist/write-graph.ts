import type { Prisma } from '@diplomacy-graph/core/db';
import type { ArticleRow, ResolvedGraph } from '../resolve/graph.ts';
import { listCountryRows } from './country-rows.ts';
import { articleColumns, graphTables } from './graph-tables.ts';
import { insertRows } from './insert-rows.ts';

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

export type WriteProgress = (written: number, total: number) => void;

/**
 * Replaces the stored graph by `graph` inside the caller's transaction. DELETE rather than
 * TRUNCATE: readers keep seeing the old graph (MVCC) until the transaction commits, instead of
 * waiting on a table lock. Articles in `storedArticleIds` are kept as stored, not sent again.
 */
export async function writeGraph(
  tx: Prisma.TransactionClient,
  graph: ResolvedGraph,
  storedArticleIds: ReadonlySet<string>,
  onProgress: WriteProgress = () => {},
): Promise<void> {
  await insertRows(
    tx,
    'Country',
    COUNTRY_COLUMNS,
    listCountryRows(),
    'ON CONFLICT ("code") DO UPDATE SET "nameEn" = EXCLUDED."nameEn", "nameFr" = EXCLUDED."nameFr", "nameVi" = EXCLUDED."nameVi", "demonyms" = EXCLUDED."demonyms", "latitude" = EXCLUDED."latitude", "longitude" = EXCLUDED."longitude"',
  );
  for (const table of TABLES_TO_EMPTY) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
  await tx.$executeRawUnsafe(
    'DELETE FROM "Article" WHERE "id" NOT IN (SELECT json_array_elements_text($1::json))',
    JSON.stringify(graph.articles.map((article) => article.id)),
  );
  const newArticles: ArticleRow[] = graph.articles.filter(
    (article) => !storedArticleIds.has(article.id),
  );
  const total =
    newArticles.length + graphTables.reduce((sum, table) => sum + graph[table.rows].length, 0);
  let written = 0;
  const refresh = articleColumns
    .filter((column) => column !== 'id' && column !== 'text')
    .map((column) => `"${column}" = EXCLUDED."${column}"`);
  await insertRows(
    tx,
    'Article',
    articleColumns,
    newArticles,
    `ON CONFLICT ("id") DO UPDATE SET ${refresh.join(', ')}`,
  );
  written += newArticles.length;
  onProgress(written, total);
  for (const { table, rows, columns } of graphTables) {
    await insertRows(tx, table, columns, graph[rows]);
    written += graph[rows].length;
    onProgress(written, total);
  }
}
