import { describe, expect, it } from 'vitest';
import { matchRoute } from './match-route.ts';

describe('matchRoute', () => {
  it('reads named segments and decodes them', () => {
    expect(matchRoute('/people/:id', '/people/UGVyc29uOmx1b25nLWN1b25n%3D')).toEqual({
      id: 'UGVyc29uOmx1b25nLWN1b25n=',
    });
  });

  it('matches the root and tolerates a trailing slash', () => {
    expect(matchRoute('/', '/')).toEqual({});
    expect(matchRoute('/events', '/events/')).toEqual({});
  });

  it('refuses other paths', () => {
    expect(matchRoute('/people/:id', '/people')).toBeNull();
    expect(matchRoute('/people/:id', '/events/1')).toBeNull();
  });
});
