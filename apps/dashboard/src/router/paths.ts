// Every URL the dashboard links to is built here, so routes and links cannot drift apart.
export const paths = {
  overview: () => '/',
  people: (query?: string) => (query ? `/people?${new URLSearchParams({ q: query })}` : '/people'),
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  events: (filters?: Record<string, string>) => {
    const search = new URLSearchParams(filters).toString();
    return search ? `/events?${search}` : '/events';
  },
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  article: (id: string, span?: { start: number; end: number }) =>
    `/articles/${encodeURIComponent(id)}${span ? `?span=${span.start}-${span.end}` : ''}`,
  countries: () => '/countries',
  country: (code: string, partner?: string) =>
    `/countries/${encodeURIComponent(code)}${partner ? `?with=${encodeURIComponent(partner)}` : ''}`,
} as const;
