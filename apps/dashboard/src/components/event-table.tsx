import { EVENT_KIND_LABELS, EVENT_TYPE_LABELS, labelFor } from '../format/event-types.ts';
import { formatEventDate } from '../format/format-date.ts';
import type { EventSummary } from '../graphql/fragments/event-summary.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/paths.ts';
import { EmptyState } from './query-view.tsx';

type EventTableProps = {
  events: EventSummary[];
  caption: string;
  /** Hide the caption visually when a heading or count above already says it. */
  captionHidden?: boolean;
  empty?: string;
};

/** A list of events as a table: when, what, who, where. */
export function EventTable({ events, caption, captionHidden, empty }: EventTableProps) {
  if (events.length === 0) return <EmptyState>{empty ?? 'No events.'}</EmptyState>;
  return (
    <table className="data-table">
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Event</th>
          <th scope="col">Participants</th>
          <th scope="col">Place</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td className="nowrap">{formatEventDate(event.date)}</td>
            <td>
              <Link href={paths.event(event.id)}>{describeEvent(event)}</Link>
            </td>
            <td>
              <PersonList people={event.participants.edges.map((edge) => edge.node.person)} />
            </td>
            <td className="nowrap">{event.place ? <PlaceName place={event.place} /> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type DescribedEvent = Pick<EventSummary, 'type' | 'name'> &
  Partial<Pick<EventSummary, 'visitKind' | 'visitedCountry'>>;

/** An event's own name when it has one; a visit says where; otherwise its type. */
export function describeEvent(event: DescribedEvent): string {
  if (event.name) return event.name;
  if (event.type === 'VISIT' && event.visitedCountry) {
    const kind = event.visitKind ? EVENT_KIND_LABELS[event.visitKind] : undefined;
    return `${kind ? `${kind} visit` : 'Visit'} to ${event.visitedCountry.name}`;
  }
  return labelFor(EVENT_TYPE_LABELS, event.type);
}

function PersonList({ people }: { people: Array<{ id: string; name: string }> }) {
  // A person may take part in two roles (host and speaker); list them once.
  const unique = [...new Map(people.map((p) => [p.id, p])).values()];
  if (unique.length === 0) return <>—</>;
  return (
    <>
      {unique.map((person, index) => (
        <span key={person.id}>
          {index > 0 && ', '}
          <Link href={paths.person(person.id)}>{person.name}</Link>
        </span>
      ))}
    </>
  );
}

export function PlaceName({ place }: { place: NonNullable<EventSummary['place']> }) {
  return (
    <>
      {place.name}
      {place.country && (
        <>
          , <Link href={paths.country(place.country.code)}>{place.country.name}</Link>
        </>
      )}
    </>
  );
}
