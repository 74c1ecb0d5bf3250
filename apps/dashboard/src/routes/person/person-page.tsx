import { EventFacts } from '../../components/event-facts.tsx';
import { describeEvent } from '../../components/event-table.tsx';
import { EvidenceList } from '../../components/evidence-list.tsx';
import { EmptyState, QueryView } from '../../components/query-view.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { labelFor, OFFICE_ROLE_LABELS } from '../../format/event-types.ts';
import { formatEventDate } from '../../format/format-date.ts';
import { useQuery } from '../../graphql/use-query.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/paths.ts';
import { PERSON_QUERY, type PersonData } from './person-query.ts';

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

function PersonView({ person }: { person: Person }) {
  usePageTitle(person.name);
  const sections = [
    { id: 'meetings', title: 'Meetings', data: person.meetings, empty: 'No meetings recorded.' },
    { id: 'visits', title: 'Visits', data: person.visits, empty: 'No visits recorded.' },
    {
      id: 'gatherings',
      title: 'Gatherings',
      data: person.gatherings,
      empty: 'No gatherings recorded.',
    },
    {
      id: 'awards-received',
      title: 'Awards received',
      data: person.awardsReceived,
      empty: 'No awards received.',
    },
    {
      id: 'awards-presented',
      title: 'Awards presented',
      data: person.awardsPresented,
      empty: 'No awards presented.',
    },
  ];
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
            ...sections,
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
                <EvidenceList evidence={office.evidence} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`}>
          <h2 id={`${section.id}-heading`}>
            {section.title} <span className="count">{section.data.totalCount}</span>
          </h2>
          <EventFacts
            participations={section.data.edges.map((edge) => edge.node)}
            empty={section.empty}
          />
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
        {person.timeline.edges.length === 0 ? (
          <EmptyState>Nothing dated yet.</EmptyState>
        ) : (
          <ol className="timeline">
            {person.timeline.edges.map(({ node: { event, role } }) => (
              <li key={`${event.id}-${role}`}>
                <time dateTime={event.dateStart ?? undefined}>
                  {formatEventDate(event.dateStart, event.dateEnd, event.datePrecision)}
                </time>{' '}
                <Link href={paths.event(event.id)}>{describeEvent(event)}</Link>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
