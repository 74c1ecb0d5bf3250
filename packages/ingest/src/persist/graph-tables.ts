// Where each row array of the resolved graph goes, in an order that satisfies foreign keys
// (parents before children; events are already ordered parent-first by the resolver).
import type { Prisma } from '@diplomacy-graph/core/db';
import type { ResolvedGraph } from '../resolve/graph.ts';

export type GraphTable = {
  /** Table name in the database (the Prisma model name). */
  table: string;
  rows: keyof ResolvedGraph;
  columns: readonly string[];
  /** Its primary key's columns. */
  key: readonly string[];
};

export const graphTables: readonly GraphTable[] = [
  {
    table: 'Place',
    rows: 'places',
    columns: ['id', 'name', 'foldedName', 'kind', 'countryCode', 'latitude', 'longitude'],
    key: ['id'],
  },
  {
    table: 'Person',
    rows: 'people',
    columns: [
      'id',
      'canonicalName',
      'foldedName',
      'nameKey',
      'aliases',
      'countryCode',
      'confidence',
    ],
    key: ['id'],
  },
  {
    table: 'Office',
    rows: 'offices',
    columns: ['id', 'personId', 'title', 'role', 'countryCode'],
    key: ['id'],
  },
  {
    table: 'Evidence',
    rows: 'evidence',
    columns: ['id', 'articleId', 'start', 'end', 'quote'],
    key: ['id'],
  },
  {
    table: 'Event',
    rows: 'events',
    columns: [
      'id',
      'type',
      'visitKind',
      'gatheringKind',
      'name',
      'foldedName',
      'parentId',
      'dateStart',
      'dateEnd',
      'datePrecision',
      'timeOfDay',
      'placeId',
      'visitedCountryCode',
      'confidence',
    ],
    key: ['id'],
  },
  {
    table: 'EventParticipant',
    rows: 'participants',
    columns: ['eventId', 'personId', 'role'],
    key: ['eventId', 'personId', 'role'],
  },
  {
    table: 'EventConflict',
    rows: 'conflicts',
    columns: ['id', 'eventId', 'field', 'values'],
    key: ['id'],
  },
  {
    table: 'EventEvidence',
    rows: 'eventEvidence',
    columns: ['eventId', 'evidenceId'],
    key: ['eventId', 'evidenceId'],
  },
  {
    table: 'PersonEvidence',
    rows: 'personEvidence',
    columns: ['personId', 'evidenceId'],
    key: ['personId', 'evidenceId'],
  },
  {
    table: 'OfficeEvidence',
    rows: 'officeEvidence',
    columns: ['officeId', 'evidenceId'],
    key: ['officeId', 'evidenceId'],
  },
  {
    table: 'Mention',
    rows: 'mentions',
    columns: [
      'id',
      'articleId',
      'start',
      'end',
      'text',
      'kind',
      'personId',
      'countryCode',
      'placeId',
    ],
    key: ['id'],
  },
];

export const articleColumns = [
  'id',
  'fileName',
  'language',
  'title',
  'publishedOn',
  'sourceAgency',
  'dateline',
  'text',
] as const;

/** Row counts of the stored graph, keyed like ResolvedGraph. */
export async function countGraph(
  tx: Prisma.TransactionClient,
): Promise<Record<keyof ResolvedGraph, number>> {
  const tables = [{ table: 'Article', rows: 'articles' as const }, ...graphTables];
  const selects = tables.map(
    ({ table, rows }) => `(SELECT count(*)::int FROM "${table}") AS "${rows}"`,
  );
  const [counts] = await tx.$queryRawUnsafe<Record<keyof ResolvedGraph, number>[]>(
    `SELECT ${selects.join(', ')}`,
  );
  if (!counts) throw new Error('count query returned no row');
  return counts;
}
