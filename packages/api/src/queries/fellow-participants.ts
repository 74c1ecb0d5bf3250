import { type Person, queryRows } from '@diplomacy-graph/core/db';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { ApiContext } from '../builder.ts';

type ParticipantRow = Person & { eventId: string };

/**
 * Everyone taking part in each of `eventIds`, by person id, as whole Person rows: one SQL
 * statement for all the events of a request, where Prisma would need one for the participation
 * rows and another for the people.
 */
async function findParticipants(eventIds: readonly string[]): Promise<Person[][]> {
  const rows = await queryRows<ParticipantRow>(
    `SELECT DISTINCT ep."eventId", p.*
     FROM "EventParticipant" ep
     JOIN "Person" p ON p.id = ep."personId"
     WHERE ep."eventId" = ANY($1)
     ORDER BY ep."eventId", p.id`,
    [eventIds],
  );
  const byEvent = new Map<string, Person[]>();
  for (const { eventId, ...person } of rows) {
    const people = byEvent.get(eventId) ?? [];
    people.push(person);
    byEvent.set(eventId, people);
  }
  return eventIds.map((id) => byEvent.get(id) ?? []);
}

const loaderFor = createContextCache(
  (_context: ApiContext) => new DataLoader<string, Person[]>(findParticipants),
);

/** The people of the event `eventId` other than `personId`, by person id. */
export async function loadFellowParticipants(
  context: ApiContext,
  eventId: string,
  personId: string,
): Promise<Person[]> {
  const people = await loaderFor(context).load(eventId);
  return people.filter((person) => person.id !== personId);
}
