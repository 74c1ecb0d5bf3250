import type { DatePrecision } from '../../format/format-date.ts';
import { fragment } from '../typed-document.ts';

// The few fields every event row shows, wherever a list of events appears.
export const EVENT_SUMMARY = fragment(/* GraphQL */ `
  fragment EventSummary on Event {
    id
    type
    name
    visitKind
    visitedCountry {
      code
      name
    }
    date {
      start
      end
      precision
    }
    place {
      name
      country {
        code
        name
      }
    }
    participants {
      edges {
        node {
          role
          person {
            id
            name
          }
        }
      }
    }
  }
`);

type EventDate = {
  start: string | null;
  end: string | null;
  precision: DatePrecision | null;
};

export type EventSummary = {
  id: string;
  type: string;
  name: string | null;
  visitKind: string | null;
  visitedCountry: { code: string; name: string } | null;
  date: EventDate;
  place: { name: string; country: { code: string; name: string } | null } | null;
  participants: {
    edges: Array<{ node: { role: string; person: { id: string; name: string } } }>;
  };
};
