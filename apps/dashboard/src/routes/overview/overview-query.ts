import { EVENT_SUMMARY, type EventSummary } from '../../graphql/fragments/event-summary.ts';
import { graphql } from '../../graphql/typed-document.ts';

export type OverviewData = {
  health: { status: string; database: string };
  stats: {
    people: number;
    events: number;
    articles: number;
    countries: number;
    eventsByType: Array<{ type: string; count: number }>;
  };
  latestEvents: { edges: Array<{ node: EventSummary }> };
};

export const OVERVIEW_QUERY = graphql<OverviewData>(
  /* GraphQL */ `
  query Overview {
    health {
      status
      database
    }
    stats {
      people
      events
      articles
      countries
      eventsByType {
        type
        count
      }
    }
    latestEvents: events(first: 8) {
      edges {
        node {
          ...EventSummary
        }
      }
    }
  }`,
  [EVENT_SUMMARY],
);
