import { onNewEvents } from '@diplomacy-graph/ingest';
import { createPubSub } from 'graphql-yoga';
import type { ApiPubSub } from './builder.ts';

/**
 * The process's announcements: ingest reports each committed write's new events here, whoever
 * started it (a mutation, or the server's seeding at boot), and subscribers hear them.
 */
export const graphAnnouncements: ApiPubSub = createPubSub();

onNewEvents((events) => {
  for (const event of events) graphAnnouncements.publish('eventAdded', event.id);
});
