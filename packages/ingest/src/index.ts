// Public surface of @diplomacy-graph/ingest.
export type * from './extract/types.ts';
