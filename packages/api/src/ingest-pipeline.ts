// The API's one door into @diplomacy-graph/ingest (load → extract → resolve → persist).
//
// CALL SITE PENDING: ingest's persist API has not landed yet (packages/ingest/src/index.ts exports
// only types). When it does, these three functions call it; until then they refuse clearly.
import { GraphQLError } from 'graphql';

export type IngestOutcome = {
  /** The article's id (its content hash). */
  articleId: string;
  /** Events this ingest created, in the order they were created. */
  newEventIds: string[];
};

function notYetAvailable(): never {
  throw new GraphQLError('Ingestion is not available in this build yet.', {
    extensions: { code: 'NOT_IMPLEMENTED' },
  });
}

/** Ingests one article's text and returns what it added. */
export async function ingestText(_text: string, _fileName: string): Promise<IngestOutcome> {
  return notYetAvailable();
}

/** Empties the graph and ingests the seed articles again; returns the events created. */
export async function reseedGraph(): Promise<IngestOutcome[]> {
  return notYetAvailable();
}

/** Ingests the seed articles when the graph is empty; returns whether it did. */
export async function seedGraphIfEmpty(): Promise<boolean> {
  return false;
}
