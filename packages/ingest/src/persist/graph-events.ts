import type { EventRow } from '../resolve/graph.ts';

export type NewEventsListener = (events: readonly EventRow[]) => void;

const listeners = new Set<NewEventsListener>();

/**
 * Calls `listener` after each committed ingest or reseed with the events that did not exist
 * before (e.g. for the API to publish a subscription). Returns the unsubscribe function.
 * @example const stop = onNewEvents((events) => pubsub.publish('eventAdded', events));
 */
export function onNewEvents(listener: NewEventsListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceNewEvents(events: readonly EventRow[]): void {
  if (events.length === 0) return;
  for (const listener of listeners) listener(events);
}
