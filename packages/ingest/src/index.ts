// Public surface of @diplomacy-graph/ingest.
export type * from './extract/types.ts';
export { onNewEvents } from './persist/graph-events.ts';
export {
  type GraphWriteOptions,
  type GraphWriteResult,
  ingestArticleText,
  ingestPaths,
  reseedFolder,
  seedIfEmpty,
} from './persist/graph-writes.ts';
export type { GraphWriteSummary } from './persist/rewrite-graph.ts';
export type { EventRow, ResolvedGraph } from './resolve/graph.ts';
export { resolveGraph } from './resolve/resolve-graph.ts';
