import { type Event, type Person, type Place, queryRows } from '@diplomacy-graph/core/db';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { ApiContext } from '../builder.ts';

/** Rows of one table by id, read at most once per request and id. */
export type RowLoader<T> = {
  /** The row of `id`, read in one statement with every other id the request asks for meanwhile. */
  load: (context: ApiContext, id: string) => Promise<T>;
  /** Hands the loader a row another statement already read, so it is not read again. */
  prime: (context: ApiContext, row: T) => void;
};

// A link from one row to another (an event's place, a participation's person) is followed
// through a loader per request: the links of a whole list of rows cost one statement, wherever
// the rows came from (a planned Prisma query or a hand-written one).
function rowsById<T extends { id: string }>(
  noun: string,
  find: (ids: string[]) => Promise<T[]>,
): RowLoader<T> {
  const loaderFor = createContextCache(
    (_context: ApiContext) =>
      new DataLoader<string, T>(async (ids) => {
        const rows = await find([...ids]);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? new Error(`No ${noun} ${id}.`));
      }),
  );
  return {
    load: (context, id) => loaderFor(context).load(id),
    prime: (context, row) => {
      loaderFor(context).prime(row.id, row);
    },
  };
}

// Whole rows by primary key: hand-written, so the statement skips Prisma's per-call cost.
const findRowsOf =
  <T>(table: 'Person' | 'Event' | 'Place') =>
  (ids: string[]) =>
    queryRows<T>(`SELECT * FROM "${table}" WHERE id = ANY($1)`, [ids]);

export const personRows = rowsById<Person>('person', findRowsOf('Person'));

export const eventRows = rowsById<Event>('event', findRowsOf('Event'));

export const placeRows = rowsById<Place>('place', findRowsOf('Place'));
