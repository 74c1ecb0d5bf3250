import { describe, expect, it } from 'vitest';
import { fragment, graphql } from './typed-document.ts';

describe('graphql', () => {
  it('appends each fragment once, however many paths lead to it', () => {
    const place = fragment('fragment P on Place { name }');
    const event = fragment('fragment E on Event { place { ...P } }', [place]);
    const document = graphql('query { event { ...E place { ...P } } }', [event, place]);
    expect(document.match(/fragment P on Place/g)).toHaveLength(1);
    expect(document).toContain('fragment E on Event');
  });
});
