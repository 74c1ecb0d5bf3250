import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './test-support/graphql-request.ts';
import { seedLimaScenario } from './test-support/scenarios.ts';
import { type Api, createApi } from './yoga.ts';

let database: TestDatabase;
let admin: pg.Client;
let name: string;
let api: Api;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedLimaScenario(database.prisma);
  const url = new URL(database.url);
  name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  api = createApi();
});
afterAll(async () => {
  await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
  await admin.end();
  await database.drop();
});

/** The database goes away for the API: its connections are cut and new ones are refused. */
async function takeDatabaseAway(): Promise<void> {
  await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
    name,
  ]);
}

async function bringDatabaseBack(): Promise<void> {
  await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
}

const STATS = '{ stats { events } }';

describe('a database outage', () => {
  it('is reported clearly while it lasts and heals without a restart', async () => {
    expect((await postGraphQL(api, STATS)).data).toEqual({ stats: { events: 7 } });

    await takeDatabaseAway();
    for (let attempt = 0; attempt < 3; attempt++) {
      const during = await postGraphQL(api, STATS);
      expect(during.data).toBeNull();
      expect(during.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(during.errors?.[0]?.message).toMatch(/database is unavailable/);
    }
    const ready = await api.fetch('http://api.test/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, database: { reachable: false } });
    const health = await postGraphQL(api, '{ health { status database { reachable } } }');
    expect(health.data).toEqual({ health: { status: 'degraded', database: { reachable: false } } });

    await bringDatabaseBack();
    expect((await api.fetch('http://api.test/ready')).status).toBe(200);
    expect((await postGraphQL(api, STATS)).data).toEqual({ stats: { events: 7 } });
  });
});
