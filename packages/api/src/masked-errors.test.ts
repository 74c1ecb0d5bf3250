import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './test-support/graphql-request.ts';
import { seedLimaScenario } from './test-support/scenarios.ts';
import { createApi } from './yoga.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedLimaScenario(database.prisma);
  // A missing table is a server fault whose details a client must not read in production.
  await database.prisma.$executeRawUnsafe('DROP TABLE "Mention"');
});
afterAll(() => database.drop());

const QUERY = `{ events(first: 1) { edges { node {
  evidence { edges { node { article { mentions { totalCount } } } } }
} } } }`;

describe('unexpected errors', () => {
  it('are masked in production', async () => {
    const response = await postGraphQL(createApi({ production: true }), QUERY);
    expect(response.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(response.errors)).not.toMatch(/Mention|prisma/i);
  });

  it('show their cause in development', async () => {
    const response = await postGraphQL(createApi({ production: false }), QUERY);
    expect(JSON.stringify(response.errors)).toContain('Mention');
  });
});
