import { prisma } from '@diplomacy-graph/core/db';
import { graphTables } from './graph-tables.ts';

/**
 * Every stored row of the graph (except the time of ingestion), as sorted JSON lines per table:
 * two databases hold the same graph exactly when their dumps are equal. For tests and checks.
 */
export async function dumpGraph(): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of ['Article', ...graphTables.map((entry) => entry.table)]) {
    const rows = await prisma.$queryRawUnsafe<{ row: unknown }[]>(
      `SELECT to_jsonb(t) - 'ingestedAt' AS "row" FROM "${table}" t`,
    );
    dump[table] = rows.map(({ row }) => JSON.stringify(row)).sort();
  }
  return dump;
}
