import { EventTable } from '../../components/event-table.tsx';
import { EmptyState, PartialListNote, QueryView } from '../../components/query-view.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useQuery } from '../../graphql/use-query.ts';
import { Link } from '../../router/link.tsx';
import { navigate, useLocation } from '../../router/navigation.ts';
import { paths } from '../../router/paths.ts';
import { COUNTRY_QUERY, type CountryData } from './country-query.ts';
import { RelationsPanel } from './relations-panel.tsx';

export function CountryPage({ code }: { code: string }) {
  const result = useQuery(COUNTRY_QUERY, { code });
  const partner = useLocation().search.get('with') ?? '';
  return (
    <QueryView result={result} label="the country">
      {(data) =>
        data.country ? (
          <CountryView country={data.country} partners={data.partners} partner={partner} />
        ) : (
          <EmptyState>No such country.</EmptyState>
        )
      }
    </QueryView>
  );
}

type CountryViewProps = {
  country: NonNullable<CountryData['country']>;
  partners: CountryData['partners'];
  partner: string;
};

function CountryView({ country, partners, partner }: CountryViewProps) {
  usePageTitle(country.name);
  const others = partners.edges.map((e) => e.node).filter((c) => c.code !== country.code);
  return (
    <article className="entity">
      <header>
        <p className="eyebrow">Country · {country.code}</p>
        <h1>{country.name}</h1>
        {country.nameFr !== country.name && <p className="lede">{country.nameFr}</p>}
      </header>

      <section aria-labelledby="relations-heading">
        <h2 id="relations-heading">Bilateral relations</h2>
        <label className="inline-field">
          Relations with{' '}
          <select
            value={partner}
            onChange={(event) =>
              navigate(paths.country(country.code, event.target.value), { replace: true })
            }
          >
            <option value="">Choose a country</option>
            {others.map((other) => (
              <option key={other.code} value={other.code}>
                {other.name}
              </option>
            ))}
          </select>
        </label>
        {partner && <RelationsPanel code={country.code} partner={partner} />}
      </section>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">
          People <span className="count">{country.people.totalCount}</span>
        </h2>
        {country.people.edges.length === 0 ? (
          <EmptyState>No people recorded.</EmptyState>
        ) : (
          <ul className="type-counts">
            {country.people.edges.map(({ node: person }) => (
              <li key={person.id}>
                <Link href={paths.person(person.id)}>{person.name}</Link>
              </li>
            ))}
          </ul>
        )}
        <PartialListNote shown={country.people.edges.length} total={country.people.totalCount} />
      </section>

      <section aria-labelledby="visits-in-heading">
        <h2 id="visits-in-heading">
          Visits received <span className="count">{country.visitsIn.totalCount}</span>
        </h2>
        <EventTable
          events={country.visitsIn.edges.map((e) => e.node)}
          caption={`Visits to ${country.name}`}
          empty="No visits received."
        />
        <PartialListNote
          shown={country.visitsIn.edges.length}
          total={country.visitsIn.totalCount}
        />
      </section>
      <section aria-labelledby="visits-out-heading">
        <h2 id="visits-out-heading">
          Visits abroad <span className="count">{country.visitsOut.totalCount}</span>
        </h2>
        <EventTable
          events={country.visitsOut.edges.map((e) => e.node)}
          caption={`Visits by leaders of ${country.name}`}
          empty="No visits abroad."
        />
        <PartialListNote
          shown={country.visitsOut.edges.length}
          total={country.visitsOut.totalCount}
        />
      </section>
      <section aria-labelledby="events-here-heading">
        <h2 id="events-here-heading">
          Events on its soil <span className="count">{country.eventsHere.totalCount}</span>
        </h2>
        <EventTable
          events={country.eventsHere.edges.map((e) => e.node)}
          caption={`Events in ${country.name}`}
          empty="No events on its soil."
        />
        <PartialListNote
          shown={country.eventsHere.edges.length}
          total={country.eventsHere.totalCount}
        />
      </section>
    </article>
  );
}
