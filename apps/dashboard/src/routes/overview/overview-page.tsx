import { EventTable } from '../../components/event-table.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { EVENT_TYPE_LABELS, labelFor } from '../../format/event-types.ts';
import { useQuery } from '../../graphql/use-query.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/paths.ts';
import { HEALTH_QUERY, OVERVIEW_QUERY, type OverviewData } from './overview-query.ts';

export function OverviewPage() {
  usePageTitle('');
  const result = useQuery(OVERVIEW_QUERY, {});
  return (
    <>
      <h1>Overview</h1>
      <p className="lede">
        Who met whom, where and when — every fact with the sentence of the article that states it.
      </p>
      <HealthLine />
      <QueryView result={result} label="the overview">
        {(data) => <Overview data={data} />}
      </QueryView>
    </>
  );
}

function Overview({ data }: { data: OverviewData }) {
  const { stats } = data;
  return (
    <>
      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading" className="visually-hidden">
          Counts
        </h2>
        <dl className="stat-grid">
          <Stat label="People" value={stats.people} href={paths.people()} />
          <Stat label="Events" value={stats.events} href={paths.events()} />
          <Stat label="Articles" value={stats.articles} />
          <Stat label="Countries" value={stats.countries} href={paths.countries()} />
        </dl>
      </section>
      <section aria-labelledby="types-heading">
        <h2 id="types-heading">Events by type</h2>
        <ul className="type-counts">
          {stats.eventsByType.map(({ type, count }) => (
            <li key={type}>
              <Link href={paths.events({ type })}>
                {labelFor(EVENT_TYPE_LABELS, type)} <span className="count">{count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest events</h2>
        <EventTable
          events={data.latestEvents.edges.map((edge) => edge.node).reverse()}
          caption="The most recent events in the graph"
        />
      </section>
    </>
  );
}

function HealthLine() {
  const result = useQuery(HEALTH_QUERY, {});
  // Errors here are shown by the overview's own panel; this line only reports a real answer.
  if (result.status !== 'ready') return null;
  const { health } = result.data;
  return (
    <p className="health" data-status={health.status}>
      API <strong>{health.status}</strong> · database{' '}
      <strong>
        {health.database.reachable
          ? `answering in ${health.database.latencyMs.toFixed(0)} ms`
          : 'not answering'}
      </strong>
    </p>
  );
}

function Stat({ label, value, href }: { label: string; value: number; href?: string }) {
  return (
    <div className="stat">
      <dt>{href ? <Link href={href}>{label}</Link> : label}</dt>
      <dd>{value.toLocaleString('en')}</dd>
    </div>
  );
}
