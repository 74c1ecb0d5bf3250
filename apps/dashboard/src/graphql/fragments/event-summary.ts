import type { DatePrecision } from '../../format/format-date.ts';
import { fragment } from '../typed-document.ts';

// The few fields every event row shows, wherever a list of events appears.
export const EVENT_SUMMARY = fragment(/* GraphQL */ `
  fragment EventSummary on Event {
    id
    type
    name
    dateStart
    dateEnd
    datePrecision
    place {
      name
      country {
        code
        name
      }
    }
    participants {
      role
      person {
        id
        name
      }
    }
  }
`);

export type EventSummary = {
  id: string;
  type: string;
  name: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision | null;
  place: { name: string; country: { code: string; name: string } | null } | null;
  participants: Array<{ role: string; person: { id: string; name: string } }>;
};
