import type { EventType } from '@diplomacy-graph/core';
import { type Event, type EventParticipant, queryRows } from '@diplomacy-graph/core/db';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { ApiContext } from '../builder.ts';
import { eventRows } from './row-loaders.ts';

/** Which of a person's participations a list holds: events of some types, in some role. */
export type ParticipationList = {
  /** Names the list within a request (one loader per list). */
  key: string;
  /** Only events of these types; null for every type. */
  types: readonly EventType[] | null;
  /** Only this role; null for any. */
  role: EventParticipant['role'] | null;
};

type ParticipationEventRow = Event & {
  participantId: string;
  participantRole: EventParticipant['role'];
};

/**
 * The participations of each of `personIds` in `list`, oldest event first, with their events:
 * one statement for all the people of a request. The whole list is read (a person takes part in
 * tens of events, and Prisma read nested lists whole before slicing a page too), so the page and
 * the total come from memory, and the events of the page are already in the event loader.
 */
async function findParticipations(
  context: ApiContext,
  list: ParticipationList,
  personIds: readonly string[],
): Promise<EventParticipant[][]> {
  const types = list.types ? [...list.types] : null;
  const rows = await queryRows<ParticipationEventRow>(
    `SELECT ep."personId" AS "participantId", ep.role::text AS "participantRole", e.*
     FROM "EventParticipant" ep
     JOIN "Event" e ON e.id = ep."eventId"
     WHERE ep."personId" = ANY($1)
       AND ($2::text[] IS NULL OR e.type::text = ANY($2::text[]))
       AND ($3::text IS NULL OR ep.role::text = $3::text)
     ORDER BY ep."personId", e."dateStart", e.id, ep.role`,
    [personIds, types, list.role],
  );
  const byPerson = new Map<string, EventParticipant[]>();
  for (const { participantId, participantRole, ...event } of rows) {
    eventRows.prime(context, event);
    const participations = byPerson.get(participantId) ?? [];
    participations.push({ eventId: event.id, personId: participantId, role: participantRole });
    byPerson.set(participantId, participations);
  }
  return personIds.map((id) => byPerson.get(id) ?? []);
}

const loadersFor = createContextCache(
  (_context: ApiContext) => new Map<string, DataLoader<string, EventParticipant[]>>(),
);

/** The participations of `personId` in `list`, read with those of every person of the request. */
export function loadParticipations(
  context: ApiContext,
  list: ParticipationList,
  personId: string,
): Promise<EventParticipant[]> {
  const loaders = loadersFor(context);
  let loader = loaders.get(list.key);
  if (!loader) {
    loader = new DataLoader((ids) => findParticipations(context, list, ids));
    loaders.set(list.key, loader);
  }
  return loader.load(personId);
}
