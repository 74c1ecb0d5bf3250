import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLimaScenario } from './test-support/scenarios.ts';
import { createApi } from './yoga.ts';

let database: TestDatabase;
let server: Server;
let origin: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedLimaScenario(database.prisma);
  server = createServer(createApi({ corsOrigin: 'https://analyst.example' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.drop();
});

describe('over real HTTP (node:http, as src/server.ts serves it)', () => {
  it('answers GraphQL, readiness and CORS on one port', async () => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://analyst.example' },
      body: JSON.stringify({ query: '{ person(name: "cuong luong") { name country { code } } }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    expect(await response.json()).toEqual({
      data: { person: { name: 'Lương Cường', country: { code: 'VN' } } },
    });
    const ready = await fetch(`${origin}/ready`);
    expect(ready.status).toBe(200);
  });

  it('accepts GET queries, as GraphiQL links and caches use', async () => {
    const response = await fetch(
      `${origin}/graphql?query=${encodeURIComponent('{ stats { people } }')}`,
      {
        headers: { accept: 'application/json' },
      },
    );
    expect(await response.json()).toEqual({ data: { stats: { people: 3 } } });
  });

  it('refuses a streamed body of undeclared length (411) instead of reading it', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const outgoing = request(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      outgoing.on('response', (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      outgoing.on('error', reject);
      outgoing.write('{"query":"{ stats { people } }"}');
      outgoing.end();
    });
    expect(status).toBe(411);
  });
});
