import { fragment } from '../typed-document.ts';
import { EVENT_SUMMARY, type EventSummary } from './event-summary.ts';
import { EVIDENCE_FIELDS, type EvidenceFields } from './evidence.ts';

// A person's part in an event, with everything a person page states about it: whom they met,
// during which gathering, and the sentences that say so.
export const PARTICIPATION_FACTS = fragment(
  /* GraphQL */ `
  fragment ParticipationFacts on Participation {
    role
    counterparts {
      id
      name
    }
    event {
      ...EventSummary
      parent {
        id
        type
        name
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
`,
  [EVENT_SUMMARY, EVIDENCE_FIELDS],
);

export type ParticipationFacts = {
  role: string;
  counterparts: Array<{ id: string; name: string }>;
  event: EventSummary & {
    parent: { id: string; type: string; name: string | null } | null;
    evidence: { edges: Array<{ node: EvidenceFields }> };
  };
};

export type ParticipationConnection = {
  totalCount: number;
  edges: Array<{ node: ParticipationFacts }>;
};
