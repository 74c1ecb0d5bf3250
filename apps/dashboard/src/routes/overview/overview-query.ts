import { EVENT_SUMMARY, type EventSummary } from '../../graphql/fragments/event-summary.ts';
import { graphql } from '../../graphql/typed-document.ts';

export type HealthData = {
  health: { status: string; database: { reachable: boolean; latencyMs: number } };
};

// Health is its own query: it answers even when the database does not, so the overview can
// say "database not answering" while the counts fail.
export const HEALTH_QUERY = graphql<HealthData>(/* GraphQL */ `
  query Health {
    health {
      status
      database {
        reachable
        latencyMs
      }
    }
  }
`);

export type OverviewData = {
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
    # Events come oldest first with undated ones at the end: the latest dated events are the
    # last page of those starting after any plausible date.
    latestEvents: events(filter: { from: "1900-01-01" }, last: 5) {
      edges {
        node {
          ...EventSummary
        }
      }
    }
  }`,
  [EVENT_SUMMARY],
);
