import { graphql } from '../../graphql/typed-document.ts';

export type CountriesData = {
  countries: {
    totalCount: number;
    edges: Array<{
      node: {
        code: string;
        name: string;
        people: { totalCount: number };
        eventsHere: { totalCount: number };
      };
    }>;
  };
};

export const COUNTRIES_QUERY = graphql<CountriesData>(/* GraphQL */ `
  query Countries {
    countries(first: 100) {
      totalCount
      edges {
        node {
          code
          name
          people {
            totalCount
          }
          eventsHere {
            totalCount
          }
        }
      }
    }
  }
`);
