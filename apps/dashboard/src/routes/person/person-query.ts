import {
  PARTICIPATION_FACTS,
  type ParticipationConnection,
} from '../../graphql/fragments/participation-facts.ts';
import { graphql, type TypedDocument } from '../../graphql/typed-document.ts';

export type PersonData = {
  node: {
    __typename: 'Person';
    id: string;
    name: string;
    aliases: string[];
    country: { code: string; name: string } | null;
    offices: {
      edges: Array<{
        node: {
          id: string;
          title: string;
          role: string;
          country: { code: string; name: string } | null;
          organization: { name: string } | null;
        };
      }>;
    };
    counterparts: {
      edges: Array<{ node: { meetingCount: number; person: { id: string; name: string } } }>;
    };
  } | null;
};

export const PERSON_QUERY = graphql<PersonData, { id: string }>(/* GraphQL */ `
  query Person($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        name
        aliases
        country {
          code
          name
        }
        offices {
          edges {
            node {
              id
              title
              role
              country {
                code
                name
              }
              organization {
                name
              }
            }
          }
        }
        counterparts {
          edges {
            node {
              meetingCount
              person {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** The lists of a person's events, each a field of Person that pages Participation rows. */
export const PARTICIPATION_LISTS = [
  'meetings',
  'visits',
  'gatherings',
  'awardsReceived',
  'awardsPresented',
  'timeline',
] as const;

export type ParticipationList = (typeof PARTICIPATION_LISTS)[number];

export type ParticipationsData = {
  node: { __typename: 'Person'; list: ParticipationConnection } | null;
};

// One query per list: each section of the person page loads (and fails) on its own, and each
// request stays well inside the API's cost limit.
function participationsQuery(list: ParticipationList) {
  return graphql<ParticipationsData, { id: string }>(
    /* GraphQL */ `
      query PersonParticipations($id: ID!) {
        node(id: $id) {
          __typename
          ... on Person {
            list: ${list} {
              totalCount
              edges {
                node {
                  ...ParticipationFacts
                }
              }
            }
          }
        }
      }
    `,
    [PARTICIPATION_FACTS],
  );
}

export const PARTICIPATIONS_QUERIES = Object.fromEntries(
  PARTICIPATION_LISTS.map((list) => [list, participationsQuery(list)]),
) as Record<ParticipationList, TypedDocument<ParticipationsData, { id: string }>>;
