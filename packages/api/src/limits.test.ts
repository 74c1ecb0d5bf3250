import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './test-support/graphql-request.ts';
import { seedLimaScenario } from './test-support/scenarios.ts';
import { type Api, createApi, LIMITS } from './yoga.ts';

let database: TestDatabase;
let api: Api;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedLimaScenario(database.prisma);
  api = createApi();
});
afterAll(() => database.drop());

const firstError = async (query: string, target: Api = api) =>
  (await postGraphQL(target, query)).errors?.[0]?.message ?? '';

describe('query limits', () => {
  it(`refuses queries nested deeper than ${LIMITS.maxDepth}`, async () => {
    const deep = `{ person(name: "Luong Cuong") { ${'meetings { edges { node { event { parent { '.repeat(3)}name${' } } } } }'.repeat(3)} } }`;
    expect(await firstError(deep)).toMatch(/depth/i);
  });

  it(`refuses more than ${LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from(
      { length: LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: stats { events }`,
    );
    expect(await firstError(`{ ${aliases.join(' ')} }`)).toMatch(/aliases/i);
  });

  it(`refuses documents over ${LIMITS.maxTokens} tokens`, async () => {
    const fields = 'events '.repeat(LIMITS.maxTokens);
    expect(await firstError(`{ stats { ${fields} } }`)).toMatch(/token/i);
  });

  it('refuses queries whose cost (page sizes multiplied down the tree) is over the limit', async () => {
    const pages =
      '{ people(first: 100) { edges { node { timeline(first: 100) { edges { node { event { name } } } } } } } }';
    expect(await firstError(pages)).toMatch(/cost/i);
    const withVariables = await postGraphQL(
      api,
      'query($n: Int!) { people(first: $n) { edges { node { timeline(first: $n) { edges { node { event { name } } } } } } } }',
      { variables: { n: 100 } },
    );
    expect(withVariables.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const small =
      '{ people(first: 10) { edges { node { timeline(first: 10) { edges { node { event { name } } } } } } } }';
    expect((await postGraphQL(api, small)).errors).toBeUndefined();
  });

  it(`refuses request bodies over ${LIMITS.maxBodyBytes} bytes with 413`, async () => {
    const response = await api.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { events } } # ${'x'.repeat(LIMITS.maxBodyBytes)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('still answers an ordinary query', async () => {
    expect((await postGraphQL(api, '{ stats { events } }')).data).toEqual({ stats: { events: 7 } });
  });
});

describe('errors', () => {
  it('hides field suggestions in production', async () => {
    const production = await firstError('{ stat { events } }', createApi({ production: true }));
    expect(production).not.toContain('Did you mean');
    expect(await firstError('{ stat { events } }')).toContain('Did you mean');
  });
});

describe('CORS', () => {
  const preflight = (target: Api, origin: string) =>
    target.fetch('http://api.test/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('allows only the configured origins', async () => {
    const configured = createApi({ corsOrigin: 'https://analyst.example, https://other.example' });
    const allowed = await preflight(configured, 'https://analyst.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    const refused = await preflight(configured, 'https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });

  it('sends no CORS headers when none is configured (same origin only)', async () => {
    const response = await preflight(api, 'https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
