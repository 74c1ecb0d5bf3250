import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './test-support/graphql-request.ts';
import { seedLimaScenario } from './test-support/scenarios.ts';
import { type Api, createApi } from './yoga.ts';

let database: TestDatabase;
let api: Api;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedLimaScenario(database.prisma);
  // As ingest stores "Cường invited Boluarte to visit Viet Nam in 2025": dated with the visit it
  // proposes, a year after the talks in Lima.
  await database.prisma.event.create({
    data: {
      id: 'e-invitation',
      type: 'INVITATION',
      name: 'invitation to visit VN',
      visitedCountryCode: 'VN',
      dateStart: new Date('2025-01-01T00:00:00.000Z'),
      datePrecision: 'YEAR',
      confidence: 0.8,
      participants: {
        create: [
          { personId: 'p-cuong', role: 'ATTENDEE' },
          { personId: 'p-boluarte', role: 'ATTENDEE' },
        ],
      },
    },
  });
  api = createApi();
});
afterAll(() => database.drop());

const RELATIONS = `query($with: String!) {
  country(code: "VN") {
    relations(with: $with) {
      meetingCount visitCount firstContact lastContact
      events { totalCount edges { node { type date { start } } } }
    }
  }
}`;

describe('relations(with:)', () => {
  it('dates contacts by what happened: an invitation for a later year is listed but is no contact', async () => {
    const response = await postGraphQL(api, RELATIONS, { variables: { with: 'PE' } });
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchInlineSnapshot(`
      {
        "country": {
          "relations": {
            "events": {
              "edges": [
                {
                  "node": {
                    "date": {
                      "start": "2024-11-13",
                    },
                    "type": "AWARD_CONFERRAL",
                  },
                },
                {
                  "node": {
                    "date": {
                      "start": "2024-11-13",
                    },
                    "type": "AGREEMENT_SIGNED",
                  },
                },
                {
                  "node": {
                    "date": {
                      "start": "2024-11-13",
                    },
                    "type": "TALKS",
                  },
                },
                {
                  "node": {
                    "date": {
                      "start": "2024-11-13",
                    },
                    "type": "VISIT",
                  },
                },
                {
                  "node": {
                    "date": {
                      "start": "2025-01-01",
                    },
                    "type": "INVITATION",
                  },
                },
              ],
              "totalCount": 5,
            },
            "firstContact": "2024-11-13",
            "lastContact": "2024-11-13",
            "meetingCount": 1,
            "visitCount": 1,
          },
        },
      }
    `);
  });

  it('sees the same contacts from either side', async () => {
    const fromPeru = await postGraphQL(api, RELATIONS.replace('"VN"', '"PE"'), {
      variables: { with: 'Việt Nam' },
    });
    const fromVietnam = await postGraphQL(api, RELATIONS, { variables: { with: 'PE' } });
    expect(fromPeru.data).toEqual(fromVietnam.data);
  });

  it('counts a meeting on the sidelines of a gathering, not the gathering', async () => {
    const response = await postGraphQL(api, RELATIONS, { variables: { with: 'CN' } });
    expect(response.data).toMatchInlineSnapshot(`
      {
        "country": {
          "relations": {
            "events": {
              "edges": [
                {
                  "node": {
                    "date": {
                      "start": "2024-11-15",
                    },
                    "type": "BILATERAL_MEETING",
                  },
                },
              ],
              "totalCount": 1,
            },
            "firstContact": "2024-11-15",
            "lastContact": "2024-11-15",
            "meetingCount": 1,
            "visitCount": 0,
          },
        },
      }
    `);
  });
});
