import { useEffect, useState } from 'react';
import { EmptyState, QueryView } from '../../components/query-view.tsx';
import { useDebounced } from '../../components/use-debounced.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { countLabel } from '../../format/count-label.ts';
import { useQuery } from '../../graphql/use-query.ts';
import { Link } from '../../router/link.tsx';
import { navigate, useLocation } from '../../router/navigation.ts';
import { paths } from '../../router/paths.ts';
import { PEOPLE_QUERY, type PeopleData, readPeople } from './people-query.ts';

export function PeoplePage() {
  usePageTitle('People');
  const { search } = useLocation();
  const [text, setText] = useState(search.get('q') ?? '');
  const query = useDebounced(text.trim(), 250);

  // The search lives in the URL so a result list can be shared and survives going back.
  useEffect(() => {
    navigate(paths.people(query), { replace: true });
  }, [query]);

  const result = useQuery(PEOPLE_QUERY, { text: query, searching: query !== '' });
  return (
    <>
      <h1>People</h1>
      <search className="search-form">
        <label htmlFor="people-search">Search leaders and officials</label>
        <input
          id="people-search"
          type="search"
          value={text}
          placeholder="e.g. Luong Cuong, Boluarte"
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
        <p className="hint">Accents are optional: “Luong Cuong” finds Lương Cường.</p>
      </search>
      <QueryView result={result} label="people">
        {(data) => <PeopleList data={data} query={query} />}
      </QueryView>
    </>
  );
}

function PeopleList({ data, query }: { data: PeopleData; query: string }) {
  const { totalCount, people } = readPeople(data);
  if (people.length === 0) {
    return <EmptyState>{query ? `No one matches “${query}”.` : 'No people yet.'}</EmptyState>;
  }
  return (
    <>
      <p className="result-count" role="status">
        {countLabel(people.length, totalCount, ['person', 'people'])}
      </p>
      <ul className="card-list" aria-label="People">
        {people.map((person) => (
          <li key={person.id} className="card">
            <Link href={paths.person(person.id)} className="card-title">
              {person.name}
            </Link>
            <p className="card-meta">
              {[person.offices.edges.map((e) => e.node.title).join(' · '), person.country?.name]
                .filter(Boolean)
                .join(' — ')}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
