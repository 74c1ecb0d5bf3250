import { graphql } from '../../graphql/typed-document.ts';

export type PersonRow = {
  id: string;
  name: string;
  aliases: string[];
  country: { code: string; name: string } | null;
  offices: Array<{ title: string }>;
};

export type PeopleData = { people: { totalCount: number; edges: Array<{ node: PersonRow }> } };

export const PEOPLE_QUERY = graphql<PeopleData, { search: string | null }>(/* GraphQL */ `
  query People($search: String) {
    people(search: $search, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          aliases
          country {
            code
            name
          }
          offices {
            title
          }
        }
      }
    }
  }
`);
