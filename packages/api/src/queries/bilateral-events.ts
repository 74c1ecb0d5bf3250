import type { Prisma } from '@diplomacy-graph/core/db';

/**
 * The events that make up the relationship between countries `a` and `b`: anything with
 * participants from both (meetings, talks, awards, signatures), and visits by one side's leaders
 * to the other country. Multilateral gatherings are left out: twenty leaders at one summit are
 * not twenty bilateral contacts (the meetings on its sidelines are, and count).
 */
export function bilateralEventsWhere(a: string, b: string): Prisma.EventWhereInput {
  const from = (code: string) => ({ participants: { some: { person: { countryCode: code } } } });
  return {
    OR: [
      { AND: [from(a), from(b), { type: { not: 'GATHERING' } }] },
      { type: 'VISIT', visitedCountryCode: b, ...from(a) },
      { type: 'VISIT', visitedCountryCode: a, ...from(b) },
    ],
  };
}
