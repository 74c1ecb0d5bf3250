import type { ReactNode } from 'react';
import { Layout } from './components/layout.tsx';
import { EmptyState } from './components/query-view.tsx';
import { matchRoute } from './router/match-route.ts';
import { useLocation } from './router/navigation.ts';
import { ArticlePage } from './routes/article/article-page.tsx';
import { CountriesPage } from './routes/countries/countries-page.tsx';
import { CountryPage } from './routes/country/country-page.tsx';
import { EventPage } from './routes/event/event-page.tsx';
import { EventsPage } from './routes/events/events-page.tsx';
import { OverviewPage } from './routes/overview/overview-page.tsx';
import { PeoplePage } from './routes/people/people-page.tsx';
import { PersonPage } from './routes/person/person-page.tsx';

type Route = { pattern: string; render: (params: Record<string, string>) => ReactNode };

// `key` on entity pages remounts them when the id changes, so no state leaks between people.
const ROUTES: Route[] = [
  { pattern: '/', render: () => <OverviewPage /> },
  { pattern: '/people', render: () => <PeoplePage /> },
  { pattern: '/people/:id', render: ({ id = '' }) => <PersonPage key={id} id={id} /> },
  { pattern: '/events', render: () => <EventsPage /> },
  { pattern: '/events/:id', render: ({ id = '' }) => <EventPage key={id} id={id} /> },
  { pattern: '/articles/:id', render: ({ id = '' }) => <ArticlePage key={id} id={id} /> },
  { pattern: '/countries', render: () => <CountriesPage /> },
  {
    pattern: '/countries/:code',
    render: ({ code = '' }) => <CountryPage key={code} code={code} />,
  },
];

export function App() {
  const { pathname } = useLocation();
  return <Layout>{renderRoute(pathname)}</Layout>;
}

function renderRoute(pathname: string): ReactNode {
  for (const route of ROUTES) {
    const params = matchRoute(route.pattern, pathname);
    if (params) return route.render(params);
  }
  return (
    <>
      <h1>Page not found</h1>
      <EmptyState>There is no page at {pathname}.</EmptyState>
    </>
  );
}
