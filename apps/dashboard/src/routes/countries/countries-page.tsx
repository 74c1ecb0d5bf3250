import { EmptyState, QueryView } from '../../components/query-view.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useQuery } from '../../graphql/use-query.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/paths.ts';
import { COUNTRIES_QUERY } from './countries-query.ts';

export function CountriesPage() {
  usePageTitle('Countries');
  const result = useQuery(COUNTRIES_QUERY, {});
  return (
    <>
      <h1>Countries</h1>
      <p className="lede">Countries the articles name leaders or events for.</p>
      <QueryView result={result} label="countries">
        {({ countries }) =>
          countries.edges.length === 0 ? (
            <EmptyState>No countries yet.</EmptyState>
          ) : (
            <table className="data-table">
              <caption>{countries.totalCount} countries</caption>
              <thead>
                <tr>
                  <th scope="col">Country</th>
                  <th scope="col" className="num">
                    People
                  </th>
                  <th scope="col" className="num">
                    Events on its soil
                  </th>
                </tr>
              </thead>
              <tbody>
                {countries.edges.map(({ node: country }) => (
                  <tr key={country.code}>
                    <td>
                      <Link href={paths.country(country.code)}>{country.name}</Link>{' '}
                      <span className="code">{country.code}</span>
                    </td>
                    <td className="num">{country.people.totalCount}</td>
                    <td className="num">{country.eventsHere.totalCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </>
  );
}
