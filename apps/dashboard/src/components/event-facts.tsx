import { EVENT_TYPE_LABELS, labelFor, PARTICIPANT_ROLE_LABELS } from '../format/event-types.ts';
import { formatEventDate } from '../format/format-date.ts';
import type { ParticipationFacts } from '../graphql/fragments/participation-facts.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/paths.ts';
import { describeEvent, PlaceName } from './event-table.tsx';
import { EvidenceList } from './evidence-list.tsx';
import { EmptyState } from './query-view.tsx';

type EventFactsProps = { participations: ParticipationFacts[]; empty: string };

/** A person's events as facts: what, in which role, with whom, when, where, and the proof. */
export function EventFacts({ participations, empty }: EventFactsProps) {
  if (participations.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="fact-list">
      {participations.map(({ event, role, counterparts }) => (
        <li key={`${event.id}-${role}`} className="fact">
          <p className="fact-head">
            <Link href={paths.event(event.id)} className="fact-title">
              {describeEvent(event)}
            </Link>
            {event.name && <span className="tag">{labelFor(EVENT_TYPE_LABELS, event.type)}</span>}
            <span className="tag tag-role">{labelFor(PARTICIPANT_ROLE_LABELS, role)}</span>
          </p>
          <p className="fact-meta">
            <span>{formatEventDate(event.date)}</span>
            {event.place && (
              <span>
                {' · '}
                <PlaceName place={event.place} />
              </span>
            )}
            {counterparts.length > 0 && (
              <span>
                {' · with '}
                {counterparts.map((person, index) => (
                  <span key={person.id}>
                    {index > 0 && ', '}
                    <Link href={paths.person(person.id)}>{person.name}</Link>
                  </span>
                ))}
              </span>
            )}
            {event.parent && (
              <span>
                {' · during '}
                <Link href={paths.event(event.parent.id)}>{describeEvent(event.parent)}</Link>
              </span>
            )}
          </p>
          <EvidenceList evidence={event.evidence.edges.map((edge) => edge.node)} visible={1} />
        </li>
      ))}
    </ul>
  );
}
