import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './test-support/graphql-request.ts';
import { type Api, createApi } from './yoga.ts';

let database: TestDatabase;
let api: Api;

beforeAll(async () => {
  database = await createTestDatabase();
  api = createApi();
});
afterAll(() => database.drop());

describe('health', () => {
  it('answers the health query through GraphQL with the database state', async () => {
    const response = await postGraphQL(api, '{ health { status database { reachable error } } }');
    expect(response).toEqual({
      status: 200,
      data: { health: { status: 'ok', database: { reachable: true, error: null } } },
    });
  });

  it('reports readiness at /ready and liveness at /health', async () => {
    const ready = await api.fetch('http://api.test/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, database: { reachable: true } });
    const health = await api.fetch('http://api.test/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('serves GraphiQL with the example queries to a browser at /graphql', async () => {
    const response = await api.fetch('http://api.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Diplomacy Graph');
    expect(page).toContain('PersonPage');
  });
});
