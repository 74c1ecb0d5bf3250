import { describe, expect, it } from 'vitest';
import { readEventFilter } from './read-event-filter.ts';

describe('readEventFilter', () => {
  it('keeps the known, non-empty filters', () => {
    const search = new URLSearchParams('type=VISIT&from=2024-11-01&to=&country=PE&page=3');
    expect(readEventFilter(search)).toEqual({ type: 'VISIT', from: '2024-11-01', country: 'PE' });
  });
});
