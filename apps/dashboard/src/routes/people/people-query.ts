import { fragment, graphql } from '../../graphql/typed-document.ts';

export type PersonCard = {
  id: string;
  name: string;
  country: { code: string; name: string } | null;
  offices: { edges: Array<{ node: { title: string } }> };
};

const PERSON_CARD = fragment(/* GraphQL */ `
  fragment PersonCard on Person {
    id
    name
    country {
      code
      name
    }
    offices {
      edges {
        node {
          title
        }
      }
    }
  }
`);

export type PeopleData = {
  people?: { totalCount: number; edges: Array<{ node: PersonCard }> };
  search?: {
    edges: Array<{ node: ({ __typename: 'Person' } & PersonCard) | { __typename: string } }>;
  };
};

export type PeopleVariables = { text: string; searching: boolean };

// One document for both states of the page: every person by name, or the people among the
// search hits (search is the API's diacritic-insensitive matcher).
export const PEOPLE_QUERY = graphql<PeopleData, PeopleVariables>(
  /* GraphQL */ `
    query People($text: String!, $searching: Boolean!) {
      people(first: 40) @skip(if: $searching) {
        totalCount
        edges {
          node {
            ...PersonCard
          }
        }
      }
      search(text: $text, first: 40) @include(if: $searching) {
        edges {
          node {
            __typename
            ...PersonCard
          }
        }
      }
    }
  `,
  [PERSON_CARD],
);

/** The people a People query found, and how many there are in all. */
export function readPeople(data: PeopleData): { totalCount: number; people: PersonCard[] } {
  if (data.people) {
    return { totalCount: data.people.totalCount, people: data.people.edges.map((e) => e.node) };
  }
  const people = (data.search?.edges ?? [])
    .map((edge) => edge.node)
    .filter((node): node is { __typename: 'Person' } & PersonCard => node.__typename === 'Person');
  return { totalCount: people.length, people };
}
