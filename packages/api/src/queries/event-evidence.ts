import { type Evidence, queryRows } from '@diplomacy-graph/core/db';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { ApiContext } from '../builder.ts';

type StatedEvidenceRow = Evidence & { statedEventId: string };

/**
 * The sentences stating each of `eventIds`, in text order: one statement for all the events of a
 * request (Prisma needs one for the links and one for the sentences). An event is stated by a
 * handful of sentences, so lists are read whole and paged and counted in memory.
 */
async function findEvidenceOfEvents(eventIds: readonly string[]): Promise<Evidence[][]> {
  const rows = await queryRows<StatedEvidenceRow>(
    `SELECT ee."eventId" AS "statedEventId", ev.*
     FROM "EventEvidence" ee
     JOIN "Evidence" ev ON ev.id = ee."evidenceId"
     WHERE ee."eventId" = ANY($1)
     ORDER BY ee."eventId", ev.start, ev.id`,
    [eventIds],
  );
  const byEvent = new Map<string, Evidence[]>();
  for (const { statedEventId, ...evidence } of rows) {
    const list = byEvent.get(statedEventId) ?? [];
    list.push(evidence);
    byEvent.set(statedEventId, list);
  }
  return eventIds.map((id) => byEvent.get(id) ?? []);
}

const loaderFor = createContextCache(
  (_context: ApiContext) => new DataLoader<string, Evidence[]>(findEvidenceOfEvents),
);

/** The sentences stating `eventId`, read with those of every event of the request. */
export function loadEventEvidence(context: ApiContext, eventId: string): Promise<Evidence[]> {
  return loaderFor(context).load(eventId);
}
