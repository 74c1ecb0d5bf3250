import { useSyncExternalStore } from 'react';

// A history router small enough to read in one sitting: the URL is the state, pushState
// changes it, and every subscriber re-renders on popstate or our own navigation event.
const NAVIGATE_EVENT = 'dashboard:navigate';

export type Location = { pathname: string; search: URLSearchParams };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function readHref(): string {
  return window.location.pathname + window.location.search;
}

/** The current path and query string; re-renders the caller when either changes. */
export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, readHref);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

/** Moves to `href` on this origin; `replace` keeps the history clean while typing in filters. */
export function navigate(href: string, { replace = false } = {}): void {
  if (href === readHref()) return;
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
