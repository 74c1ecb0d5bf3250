import { EVIDENCE_FIELDS, type EvidenceFields } from '../../graphql/fragments/evidence.ts';
import {
  PARTICIPATION_FACTS,
  type ParticipationConnection,
} from '../../graphql/fragments/participation-facts.ts';
import { graphql } from '../../graphql/typed-document.ts';

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
          evidence: EvidenceFields[];
        };
      }>;
    };
    counterparts: {
      edges: Array<{ node: { meetingCount: number; person: { id: string; name: string } } }>;
    };
    meetings: ParticipationConnection;
    visits: ParticipationConnection;
    gatherings: ParticipationConnection;
    awardsReceived: ParticipationConnection;
    awardsPresented: ParticipationConnection;
    timeline: ParticipationConnection;
  } | null;
};

// The API caps a page at 100 items; a person page shows the first page of each list.
const PARTICIPATIONS = /* GraphQL */ `
  totalCount
  edges {
    node {
      ...ParticipationFacts
    }
  }
`;

export const PERSON_QUERY = graphql<PersonData, { id: string }>(
  /* GraphQL */ `
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
        offices(first: 100) {
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
              evidence {
                ...EvidenceFields
              }
            }
          }
        }
        counterparts(first: 100) {
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
        meetings(first: 100) { ${PARTICIPATIONS} }
        visits(first: 100) { ${PARTICIPATIONS} }
        gatherings(first: 100) { ${PARTICIPATIONS} }
        awardsReceived(first: 100) { ${PARTICIPATIONS} }
        awardsPresented(first: 100) { ${PARTICIPATIONS} }
        timeline(first: 100) { ${PARTICIPATIONS} }
      }
    }
  }`,
  [PARTICIPATION_FACTS, EVIDENCE_FIELDS],
);
