import { queryRows } from '@diplomacy-graph/core/db';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { ApiContext } from '../builder.ts';
import { MEETING_TYPES } from './event-groups.ts';

export type CounterpartRow = {
  personId: string;
  counterpartId: string;
  meetingCount: number;
  firstMet: Date | null;
  lastMet: Date | null;
};

/** The people each of `personIds` met, most meetings first: one SQL statement for all of them. */
async function findCounterparts(personIds: readonly string[]): Promise<CounterpartRow[][]> {
  const rows = await queryRows<CounterpartRow>(
    `SELECT mine."personId" AS "personId",
           theirs."personId" AS "counterpartId",
           COUNT(DISTINCT e.id)::int AS "meetingCount",
           MIN(e."dateStart") AS "firstMet",
           MAX(e."dateStart") AS "lastMet"
    FROM "EventParticipant" mine
    JOIN "Event" e ON e.id = mine."eventId"
    JOIN "EventParticipant" theirs
      ON theirs."eventId" = mine."eventId" AND theirs."personId" <> mine."personId"
    WHERE mine."personId" = ANY($1)
      AND e.type::text = ANY($2)
    GROUP BY mine."personId", theirs."personId"
    ORDER BY "meetingCount" DESC, "lastMet" DESC NULLS LAST, theirs."personId"`,
    [personIds, MEETING_TYPES],
  );
  const byPerson = new Map<string, CounterpartRow[]>();
  for (const row of rows) {
    const list = byPerson.get(row.personId) ?? [];
    list.push(row);
    byPerson.set(row.personId, list);
  }
  return personIds.map((id) => byPerson.get(id) ?? []);
}

// One loader per request, so a list of people asks for all their counterparts at once.
const loaderFor = createContextCache(
  (_context: ApiContext) => new DataLoader<string, CounterpartRow[]>(findCounterparts),
);

export function loadCounterparts(context: ApiContext, personId: string): Promise<CounterpartRow[]> {
  return loaderFor(context).load(personId);
}
