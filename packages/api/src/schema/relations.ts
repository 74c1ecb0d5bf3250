import type { EventType } from '@diplomacy-graph/core';
import { prisma } from '@diplomacy-graph/core/db';
import { builder } from '../builder.ts';
import { type BilateralEvent, findBilateralEvents } from '../queries/bilateral-events.ts';
import {
  AGREEMENT_TYPES,
  ANNOUNCEMENT_TYPES,
  AWARD_TYPES,
  MEETING_TYPES,
} from '../queries/event-groups.ts';

/** Countries `a` (seen from) and `b` (the partner), by code. */
export type RelationsShape = { a: string; b: string };

// Every field of a relations object reads the same bilateral events: find them once per object
// (one statement), then count, date and page from that list.
const bilateralEvents = new WeakMap<RelationsShape, Promise<BilateralEvent[]>>();

function loadBilateralEvents(relations: RelationsShape): Promise<BilateralEvent[]> {
  let events = bilateralEvents.get(relations);
  if (!events) {
    events = findBilateralEvents(relations.a, relations.b);
    bilateralEvents.set(relations, events);
  }
  return events;
}

async function loadEventIds(relations: RelationsShape): Promise<string[]> {
  return (await loadBilateralEvents(relations)).map((event) => event.id);
}

async function countOf(relations: RelationsShape, types: readonly EventType[]): Promise<number> {
  const events = await loadBilateralEvents(relations);
  return events.filter((event) => types.includes(event.type)).length;
}

const announced: readonly EventType[] = ANNOUNCEMENT_TYPES;

/** The days of the dated contacts, oldest first: events that happened, not ones announced. */
async function contactDays(relations: RelationsShape): Promise<Date[]> {
  const events = await loadBilateralEvents(relations);
  return events.flatMap((event) =>
    event.dateStart && !announced.includes(event.type) ? [event.dateStart] : [],
  );
}

export const Relations = builder.objectRef<RelationsShape>('Relations').implement({
  description:
    'The bilateral relationship between two countries as the articles report it: contacts, counts and the sentences that describe it.',
  fields: (t) => ({
    meetingCount: t.int({
      description: 'Meetings and talks between leaders of the two countries.',
      resolve: (relations) => countOf(relations, MEETING_TYPES),
    }),
    visitCount: t.int({
      description: 'Visits by leaders of one country to the other.',
      resolve: (relations) => countOf(relations, ['VISIT']),
    }),
    awardCount: t.int({
      description: 'Honours conferred by one side on the other.',
      resolve: (relations) => countOf(relations, AWARD_TYPES),
    }),
    agreementCount: t.int({
      description: 'Agreements and declarations signed together.',
      resolve: (relations) => countOf(relations, AGREEMENT_TYPES),
    }),
    firstContact: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day of the earliest dated contact that took place.',
      resolve: async (relations) => (await contactDays(relations)).at(0) ?? null,
    }),
    lastContact: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The day of the latest dated contact that took place (an invitation, dated with the visit it proposes, is not one).',
      resolve: async (relations) => (await contactDays(relations)).at(-1) ?? null,
    }),
    events: t.prismaConnection({
      type: 'Event',
      description: 'Every contact between the two countries, and the invitations, oldest first.',
      cursor: 'id',
      resolve: async (query, relations) =>
        prisma.event.findMany({
          ...query,
          where: { id: { in: await loadEventIds(relations) } },
          orderBy: [{ dateStart: 'asc' }, { id: 'asc' }],
        }),
      totalCount: async (relations) => (await loadBilateralEvents(relations)).length,
    }),
    evidence: t.prismaConnection({
      type: 'Evidence',
      description: 'The sentences that describe the partnership, in article order.',
      cursor: 'id',
      resolve: async (query, relations) =>
        prisma.evidence.findMany({
          ...query,
          where: { events: { some: { eventId: { in: await loadEventIds(relations) } } } },
          orderBy: [{ articleId: 'asc' }, { start: 'asc' }],
        }),
      totalCount: async (relations) =>
        prisma.evidence.count({
          where: { events: { some: { eventId: { in: await loadEventIds(relations) } } } },
        }),
    }),
  }),
});
