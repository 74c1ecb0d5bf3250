import { describeEvent, EventTable, PlaceName } from '../../components/event-table.tsx';
import { EvidenceList } from '../../components/evidence-list.tsx';
import { EmptyState, QueryView } from '../../components/query-view.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import {
  EVENT_KIND_LABELS,
  EVENT_TYPE_LABELS,
  labelFor,
  PARTICIPANT_ROLE_LABELS,
} from '../../format/event-types.ts';
import { formatEventDate } from '../../format/format-date.ts';
import { useQuery } from '../../graphql/use-query.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/paths.ts';
import { EVENT_QUERY, type EventData } from './event-query.ts';

type Event = NonNullable<EventData['node']>;

export function EventPage({ id }: { id: string }) {
  const result = useQuery(EVENT_QUERY, { id });
  return (
    <QueryView result={result} label="the event">
      {(data) =>
        data.node ? <EventView event={data.node} /> : <EmptyState>No such event.</EmptyState>
      }
    </QueryView>
  );
}

function EventView({ event }: { event: Event }) {
  const title = describeEvent(event);
  usePageTitle(title);
  const kind = event.visitKind ?? event.gatheringKind;
  return (
    <article className="entity">
      <header>
        <p className="eyebrow">
          {labelFor(EVENT_TYPE_LABELS, event.type)}
          {kind && EVENT_KIND_LABELS[kind] && ` · ${EVENT_KIND_LABELS[kind]}`}
        </p>
        <h1>{title}</h1>
        <dl className="facts-grid">
          <dt>Date</dt>
          <dd>
            {formatEventDate(event.date)}
            {event.date.timeOfDay && `, ${event.date.timeOfDay}`}
          </dd>
          <dt>Place</dt>
          <dd>{event.place ? <PlaceName place={event.place} /> : 'Not stated'}</dd>
          {event.visitedCountry && (
            <>
              <dt>Country visited</dt>
              <dd>
                <Link href={paths.country(event.visitedCountry.code)}>
                  {event.visitedCountry.name}
                </Link>
              </dd>
            </>
          )}
          {event.parent && (
            <>
              <dt>Part of</dt>
              <dd>
                <Link href={paths.event(event.parent.id)}>{describeEvent(event.parent)}</Link>
              </dd>
            </>
          )}
        </dl>
      </header>

      <section aria-labelledby="participants-heading">
        <h2 id="participants-heading">Participants</h2>
        {event.participants.edges.length === 0 ? (
          <EmptyState>No participants recorded.</EmptyState>
        ) : (
          <ul className="participant-list">
            {event.participants.edges.map(({ node: { person, role } }) => (
              <li key={`${person.id}-${role}`}>
                <Link href={paths.person(person.id)}>{person.name}</Link>
                <span className="tag tag-role">{labelFor(PARTICIPANT_ROLE_LABELS, role)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        {event.evidence.edges.length === 0 ? (
          <EmptyState>No sentence recorded.</EmptyState>
        ) : (
          <EvidenceList evidence={event.evidence.edges.map((edge) => edge.node)} />
        )}
      </section>

      {event.children.edges.length > 0 && (
        <section aria-labelledby="children-heading">
          <h2 id="children-heading">Within this event</h2>
          <EventTable
            events={event.children.edges.map((edge) => edge.node)}
            caption="Events that took place within it"
          />
        </section>
      )}
    </article>
  );
}
