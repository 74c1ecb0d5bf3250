import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './test-support/graphql-request.ts';
import { type Api, createApi } from './yoga.ts';

const KEY = 'test-key-0123456789abcdef';
const RESEED = 'mutation { reseed { newEventCount } }';
const INGEST = 'mutation { ingestArticle(text: "   ") { newEventCount } }';

let database: TestDatabase;
let api: Api;

beforeAll(async () => {
  database = await createTestDatabase();
  api = createApi({ apiKey: KEY });
});
afterAll(() => database.drop());

describe('mutations need the API key', () => {
  it.each([
    ['no key', {}],
    ['a wrong bearer key', { authorization: 'Bearer not-the-key-0123456789' }],
    ['a wrong x-api-key', { 'x-api-key': `${KEY}x` }],
  ])('refuses reseed and ingestArticle with %s', async (_label, headers) => {
    for (const mutation of [RESEED, INGEST]) {
      const response = await postGraphQL(api, mutation, { headers });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
      expect(response.errors?.[0]?.message).toContain('API key');
    }
  });

  it.each([
    ['Authorization: Bearer', { authorization: `Bearer ${KEY}` }],
    ['x-api-key', { 'x-api-key': KEY }],
  ])('lets the key through in %s', async (_label, headers) => {
    // Past the key check, an empty text reaches ingest, which refuses it as input.
    const response = await postGraphQL(api, INGEST, { headers });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses every mutation when the server has no key at all', async () => {
    const keyless = createApi();
    const response = await postGraphQL(keyless, RESEED, { headers: { authorization: 'Bearer ' } });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
  });

  it('keeps queries public', async () => {
    const response = await postGraphQL(api, '{ stats { events } }');
    expect(response).toEqual({ status: 200, data: { stats: { events: 0 } } });
  });
});
