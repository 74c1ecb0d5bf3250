import { EventFacts } from '../../components/event-facts.tsx';
import { describeEvent } from '../../components/event-table.tsx';
import { EmptyState, PartialListNote, QueryView } from '../../components/query-view.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { labelFor, OFFICE_ROLE_LABELS, PARTICIPANT_ROLE_LABELS } from '../../format/event-types.ts';
import { formatEventDate } from '../../format/format-date.ts';
import { useQuery } from '../../graphql/use-query.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/paths.ts';
import {
  PARTICIPATIONS_QUERIES,
  type ParticipationList,
  PERSON_QUERY,
  type PersonData,
} from './person-query.ts';

type Person = NonNullable<PersonData['node']>;

export function PersonPage({ id }: { id: string }) {
  const result = useQuery(PERSON_QUERY, { id });
  return (
    <QueryView result={result} label="the person">
      {(data) =>
        data.node ? <PersonView person={data.node} /> : <EmptyState>No such person.</EmptyState>
      }
    </QueryView>
  );
}

const SECTIONS: Array<{ list: ParticipationList; id: string; title: string; empty: string }> = [
  { list: 'meetings', id: 'meetings', title: 'Meetings', empty: 'No meetings recorded.' },
  { list: 'visits', id: 'visits', title: 'Visits', empty: 'No visits recorded.' },
  { list: 'gatherings', id: 'gatherings', title: 'Gatherings', empty: 'No gatherings recorded.' },
  {
    list: 'awardsReceived',
    id: 'awards-received',
    title: 'Awards received',
    empty: 'No awards received.',
  },
  {
    list: 'awardsPresented',
    id: 'awards-presented',
    title: 'Awards presented',
    empty: 'No awards presented.',
  },
];

function PersonView({ person }: { person: Person }) {
  usePageTitle(person.name);
  return (
    <article className="entity">
      <header>
        <h1>{person.name}</h1>
        <p className="lede">
          {person.country && (
            <Link href={paths.country(person.country.code)}>{person.country.name}</Link>
          )}
          {person.aliases.length > 0 && (
            <span className="aliases"> · also written {person.aliases.join(', ')}</span>
          )}
        </p>
        <nav aria-label="On this page" className="toc">
          {[
            { id: 'offices', title: 'Offices' },
            ...SECTIONS,
            { id: 'counterparts', title: 'Counterparts' },
            { id: 'timeline', title: 'Timeline' },
          ].map((anchor) => (
            <a key={anchor.id} href={`#${anchor.id}`}>
              {anchor.title}
            </a>
          ))}
        </nav>
      </header>

      <section id="offices" aria-labelledby="offices-heading">
        <h2 id="offices-heading">Offices</h2>
        {person.offices.edges.length === 0 ? (
          <EmptyState>No offices recorded.</EmptyState>
        ) : (
          <ul className="fact-list">
            {person.offices.edges.map(({ node: office }) => (
              <li key={office.id} className="fact">
                <p className="fact-head">
                  <span className="fact-title">{office.title}</span>
                  <span className="tag">{labelFor(OFFICE_ROLE_LABELS, office.role)}</span>
                </p>
                <p className="fact-meta">
                  {office.organization?.name ?? office.country?.name ?? ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {SECTIONS.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`}>
          <ParticipationSection personId={person.id} {...section} />
        </section>
      ))}

      <section id="counterparts" aria-labelledby="counterparts-heading">
        <h2 id="counterparts-heading">Counterparts</h2>
        {person.counterparts.edges.length === 0 ? (
          <EmptyState>No counterparts recorded.</EmptyState>
        ) : (
          <ul className="type-counts">
            {person.counterparts.edges.map(({ node: { person: other, meetingCount } }) => (
              <li key={other.id}>
                <Link href={paths.person(other.id)}>
                  {other.name} <span className="count">{meetingCount}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section id="timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline personId={person.id} />
      </section>
    </article>
  );
}

type SectionProps = {
  personId: string;
  list: ParticipationList;
  id: string;
  title: string;
  empty: string;
};

/** One list of the person's events, loaded by its own query. */
function ParticipationSection({ personId, list, id, title, empty }: SectionProps) {
  const result = useQuery(PARTICIPATIONS_QUERIES[list], { id: personId });
  const total = result.status === 'ready' ? result.data.node?.list.totalCount : undefined;
  return (
    <>
      <h2 id={`${id}-heading`}>
        {title} {total !== undefined && <span className="count">{total}</span>}
      </h2>
      <QueryView result={result} label={title.toLowerCase()}>
        {(data) => {
          const list = data.node?.list;
          return (
            <>
              <EventFacts
                participations={list?.edges.map((edge) => edge.node) ?? []}
                empty={empty}
              />
              {list && <PartialListNote shown={list.edges.length} total={list.totalCount} />}
            </>
          );
        }}
      </QueryView>
    </>
  );
}

function Timeline({ personId }: { personId: string }) {
  const result = useQuery(PARTICIPATIONS_QUERIES.timeline, { id: personId });
  return (
    <QueryView result={result} label="the timeline">
      {(data) => {
        const edges = data.node?.list.edges ?? [];
        if (edges.length === 0) return <EmptyState>Nothing recorded yet.</EmptyState>;
        return (
          <>
            <ol className="timeline">
              {edges.map(({ node: { event, role } }) => (
                <li key={`${event.id}-${role}`}>
                  <time dateTime={event.date.start ?? undefined}>
                    {formatEventDate(event.date)}
                  </time>{' '}
                  <Link href={paths.event(event.id)}>{describeEvent(event)}</Link>{' '}
                  <span className="tag tag-role">{labelFor(PARTICIPANT_ROLE_LABELS, role)}</span>
                </li>
              ))}
            </ol>
            <PartialListNote shown={edges.length} total={data.node?.list.totalCount ?? 0} />
          </>
        );
      }}
    </QueryView>
  );
}
