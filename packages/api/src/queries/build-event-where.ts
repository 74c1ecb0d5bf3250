import { foldName } from '@diplomacy-graph/core';
import type { Prisma } from '@diplomacy-graph/core/db';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { findPersonIdByName } from './find-person-by-name.ts';
import { resolveCountryCode } from './resolve-country-code.ts';

export type EventFilterInput = {
  type?: readonly string[] | null;
  from?: Date | null;
  to?: Date | null;
  country?: string | null;
  person?: string | null;
  place?: string | null;
};

/** Criteria with every name already resolved to a key. */
export type EventCriteria = {
  types?: readonly string[];
  from?: Date;
  to?: Date;
  countryCode?: string | null;
  personId?: string | null;
  placeFoldedName?: string;
};

// A criterion that names nothing in the graph must match nothing, not be ignored.
const NOTHING: Prisma.EventWhereInput = { id: { in: [] } };

/**
 * The Prisma filter for an event list. A country matches events on its soil, visits to it and
 * events its people took part in.
 */
export function eventWhere(criteria: EventCriteria): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  if (criteria.types?.length)
    and.push({ type: { in: criteria.types as Prisma.EnumEventTypeFilter['in'] } });
  if (criteria.from) and.push({ dateStart: { gte: criteria.from } });
  if (criteria.to) and.push({ dateStart: { lte: criteria.to } });
  if (criteria.countryCode !== undefined) {
    const code = criteria.countryCode;
    and.push(
      code === null
        ? NOTHING
        : {
            OR: [
              { place: { countryCode: code } },
              { visitedCountryCode: code },
              { participants: { some: { person: { countryCode: code } } } },
            ],
          },
    );
  }
  if (criteria.personId !== undefined) {
    const personId = criteria.personId;
    and.push(personId === null ? NOTHING : { participants: { some: { personId } } });
  }
  if (criteria.placeFoldedName !== undefined) {
    const folded = criteria.placeFoldedName;
    and.push({
      OR: [{ place: { foldedName: folded } }, { place: { parent: { foldedName: folded } } }],
    });
  }
  return and.length === 0 ? {} : { AND: and };
}

function decodePersonId(value: string): string | null {
  try {
    const { typename, id } = decodeGlobalID(value);
    return typename === 'Person' ? id : null;
  } catch {
    return null;
  }
}

/** Resolves the names in a filter (a person's name, a country's name) and builds its where. */
export async function buildEventWhere(filter: EventFilterInput): Promise<Prisma.EventWhereInput> {
  const criteria: EventCriteria = {};
  if (filter.type?.length) criteria.types = filter.type as readonly string[];
  if (filter.from) criteria.from = filter.from;
  if (filter.to) criteria.to = filter.to;
  if (filter.country) criteria.countryCode = resolveCountryCode(filter.country);
  if (filter.person) {
    criteria.personId = decodePersonId(filter.person) ?? (await findPersonIdByName(filter.person));
  }
  if (filter.place) criteria.placeFoldedName = foldName(filter.place);
  return eventWhere(criteria);
}
