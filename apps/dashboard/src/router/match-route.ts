/**
 * Matches a pathname against a pattern with `:name` segments and returns the decoded params.
 * @example matchRoute('/people/:id', '/people/UGVyc29u') // { id: 'UGVyc29u' }
 */
export function matchRoute(pattern: string, pathname: string): Record<string, string> | null {
  const wanted = split(pattern);
  const actual = split(pathname);
  if (wanted.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of wanted.entries()) {
    const value = actual[index] ?? '';
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(value);
    else if (segment !== value) return null;
  }
  return params;
}

function split(path: string): string[] {
  return path.split('/').filter(Boolean);
}
