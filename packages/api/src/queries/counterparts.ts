import { type Person, queryRows } from '@diplomacy-graph/core/db';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { ApiContext } from '../builder.ts';
import { MEETING_TYPES } from './event-groups.ts';
import { personRows } from './row-loaders.ts';

export type CounterpartRow = {
  personId: string;
  counterpartId: string;
  meetingCount: number;
  firstMet: Date | null;
  lastMet: Date | null;
};

type CounterpartPersonRow = CounterpartRow & Person;

/**
 * The people each of `personIds` met, most meetings first: one SQL statement for all of them.
 * Their rows come along and go to the person loader, so naming them costs no statement of its own.
 */
async function findCounterparts(
  context: ApiContext,
  personIds: readonly string[],
): Promise<CounterpartRow[][]> {
  const rows = await queryRows<CounterpartPersonRow>(
    `SELECT mine."personId" AS "personId",
           theirs."personId" AS "counterpartId",
           COUNT(DISTINCT e.id)::int AS "meetingCount",
           MIN(e."dateStart") AS "firstMet",
           MAX(e."dateStart") AS "lastMet",
           p.*
    FROM "EventParticipant" mine
    JOIN "Event" e ON e.id = mine."eventId"
    JOIN "EventParticipant" theirs
      ON theirs."eventId" = mine."eventId" AND theirs."personId" <> mine."personId"
    JOIN "Person" p ON p.id = theirs."personId"
    WHERE mine."personId" = ANY($1)
      AND e.type::text = ANY($2)
    GROUP BY mine."personId", theirs."personId", p.id
    ORDER BY "meetingCount" DESC, "lastMet" DESC NULLS LAST, theirs."personId"`,
    [personIds, MEETING_TYPES],
  );
  const byPerson = new Map<string, CounterpartRow[]>();
  for (const { personId, counterpartId, meetingCount, firstMet, lastMet, ...person } of rows) {
    personRows.prime(context, person);
    const list = byPerson.get(personId) ?? [];
    list.push({ personId, counterpartId, meetingCount, firstMet, lastMet });
    byPerson.set(personId, list);
  }
  return personIds.map((id) => byPerson.get(id) ?? []);
}

// One loader per request, so a list of people asks for all their counterparts at once.
const loaderFor = createContextCache(
  (context: ApiContext) =>
    new DataLoader<string, CounterpartRow[]>((ids) => findCounterparts(context, ids)),
);

export function loadCounterparts(context: ApiContext, personId: string): Promise<CounterpartRow[]> {
  return loaderFor(context).load(personId);
}
