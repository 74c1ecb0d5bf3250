import { type Person, prisma } from '@diplomacy-graph/core/db';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { ApiContext } from '../builder.ts';

async function findPeople(ids: readonly string[]): Promise<(Person | Error)[]> {
  const rows = await prisma.person.findMany({ where: { id: { in: [...ids] } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? new Error(`No person ${id}.`));
}

// One loader per request: the people a request links to by id are read in one statement, where
// a findUnique per person would cost a Prisma call each.
const loaderFor = createContextCache(
  (_context: ApiContext) => new DataLoader<string, Person>(findPeople),
);

/** The Person row of `id`, read with every other person the request links to. */
export function loadPersonRow(context: ApiContext, id: string): Promise<Person> {
  return loaderFor(context).load(id);
}
