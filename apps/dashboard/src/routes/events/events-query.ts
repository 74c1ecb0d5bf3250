import { EVENT_SUMMARY, type EventSummary } from '../../graphql/fragments/event-summary.ts';
import { graphql } from '../../graphql/typed-document.ts';

/** The filters the events page keeps in its URL, by the names the API's EventFilter uses. */
export const EVENT_FILTER_KEYS = ['type', 'from', 'to', 'country', 'person'] as const;
export type EventFilterKey = (typeof EVENT_FILTER_KEYS)[number];
export type EventFilter = Partial<Record<EventFilterKey, string>>;

export type EventsData = {
  events: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: EventSummary }>;
  };
};

export const EVENTS_PAGE_SIZE = 20;

export const EVENTS_QUERY = graphql<EventsData, { filter: EventFilter; after: string | null }>(
  /* GraphQL */ `
    query Events($filter: EventFilter, $after: String) {
      events(filter: $filter, first: ${EVENTS_PAGE_SIZE}, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...EventSummary
          }
        }
      }
    }
  `,
  [EVENT_SUMMARY],
);

export type CountryOptionsData = {
  countries: { edges: Array<{ node: { code: string; name: string } }> };
};

export const COUNTRY_OPTIONS_QUERY = graphql<CountryOptionsData>(/* GraphQL */ `
  query CountryOptions {
    countries(first: 100) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);
