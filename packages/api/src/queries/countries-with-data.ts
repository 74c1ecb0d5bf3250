import type { Prisma } from '@diplomacy-graph/core/db';

/** Countries the graph knows something about: people of theirs, or events on their soil. */
export const countriesWithData: Prisma.CountryWhereInput = {
  OR: [{ people: { some: {} } }, { places: { some: { events: { some: {} } } } }],
};
