import { EVENT_SUMMARY, type EventSummary } from '../../graphql/fragments/event-summary.ts';
import { EVIDENCE_FIELDS, type EvidenceFields } from '../../graphql/fragments/evidence.ts';
import { graphql } from '../../graphql/typed-document.ts';

type EventConnection = { totalCount: number; edges: Array<{ node: EventSummary }> };

export type CountryData = {
  country: {
    code: string;
    name: string;
    nameFr: string;
    people: { totalCount: number; edges: Array<{ node: { id: string; name: string } }> };
    eventsHere: EventConnection;
    visitsIn: EventConnection;
    visitsOut: EventConnection;
  } | null;
  partners: { edges: Array<{ node: { code: string; name: string } }> };
};

export const COUNTRY_QUERY = graphql<CountryData, { code: string }>(
  /* GraphQL */ `
    query Country($code: String!) {
      country(code: $code) {
        code
        name
        nameFr
        people {
          totalCount
          edges {
            node {
              id
              name
            }
          }
        }
        eventsHere {
          totalCount
          edges {
            node {
              ...EventSummary
            }
          }
        }
        visitsIn {
          totalCount
          edges {
            node {
              ...EventSummary
            }
          }
        }
        visitsOut {
          totalCount
          edges {
            node {
              ...EventSummary
            }
          }
        }
      }
      partners: countries(first: 100) {
        edges {
          node {
            code
            name
          }
        }
      }
    }
  `,
  [EVENT_SUMMARY],
);

export type RelationsData = {
  country: {
    relations: {
      partner: { code: string; name: string };
      meetingCount: number;
      visitCount: number;
      awardCount: number;
      agreementCount: number;
      firstContact: string | null;
      lastContact: string | null;
      events: EventConnection;
      evidence: { totalCount: number; edges: Array<{ node: EvidenceFields }> };
    } | null;
  } | null;
};

export const RELATIONS_QUERY = graphql<RelationsData, { code: string; partner: string }>(
  /* GraphQL */ `
    query Relations($code: String!, $partner: String!) {
      country(code: $code) {
        relations(with: $partner) {
          partner {
            code
            name
          }
          meetingCount
          visitCount
          awardCount
          agreementCount
          firstContact
          lastContact
          events {
            totalCount
            edges {
              node {
                ...EventSummary
              }
            }
          }
          evidence {
            totalCount
            edges {
              node {
                ...EvidenceFields
              }
            }
          }
        }
      }
    }
  `,
  [EVENT_SUMMARY, EVIDENCE_FIELDS],
);
