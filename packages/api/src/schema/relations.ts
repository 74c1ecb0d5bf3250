import type { EventType } from '@diplomacy-graph/core';
import { prisma } from '@diplomacy-graph/core/db';
import { builder } from '../builder.ts';
import { bilateralEventsWhere } from '../queries/bilateral-events.ts';
import { AGREEMENT_TYPES, AWARD_TYPES, MEETING_TYPES } from '../queries/event-groups.ts';

type RelationsShape = { a: string; b: string };

type Summary = {
  countsByType: Map<EventType, number>;
  firstContact: Date | null;
  lastContact: Date | null;
};

// Several summary fields read the same two aggregates; load them once per relations object.
const summaries = new WeakMap<RelationsShape, Promise<Summary>>();

function loadSummary(relations: RelationsShape): Promise<Summary> {
  let summary = summaries.get(relations);
  if (!summary) {
    const where = bilateralEventsWhere(relations.a, relations.b);
    summary = Promise.all([
      prisma.event.groupBy({ by: ['type'], where, _count: { _all: true } }),
      prisma.event.aggregate({ where, _min: { dateStart: true }, _max: { dateStart: true } }),
    ]).then(([groups, range]) => ({
      countsByType: new Map(groups.map((group) => [group.type, group._count._all])),
      firstContact: range._min.dateStart,
      lastContact: range._max.dateStart,
    }));
    summaries.set(relations, summary);
  }
  return summary;
}

async function countOf(relations: RelationsShape, types: readonly EventType[]): Promise<number> {
  const { countsByType } = await loadSummary(relations);
  return types.reduce((sum, type) => sum + (countsByType.get(type) ?? 0), 0);
}

export const Relations = builder.objectRef<RelationsShape>('Relations').implement({
  description:
    'The bilateral relationship between two countries as the articles report it: contacts, counts and the sentences that describe it.',
  fields: (t) => ({
    country: t.prismaField({
      type: 'Country',
      description: 'The country the relationship is seen from.',
      resolve: (query, relations) =>
        prisma.country.findUniqueOrThrow({ ...query, where: { code: relations.a } }),
    }),
    partner: t.prismaField({
      type: 'Country',
      description: 'The other country.',
      resolve: (query, relations) =>
        prisma.country.findUniqueOrThrow({ ...query, where: { code: relations.b } }),
    }),
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
      description: 'The day of the earliest dated contact.',
      resolve: async (relations) => (await loadSummary(relations)).firstContact,
    }),
    lastContact: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day of the latest dated contact.',
      resolve: async (relations) => (await loadSummary(relations)).lastContact,
    }),
    events: t.prismaConnection({
      type: 'Event',
      description: 'Every contact between the two countries, oldest first.',
      cursor: 'id',
      resolve: (query, relations) =>
        prisma.event.findMany({
          ...query,
          where: bilateralEventsWhere(relations.a, relations.b),
          orderBy: [{ dateStart: 'asc' }, { id: 'asc' }],
        }),
      totalCount: (relations) =>
        prisma.event.count({ where: bilateralEventsWhere(relations.a, relations.b) }),
    }),
    evidence: t.prismaConnection({
      type: 'Evidence',
      description: 'The sentences that describe the partnership, in article order.',
      cursor: 'id',
      resolve: (query, relations) =>
        prisma.evidence.findMany({
          ...query,
          where: { events: { some: { event: bilateralEventsWhere(relations.a, relations.b) } } },
          orderBy: [{ articleId: 'asc' }, { start: 'asc' }],
        }),
      totalCount: (relations) =>
        prisma.evidence.count({
          where: { events: { some: { event: bilateralEventsWhere(relations.a, relations.b) } } },
        }),
    }),
  }),
});
