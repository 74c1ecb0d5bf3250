import { type Office, queryRows } from '@diplomacy-graph/core/db';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { ApiContext } from '../builder.ts';

/**
 * The offices of each of `personIds`, earliest first: one statement for all the people of a
 * request. A person holds a handful of offices, so lists are read whole and paged and counted in
 * memory (no count statement).
 */
async function findOffices(personIds: readonly string[]): Promise<Office[][]> {
  const rows = await queryRows<Office>(
    `SELECT * FROM "Office" WHERE "personId" = ANY($1) ORDER BY "personId", "startDate", title, id`,
    [personIds],
  );
  const byPerson = new Map<string, Office[]>();
  for (const office of rows) {
    const offices = byPerson.get(office.personId) ?? [];
    offices.push(office);
    byPerson.set(office.personId, offices);
  }
  return personIds.map((id) => byPerson.get(id) ?? []);
}

const loaderFor = createContextCache(
  (_context: ApiContext) => new DataLoader<string, Office[]>(findOffices),
);

/** The offices of `personId`, read with those of every person of the request. */
export function loadOffices(context: ApiContext, personId: string): Promise<Office[]> {
  return loaderFor(context).load(personId);
}
