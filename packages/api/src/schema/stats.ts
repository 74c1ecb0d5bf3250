import { prisma } from '@diplomacy-graph/core/db';
import { builder } from '../builder.ts';
import { countriesWithData } from '../queries/countries-with-data.ts';
import { EventType } from './event.ts';

type StatsShape = {
  people: number;
  countries: number;
  events: number;
  places: number;
  articles: number;
  evidence: number;
  eventsByType: { type: string; count: number }[];
  firstEvent: Date | null;
  lastEvent: Date | null;
};

const TypeCount = builder.objectRef<{ type: string; count: number }>('EventTypeCount').implement({
  description: 'How many events of one type the graph holds.',
  fields: (t) => ({
    type: t.field({
      type: EventType,
      description: 'The type.',
      resolve: (row) => row.type as never,
    }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

export const Stats = builder.objectRef<StatsShape>('Stats').implement({
  description: 'What the graph holds, for the dashboard.',
  fields: (t) => ({
    people: t.exposeInt('people', { description: 'People.' }),
    countries: t.exposeInt('countries', { description: 'Countries with people or events.' }),
    events: t.exposeInt('events', { description: 'Events.' }),
    places: t.exposeInt('places', { description: 'Places.' }),
    articles: t.exposeInt('articles', { description: 'Articles ingested.' }),
    evidence: t.exposeInt('evidence', { description: 'Evidence sentences.' }),
    eventsByType: t.field({
      type: [TypeCount],
      description: 'Events per type, most frequent first.',
      resolve: (stats) => stats.eventsByType,
    }),
    firstEvent: t.field({
      type: 'Date',
      nullable: true,
      description: 'The earliest dated event.',
      resolve: (stats) => stats.firstEvent,
    }),
    lastEvent: t.field({
      type: 'Date',
      nullable: true,
      description: 'The latest dated event.',
      resolve: (stats) => stats.lastEvent,
    }),
  }),
});

/** The counts of the stats query, also returned after a reseed. */
export async function loadStats(): Promise<StatsShape> {
  const [people, countries, events, places, articles, evidence, groups, range] = await Promise.all([
    prisma.person.count(),
    prisma.country.count({ where: countriesWithData }),
    prisma.event.count(),
    prisma.place.count(),
    prisma.article.count(),
    prisma.evidence.count(),
    prisma.event.groupBy({ by: ['type'], _count: { _all: true } }),
    prisma.event.aggregate({ _min: { dateStart: true }, _max: { dateStart: true } }),
  ]);
  return {
    people,
    countries,
    events,
    places,
    articles,
    evidence,
    eventsByType: groups
      .map((group) => ({ type: group.type, count: group._count._all }))
      .sort((x, y) => y.count - x.count || x.type.localeCompare(y.type)),
    firstEvent: range._min.dateStart,
    lastEvent: range._max.dateStart,
  };
}

builder.queryField('stats', (t) =>
  t.field({
    type: Stats,
    description: 'Counts of what the graph holds.',
    resolve: () => loadStats(),
  }),
);
