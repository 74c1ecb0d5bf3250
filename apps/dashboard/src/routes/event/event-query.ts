import { EVENT_SUMMARY, type EventSummary } from '../../graphql/fragments/event-summary.ts';
import { EVIDENCE_FIELDS, type EvidenceFields } from '../../graphql/fragments/evidence.ts';
import { graphql } from '../../graphql/typed-document.ts';

export type EventData = {
  node:
    | (EventSummary & {
        __typename: 'Event';
        visitKind: string | null;
        gatheringKind: string | null;
        visitedCountry: { code: string; name: string } | null;
        date: { timeOfDay: string | null };
        parent: EventSummary | null;
        children: { edges: Array<{ node: EventSummary }> };
        evidence: { edges: Array<{ node: EvidenceFields }> };
      })
    | null;
};

export const EVENT_QUERY = graphql<EventData, { id: string }>(
  /* GraphQL */ `
  query Event($id: ID!) {
    node(id: $id) {
      __typename
      ... on Event {
        ...EventSummary
        date {
          timeOfDay
        }
        visitKind
        gatheringKind
        visitedCountry {
          code
          name
        }
        parent {
          ...EventSummary
        }
        children {
          edges {
            node {
              ...EventSummary
            }
          }
        }
        evidence {
          edges {
            node {
              ...EvidenceFields
            }
          }
        }
      }
    }
  }`,
  [EVENT_SUMMARY, EVIDENCE_FIELDS],
);
