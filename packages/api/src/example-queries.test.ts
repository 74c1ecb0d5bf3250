import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleQueries } from './example-queries.ts';
import { seedGraphIfEmpty } from './ingest-pipeline.ts';
import { postGraphQL } from './test-support/graphql-request.ts';
import { type Api, createApi } from './yoga.ts';

let database: TestDatabase;
let api: Api;

beforeAll(async () => {
  database = await createTestDatabase();
  // The real seed articles through the real ingest: the data GraphiQL users start with.
  expect(await seedGraphIfEmpty()).toBe(true);
  api = createApi();
});
afterAll(() => database.drop());

// The target is < 50 ms (measured by `pnpm --filter @diplomacy-graph/api bench:examples`).
// This guard only catches a pathological plan: test runs share two cores with everything else.
const GUARD_MS = 400;

describe('GraphiQL example queries', () => {
  it.each(exampleQueries.map((example) => [example.title, example.query]))(
    '%s answers with data and no errors, fast',
    async (_title, query) => {
      const response = await postGraphQL(api, query); // also warms each code path
      expect(response.errors).toBeUndefined();
      expect(JSON.stringify(response.data)).not.toMatch(/^\{"\w+":null\}$/);
      const timings: number[] = [];
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        await postGraphQL(api, query);
        timings.push(performance.now() - started);
      }
      const median = timings.sort((a, b) => a - b)[2] ?? Number.POSITIVE_INFINITY;
      expect(median).toBeLessThan(GUARD_MS);
    },
  );
});
