import type { Prisma } from '@diplomacy-graph/core/db';
import { logger } from '@diplomacy-graph/core/logger';

// One key for every writer of the graph (ingest, reseed, the API's mutations): a writer reads the
// stored articles and rewrites the graph, so two at once would lose one's articles.
const GRAPH_WRITE_LOCK = 7_405_112_033;

/**
 * Takes the graph-writing lock for the rest of the transaction, waiting (after `onWait`) while
 * another ingest or reseed holds it. Released by commit or rollback, also when a process dies.
 */
export async function lockGraphForWriting(
  tx: Prisma.TransactionClient,
  onWait: () => void = () =>
    logger.warn('another ingest or reseed is writing the graph: waiting for it to finish'),
): Promise<void> {
  const [attempt] = await tx.$queryRawUnsafe<{ locked: boolean }[]>(
    'SELECT pg_try_advisory_xact_lock($1::bigint) AS locked',
    GRAPH_WRITE_LOCK,
  );
  if (attempt?.locked) return;
  onWait();
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock($1::bigint)', GRAPH_WRITE_LOCK);
}
