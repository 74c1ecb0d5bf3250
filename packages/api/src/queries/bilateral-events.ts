import type { EventType } from '@diplomacy-graph/core';
import { queryRows } from '@diplomacy-graph/core/db';

/** One event of a bilateral relationship: what it is and when. */
export type BilateralEvent = { id: string; type: EventType; dateStart: Date | null };

/**
 * The events that make up the relationship between countries `a` and `b`, oldest first:
 * anything with participants from both (meetings, talks, awards, signatures), and visits by one
 * side's leaders to the other country. Multilateral gatherings are left out: twenty leaders at one
 * summit are not twenty bilateral contacts (the meetings on its sidelines are, and count).
 *
 * Every such event has a participant from one of the two countries, so one pass over those
 * countries' participations finds them all; a filter on the events table (an EXISTS per event
 * and side) would test every event of the graph, on every statement of the relations page.
 */
export async function findBilateralEvents(a: string, b: string): Promise<BilateralEvent[]> {
  return queryRows<BilateralEvent>(
    `SELECT e.id, e.type::text AS type, e."dateStart"
    FROM (
      SELECT ep."eventId",
             bool_or(p."countryCode" = $1) AS "fromA",
             bool_or(p."countryCode" = $2) AS "fromB"
      FROM "Person" p
      JOIN "EventParticipant" ep ON ep."personId" = p.id
      WHERE p."countryCode" IN ($1, $2)
      GROUP BY ep."eventId"
    ) sides
    JOIN "Event" e ON e.id = sides."eventId"
    WHERE (sides."fromA" AND sides."fromB" AND e.type <> 'GATHERING')
       OR (e.type = 'VISIT' AND e."visitedCountryCode" = $2 AND sides."fromA")
       OR (e.type = 'VISIT' AND e."visitedCountryCode" = $1 AND sides."fromB")
    ORDER BY e."dateStart", e.id`,
    [a, b],
  );
}
