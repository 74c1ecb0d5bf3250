import { describe, expect, it } from 'vitest';
import { eventWhere } from './build-event-where.ts';

describe('eventWhere', () => {
  it('is empty with no criteria', () => {
    expect(eventWhere({})).toEqual({});
  });

  it('combines every criterion with AND', () => {
    const from = new Date('2024-11-01T00:00:00Z');
    expect(eventWhere({ types: ['VISIT'], from, personId: 'p1', placeFoldedName: 'lima' })).toEqual(
      {
        AND: [
          { type: { in: ['VISIT'] } },
          { dateStart: { gte: from } },
          { participants: { some: { personId: 'p1' } } },
          {
            OR: [{ place: { foldedName: 'lima' } }, { place: { parent: { foldedName: 'lima' } } }],
          },
        ],
      },
    );
  });

  it('matches nothing for a person or country that was not found', () => {
    expect(eventWhere({ personId: null })).toEqual({ AND: [{ id: { in: [] } }] });
    expect(eventWhere({ countryCode: null })).toEqual({ AND: [{ id: { in: [] } }] });
  });
});
