import { type FormEvent, useState } from 'react';
import { EventTable } from '../../components/event-table.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { countLabel } from '../../format/count-label.ts';
import { EVENT_TYPE_LABELS, EVENT_TYPES } from '../../format/event-types.ts';
import { useQuery } from '../../graphql/use-query.ts';
import { Link } from '../../router/link.tsx';
import { navigate, useLocation } from '../../router/navigation.ts';
import { paths } from '../../router/paths.ts';
import {
  COUNTRY_OPTIONS_QUERY,
  EVENTS_PAGE_SIZE,
  EVENTS_QUERY,
  type EventFilter,
} from './events-query.ts';
import { readEventFilter } from './read-event-filter.ts';

export function EventsPage() {
  usePageTitle('Events');
  const { search } = useLocation();
  const filter = readEventFilter(search);
  const after = search.get('after');
  const result = useQuery(EVENTS_QUERY, { filter, after });

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    navigate(paths.events(readEventFilter(toSearchParams(form))));
  }

  return (
    <>
      <h1>Events</h1>
      {/* The key resets the form's fields when the URL changes (back button, a type link). */}
      <EventFilterForm key={search.toString()} filter={filter} onSubmit={applyFilters} />
      <QueryView result={result} label="events">
        {(data) => (
          <>
            <p className="result-count" role="status">
              {after
                ? `A later page of ${data.events.totalCount} events`
                : countLabel(data.events.edges.length, data.events.totalCount, ['event', 'events'])}
            </p>
            <EventTable
              events={data.events.edges.map((edge) => edge.node)}
              caption="Events"
              captionHidden
              empty="No events match these filters."
            />
            <nav className="pager" aria-label="Pages">
              {after && <Link href={paths.events(filter)}>First page</Link>}
              {data.events.pageInfo.hasNextPage && data.events.pageInfo.endCursor && (
                <Link href={paths.events({ ...filter, after: data.events.pageInfo.endCursor })}>
                  Next {EVENTS_PAGE_SIZE} events
                </Link>
              )}
            </nav>
          </>
        )}
      </QueryView>
    </>
  );
}

type EventFilterFormProps = {
  filter: EventFilter;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

function EventFilterForm({ filter, onSubmit }: EventFilterFormProps) {
  const countries = useQuery(COUNTRY_OPTIONS_QUERY, {});
  const countryOptions = countries.status === 'ready' ? countries.data.countries.edges : [];
  // Controlled, so the URL's country stays selected when the options arrive after the form.
  const [country, setCountry] = useState(filter.country ?? '');
  return (
    <form className="filters" aria-label="Filter events" onSubmit={onSubmit}>
      <label>
        Type
        <select name="type" defaultValue={filter.type ?? ''}>
          <option value="">Any type</option>
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {EVENT_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" name="from" defaultValue={filter.from ?? ''} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={filter.to ?? ''} />
      </label>
      <label>
        Country
        <select name="country" value={country} onChange={(e) => setCountry(e.target.value)}>
          <option value="">Any country</option>
          {countryOptions.map(({ node }) => (
            <option key={node.code} value={node.code}>
              {node.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Person
        <input type="search" name="person" defaultValue={filter.person ?? ''} placeholder="Name" />
      </label>
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <Link href={paths.events()}>Clear</Link>
      </div>
    </form>
  );
}

function toSearchParams(form: FormData): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') params.set(key, value);
  }
  return params;
}
