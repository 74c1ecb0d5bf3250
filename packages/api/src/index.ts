// Public surface of @diplomacy-graph/api: build the server; listening is src/server.ts's job.

export { exampleQueries } from './example-queries.ts';
export { type Api, type ApiOptions, createApi, LIMITS } from './yoga.ts';
