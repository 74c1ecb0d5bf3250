import { EVENT_FILTER_KEYS, type EventFilter } from './events-query.ts';

/** The event filter stated by a query string; unknown keys and empty values are dropped. */
export function readEventFilter(search: URLSearchParams): EventFilter {
  const filter: EventFilter = {};
  for (const key of EVENT_FILTER_KEYS) {
    const value = search.get(key)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}
