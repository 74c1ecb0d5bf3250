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
  api = createApi();
});
afterAll(() => database.drop());

type Edge = { node: Record<string, unknown> };

// biome-ignore lint/suspicious/noExplicitAny: each test's assertions check the shape it reads.
async function query<T = any>(text: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await postGraphQL<T>(api, text, { variables });
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data as T;
}

describe('person(name:)', () => {
  it.each(['Lương Cường', 'Luong Cuong', 'cuong luong', 'CƯỜNG Lương', 'Cường'])(
    'finds Lương Cường as %j',
    async (name) => {
      const data = await query('query($name: String!) { person(name: $name) { name } }', { name });
      expect(data.person).toEqual({ name: 'Lương Cường' });
    },
  );

  it.each(['Boluarte', 'Dina Boluarte', 'boluarte zegarra dina ercilia'])(
    'finds Dina Boluarte from the partial or reordered name %j',
    async (name) => {
      const data = await query('query($name: String!) { person(name: $name) { name } }', { name });
      expect(data.person).toEqual({ name: 'Dina Ercilia Boluarte Zegarra' });
    },
  );

  it('answers null for someone the graph does not know', async () => {
    const data = await query('{ person(name: "Angela Merkel") { name } }');
    expect(data.person).toBeNull();
  });

  it('gives the person page: offices, meetings with counterparts, visits, awards, timeline', async () => {
    const data = await query(`{
      person(name: "Luong Cuong") {
        name aliases country { code name }
        offices { totalCount edges { node { title role } } }
        meetings { totalCount edges { node { role counterparts { name } event { type date { start precision timeOfDay } place { name } parent { name } evidence { edges { node { quote } } } } } } }
        visits { totalCount edges { node { role event { visitKind visitedCountry { code } date { start end precision } } } } }
        gatherings { totalCount edges { node { event { name children { totalCount } } } } }
        awardsReceived { totalCount edges { node { event { name } counterparts { name } } } }
        awardsPresented { totalCount }
        timeline(first: 3) { totalCount pageInfo { hasNextPage } edges { node { event { type date { start } } } } }
        counterparts { totalCount edges { node { meetingCount firstMet lastMet person { name } } } }
      }
    }`);
    expect(data.person).toMatchInlineSnapshot(`
      {
        "aliases": [
          "Luong Cuong",
          "Cường",
        ],
        "awardsPresented": {
          "totalCount": 0,
        },
        "awardsReceived": {
          "edges": [
            {
              "node": {
                "counterparts": [
                  {
                    "name": "Dina Ercilia Boluarte Zegarra",
                  },
                ],
                "event": {
                  "name": "Order of the Sun of Peru",
                },
              },
            },
          ],
          "totalCount": 1,
        },
        "counterparts": {
          "edges": [
            {
              "node": {
                "firstMet": "2024-11-15",
                "lastMet": "2024-11-15",
                "meetingCount": 1,
                "person": {
                  "name": "Xi Jinping",
                },
              },
            },
            {
              "node": {
                "firstMet": "2024-11-13",
                "lastMet": "2024-11-13",
                "meetingCount": 1,
                "person": {
                  "name": "Dina Ercilia Boluarte Zegarra",
                },
              },
            },
          ],
          "totalCount": 2,
        },
        "country": {
          "code": "VN",
          "name": "Vietnam",
        },
        "gatherings": {
          "edges": [
            {
              "node": {
                "event": {
                  "children": {
                    "totalCount": 2,
                  },
                  "name": "2024 APEC Leaders' Week",
                },
              },
            },
            {
              "node": {
                "event": {
                  "children": {
                    "totalCount": 0,
                  },
                  "name": "31st APEC Economic Leaders' Meeting",
                },
              },
            },
          ],
          "totalCount": 2,
        },
        "meetings": {
          "edges": [
            {
              "node": {
                "counterparts": [
                  {
                    "name": "Dina Ercilia Boluarte Zegarra",
                  },
                ],
                "event": {
                  "date": {
                    "precision": "DAY",
                    "start": "2024-11-13",
                    "timeOfDay": "afternoon (local time)",
                  },
                  "evidence": {
                    "edges": [
                      {
                        "node": {
                          "quote": "Lima (VNA) – Vietnam's State President Lương Cường held talks with Peruvian President Dina Ercilia Boluarte Zegarra in Lima on November 13.",
                        },
                      },
                    ],
                  },
                  "parent": null,
                  "place": {
                    "name": "Lima",
                  },
                  "type": "TALKS",
                },
                "role": "GUEST",
              },
            },
            {
              "node": {
                "counterparts": [
                  {
                    "name": "Xi Jinping",
                  },
                ],
                "event": {
                  "date": {
                    "precision": "DAY",
                    "start": "2024-11-15",
                    "timeOfDay": null,
                  },
                  "evidence": {
                    "edges": [
                      {
                        "node": {
                          "quote": "On November 15, on the sidelines of the 2024 APEC Leaders' Week, Cường met Chinese President Xi Jinping.",
                        },
                      },
                    ],
                  },
                  "parent": {
                    "name": "2024 APEC Leaders' Week",
                  },
                  "place": {
                    "name": "Lima",
                  },
                  "type": "BILATERAL_MEETING",
                },
                "role": "ATTENDEE",
              },
            },
          ],
          "totalCount": 2,
        },
        "name": "Lương Cường",
        "offices": {
          "edges": [
            {
              "node": {
                "role": "HEAD_OF_STATE",
                "title": "State President",
              },
            },
          ],
          "totalCount": 1,
        },
        "timeline": {
          "edges": [
            {
              "node": {
                "event": {
                  "date": {
                    "start": "2024-11-10",
                  },
                  "type": "GATHERING",
                },
              },
            },
            {
              "node": {
                "event": {
                  "date": {
                    "start": "2024-11-13",
                  },
                  "type": "AWARD_CONFERRAL",
                },
              },
            },
            {
              "node": {
                "event": {
                  "date": {
                    "start": "2024-11-13",
                  },
                  "type": "AGREEMENT_SIGNED",
                },
              },
            },
          ],
          "pageInfo": {
            "hasNextPage": true,
          },
          "totalCount": 7,
        },
        "visits": {
          "edges": [
            {
              "node": {
                "event": {
                  "date": {
                    "end": "2024-11-16",
                    "precision": "RANGE",
                    "start": "2024-11-13",
                  },
                  "visitKind": "OFFICIAL",
                  "visitedCountry": {
                    "code": "PE",
                  },
                },
                "role": "VISITOR",
              },
            },
          ],
          "totalCount": 1,
        },
      }
    `);
  });
});

describe('node(id:)', () => {
  it('fetches any type back by the global id it hands out', async () => {
    const data = await query(
      '{ person(name: "Xi Jinping") { id } events(first: 1) { edges { node { id } } } }',
    );
    const refetched = await query(
      'query($a: ID!, $b: ID!) { a: node(id: $a) { __typename ... on Person { name } } b: node(id: $b) { __typename ... on Event { type } } }',
      { a: data.person.id, b: data.events.edges[0].node.id },
    );
    expect(refetched).toEqual({
      a: { __typename: 'Person', name: 'Xi Jinping' },
      b: { __typename: 'Event', type: 'GATHERING' },
    });
  });
});

describe('people and countries', () => {
  it('pages through people with a total count', async () => {
    const first = await query(
      '{ people(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }',
    );
    expect(first.people.totalCount).toBe(3);
    expect(first.people.edges.map((edge: Edge) => edge.node.name)).toEqual([
      'Dina Ercilia Boluarte Zegarra',
      'Lương Cường',
    ]);
    const rest = await query(
      'query($after: String) { people(first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage } } }',
      {
        after: first.people.pageInfo.endCursor,
      },
    );
    expect(rest.people).toEqual({
      edges: [{ node: { name: 'Xi Jinping' } }],
      pageInfo: { hasNextPage: false },
    });
  });

  it('lists the countries with data, their people and what happened on their soil', async () => {
    const data = await query(`{
      countries { totalCount edges { node { code people { totalCount } eventsHere { totalCount } visitsIn { totalCount } visitsOut { totalCount } } } }
    }`);
    expect(data.countries).toMatchInlineSnapshot(`
      {
        "edges": [
          {
            "node": {
              "code": "CN",
              "eventsHere": {
                "totalCount": 0,
              },
              "people": {
                "totalCount": 1,
              },
              "visitsIn": {
                "totalCount": 0,
              },
              "visitsOut": {
                "totalCount": 0,
              },
            },
          },
          {
            "node": {
              "code": "PE",
              "eventsHere": {
                "totalCount": 7,
              },
              "people": {
                "totalCount": 1,
              },
              "visitsIn": {
                "totalCount": 1,
              },
              "visitsOut": {
                "totalCount": 0,
              },
            },
          },
          {
            "node": {
              "code": "VN",
              "eventsHere": {
                "totalCount": 0,
              },
              "people": {
                "totalCount": 1,
              },
              "visitsIn": {
                "totalCount": 0,
              },
              "visitsOut": {
                "totalCount": 1,
              },
            },
          },
        ],
        "totalCount": 3,
      }
    `);
  });

  it('finds a country by code, English, French or Vietnamese name', async () => {
    for (const code of ['PE', 'pe', 'Peru', 'Pérou']) {
      const data = await query('query($code: String!) { country(code: $code) { code } }', { code });
      expect(data.country).toEqual({ code: 'PE' });
    }
  });

  it('summarises the relations of Viet Nam and Peru with the sentences that state them', async () => {
    const data = await query(`{
      country(code: "VN") {
        relations(with: "PE") {
          country { code } partner { code }
          meetingCount visitCount awardCount agreementCount firstContact lastContact
          events { totalCount edges { node { type } } }
          evidence { totalCount edges { node { quote } } }
        }
      }
    }`);
    expect(data.country.relations).toMatchInlineSnapshot(`
      {
        "agreementCount": 1,
        "awardCount": 1,
        "country": {
          "code": "VN",
        },
        "events": {
          "edges": [
            {
              "node": {
                "type": "AWARD_CONFERRAL",
              },
            },
            {
              "node": {
                "type": "AGREEMENT_SIGNED",
              },
            },
            {
              "node": {
                "type": "TALKS",
              },
            },
            {
              "node": {
                "type": "VISIT",
              },
            },
          ],
          "totalCount": 4,
        },
        "evidence": {
          "edges": [
            {
              "node": {
                "quote": "Lima (VNA) – Vietnam's State President Lương Cường held talks with Peruvian President Dina Ercilia Boluarte Zegarra in Lima on November 13.",
              },
            },
            {
              "node": {
                "quote": "Lương Cường and Dina Boluarte witnessed the signing of a memorandum on trade cooperation.",
              },
            },
            {
              "node": {
                "quote": "President Boluarte conferred the Order of the Sun of Peru on President Lương Cường.",
              },
            },
          ],
          "totalCount": 3,
        },
        "firstContact": "2024-11-13",
        "lastContact": "2024-11-13",
        "meetingCount": 1,
        "partner": {
          "code": "PE",
        },
        "visitCount": 1,
      }
    `);
  });

  it('answers null relations for an unknown partner', async () => {
    const data = await query(
      '{ country(code: "VN") { relations(with: "Atlantis") { meetingCount } } }',
    );
    expect(data.country.relations).toBeNull();
  });
});

describe('events(filter:)', () => {
  const names = async (filter: Record<string, unknown>) => {
    const data = await query(
      'query($filter: EventFilter) { events(filter: $filter) { totalCount edges { node { id type } } } }',
      { filter },
    );
    expect(data.events.totalCount).toBe(data.events.edges.length);
    return data.events.edges.map((edge: Edge) => edge.node.type).sort();
  };

  it('filters by type, date range, country, person and place', async () => {
    expect(await names({ type: ['VISIT', 'TALKS'] })).toEqual(['TALKS', 'VISIT']);
    expect(await names({ from: '2024-11-15', to: '2024-11-15' })).toEqual([
      'BILATERAL_MEETING',
      'GATHERING',
    ]);
    expect(await names({ country: 'CN' })).toEqual(['BILATERAL_MEETING']);
    expect(await names({ person: 'Xi Jinping' })).toEqual(['BILATERAL_MEETING']);
    expect(await names({ person: 'Boluarte', type: 'AWARD_CONFERRAL' })).toEqual([
      'AWARD_CONFERRAL',
    ]);
    expect(await names({ place: 'LIMA' })).toHaveLength(7);
    expect(await names({ place: 'Jorge Chavez Airport' })).toEqual([]);
  });

  it('matches nothing, rather than everything, for a person or country it does not know', async () => {
    expect(await names({ person: 'Nobody Atall' })).toEqual([]);
    expect(await names({ country: 'Atlantis' })).toEqual([]);
  });

  it('rejects a malformed date with a clear message', async () => {
    const response = await postGraphQL(
      api,
      '{ events(filter: { from: "13/11/2024" }) { totalCount } }',
    );
    expect(response.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });
});

describe('search(text:)', () => {
  const hits = async (text: string) => {
    const data = await query(
      `query($text: String!) { search(text: $text) { totalCount edges { node { __typename
        ... on Person { name } ... on Country { code } ... on Place { name } ... on Event { eventName: name } } } } }`,
      { text },
    );
    return data.search.edges.map(
      (edge: Edge) =>
        `${edge.node.__typename}:${edge.node.name ?? edge.node.code ?? edge.node.eventName}`,
    );
  };

  it('finds people, places, countries and events without minding diacritics', async () => {
    expect(await hits('cuong')).toEqual(['Person:Lương Cường']);
    expect(await hits('chavez')).toEqual(['Place:Jorge Chávez Airport']);
    expect(await hits('Pérou')).toEqual(['Country:PE']);
    expect(await hits('apec')).toEqual([
      "Event:2024 APEC Leaders' Week",
      "Event:31st APEC Economic Leaders' Meeting",
    ]);
  });
});

describe('articles and stats', () => {
  it('returns an article with spans that index into its text', async () => {
    const data = await query(`{
      events(filter: { type: TALKS }, first: 1) { edges { node { evidence(first: 1) { edges { node { start end quote article {
        title language sourceAgency publishedOn text mentions(first: 50) { totalCount edges { node { start end text kind } } }
      } } } } } } }
    }`);
    const evidence = data.events.edges[0].node.evidence.edges[0].node;
    expect(evidence.article.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    for (const { node } of evidence.article.mentions.edges) {
      expect(evidence.article.text.slice(node.start, node.end)).toBe(node.text);
    }
    expect(evidence.article.mentions.totalCount).toBe(3);
  });

  it('counts what the graph holds', async () => {
    const data = await query(
      '{ stats { people countries events places articles evidence firstEvent lastEvent eventsByType { type count } } }',
    );
    expect(data.stats).toMatchInlineSnapshot(`
      {
        "articles": 1,
        "countries": 3,
        "events": 7,
        "eventsByType": [
          {
            "count": 2,
            "type": "GATHERING",
          },
          {
            "count": 1,
            "type": "AGREEMENT_SIGNED",
          },
          {
            "count": 1,
            "type": "AWARD_CONFERRAL",
          },
          {
            "count": 1,
            "type": "BILATERAL_MEETING",
          },
          {
            "count": 1,
            "type": "TALKS",
          },
          {
            "count": 1,
            "type": "VISIT",
          },
        ],
        "evidence": 5,
        "firstEvent": "2024-11-10",
        "lastEvent": "2024-11-15",
        "people": 3,
        "places": 2,
      }
    `);
  });
});
