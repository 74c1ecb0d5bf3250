import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSql } from './test-support/count-sql.ts';
import { postGraphQL } from './test-support/graphql-request.ts';
import { seedDelegationScenario } from './test-support/scenarios.ts';
import { type Api, createApi } from './yoga.ts';

let database: TestDatabase;
let api: Api;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDelegationScenario(database.prisma, 100);
  api = createApi();
});
afterAll(() => database.drop());

// A people list with every nested list and link of the person page under it, in small pages so
// that 100 people stay within the cost limit.
const PEOPLE_PAGE = `query($first: Int!) {
  people(first: $first, country: "VN") {
    totalCount
    edges { node {
      name
      country { code name }
      offices(first: 2) { totalCount edges { node { title role country { code } } } }
      meetings(first: 2) { totalCount edges { node {
        role
        counterparts { name country { code } }
        event { type date { start precision } place { name country { code } } parent { name }
                evidence(first: 1) { totalCount edges { node { quote article { fileName } } } } }
      } } }
      timeline(first: 2) { totalCount edges { node { event { type } } } }
      counterparts(first: 2) { totalCount edges { node { meetingCount firstMet person { name country { code } } } } }
      evidence(first: 2) { totalCount edges { node { quote } } }
    } }
  }
}`;

async function runPeoplePage(first: number) {
  const { result, statements } = await recordSql(() =>
    postGraphQL<{ people: { edges: unknown[] } }>(api, PEOPLE_PAGE, { variables: { first } }),
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.people.edges).toHaveLength(first);
  return statements;
}

describe('SQL per request', () => {
  it('does not grow with the number of people listed (1 vs 100)', async () => {
    await runPeoplePage(1); // warm the pool so connection setup is not counted
    const forOne = await runPeoplePage(1);
    const forHundred = await runPeoplePage(100);
    expect(forOne.length).toBeGreaterThan(0);
    expect(forHundred.length).toBe(forOne.length);
  });
});
