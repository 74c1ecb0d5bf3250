import { prisma } from '@diplomacy-graph/core/db';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { buildEventWhere } from '../queries/build-event-where.ts';
import { loadEventEvidence } from '../queries/event-evidence.ts';
import { findCountryRow } from '../queries/find-country-row.ts';
import { eventRows, placeRows } from '../queries/row-loaders.ts';
import { Country } from './country.ts';
import { Evidence } from './evidence.ts';
import { Place } from './place.ts';

export const EventType = builder.enumType('EventType', {
  description: 'What kind of thing happened.',
  values: {
    BILATERAL_MEETING: { description: 'Two leaders met.' },
    TALKS: { description: 'Formal talks between delegations.' },
    VISIT: { description: 'An official, state or working visit to a country.' },
    GATHERING: { description: 'A summit, forum, dialogue or leaders\u2019 week.' },
    CEREMONY: { description: 'A welcome, farewell or other ceremony.' },
    AWARD_CONFERRAL: { description: 'An honour was conferred.' },
    SPEECH: { description: 'Someone spoke.' },
    PRESS_CONFERENCE: { description: 'A press conference or statement to the press.' },
    AGREEMENT_SIGNED: { description: 'An agreement or declaration was signed.' },
    INVITATION: { description: 'An invitation was extended.' },
  } as const,
});

export const VisitKind = builder.enumType('VisitKind', {
  description: 'The protocol level of a visit.',
  values: ['OFFICIAL', 'STATE', 'WORKING', 'OTHER'] as const,
});

export const GatheringKind = builder.enumType('GatheringKind', {
  description: 'The kind of multilateral gathering.',
  values: [
    'SUMMIT',
    'MEETING',
    'FORUM',
    'DIALOGUE',
    'WEEK',
    'CONFERENCE',
    'RECEPTION',
    'FUNERAL',
    'OTHER',
  ] as const,
});

export const DatePrecision = builder.enumType('DatePrecision', {
  description: 'How much of a date the articles state.',
  values: {
    DAY: { description: 'A single known day.' },
    MONTH: { description: 'Only the month; start is its first day.' },
    YEAR: { description: 'Only the year; start is 1 January.' },
    RANGE: { description: 'From start to end, both days.' },
  } as const,
});

type EventDateShape = {
  start: Date | null;
  end: Date | null;
  precision: 'DAY' | 'MONTH' | 'YEAR' | 'RANGE' | null;
  timeOfDay: string | null;
};

export const EventDate = builder.objectRef<EventDateShape>('EventDate').implement({
  description: 'When an event happened, as precisely as the articles say.',
  fields: (t) => ({
    start: t.field({
      type: 'Date',
      nullable: true,
      description: 'First day (for MONTH or YEAR precision, the first day of that period).',
      resolve: (date) => date.start,
    }),
    end: t.field({
      type: 'Date',
      nullable: true,
      description: 'Last day, for RANGE precision.',
      resolve: (date) => date.end,
    }),
    precision: t.field({
      type: DatePrecision,
      nullable: true,
      description: 'How much of the date is known.',
      resolve: (date) => date.precision,
    }),
    timeOfDay: t.exposeString('timeOfDay', {
      nullable: true,
      description: 'A time of day when the text gives one ("afternoon (local time)").',
    }),
  }),
});

export const Event = builder.prismaNode('Event', {
  description: 'Something that happened or was announced: a meeting, a visit, a summit, an award.',
  id: { field: 'id' },
  fields: (t) => ({
    type: t.expose('type', { type: EventType, description: 'What kind of event.' }),
    visitKind: t.expose('visitKind', {
      type: VisitKind,
      nullable: true,
      description: 'For visits, the protocol level.',
    }),
    gatheringKind: t.expose('gatheringKind', {
      type: GatheringKind,
      nullable: true,
      description: 'For gatherings, what kind.',
    }),
    name: t.exposeString('name', {
      nullable: true,
      description: 'Its name when it has one ("31st APEC Economic Leaders\' Meeting").',
    }),
    date: t.field({
      type: EventDate,
      description: 'When it happened.',
      resolve: (event) => ({
        start: event.dateStart,
        end: event.dateEnd,
        precision: event.datePrecision,
        timeOfDay: event.timeOfDay,
      }),
    }),
    // Through the request's loaders (as parent, below): events come from planned Prisma queries
    // and from hand-written ones (a person's lists), and both reach their places alike.
    place: t.field({
      type: Place,
      nullable: true,
      description: 'Where it happened.',
      resolve: (event, _args, context) =>
        event.placeId ? placeRows.load(context, event.placeId) : null,
    }),
    visitedCountry: t.field({
      type: Country,
      nullable: true,
      description: 'For visits, the country visited.',
      resolve: (event) => findCountryRow(event.visitedCountryCode),
    }),
    children: t.relatedConnection('children', {
      description: 'Events within it, oldest first.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ dateStart: 'asc' }, { id: 'asc' }] },
    }),
    participants: t.relatedConnection('participants', {
      description: 'Who took part, and in which role.',
      cursor: 'eventId_personId_role',
      totalCount: true,
      query: { orderBy: [{ role: 'asc' }, { personId: 'asc' }] },
    }),
    evidence: t.connection({
      type: Evidence,
      description: 'The sentences that state it.',
      resolve: async (event, args, context) => {
        const evidence = await loadEventEvidence(context, event.id);
        return { ...resolveArrayConnection({ args }, evidence), totalCount: evidence.length };
      },
    }),
    confidence: t.exposeFloat('confidence', {
      description: 'Grows with the number of independent articles that report it, 0 to 1.',
    }),
    conflicts: t.relation('conflicts', {
      description: 'Fields on which the articles disagree, each value with its article.',
    }),
  }),
});

// Outside the type's own fields, which cannot name the type they define.
builder.prismaObjectField(Event, 'parent', (t) =>
  t.field({
    type: Event,
    nullable: true,
    description: 'The larger event it belongs to (a summit within a leaders\u2019 week).',
    resolve: (event, _args, context) =>
      event.parentId ? eventRows.load(context, event.parentId) : null,
  }),
);

// Defined here rather than in evidence.ts so that the two types do not import each other.
builder.prismaObjectField(Evidence, 'events', (t) =>
  t.field({
    type: [Event],
    description: 'The events it states.',
    select: (_args, _context, nestedSelection) => ({
      events: { select: { event: nestedSelection(true) } },
    }),
    resolve: (evidence) => evidence.events.map((link) => link.event),
  }),
);

export const EventConflict = builder.prismaObject('EventConflict', {
  description: 'Articles that disagree on one field of an event, kept rather than hidden.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The field in dispute ("dateStart").' }),
    values: t.exposeStringList('values', {
      description: 'Each value with the article giving it, as "value @ articleId".',
    }),
  }),
});

export const EventFilter = builder.inputType('EventFilter', {
  description: 'Narrows an event list; every given condition must hold.',
  fields: (t) => ({
    type: t.field({ type: [EventType], required: false, description: 'Any of these types.' }),
    from: t.field({ type: 'Date', required: false, description: 'Starting on or after this day.' }),
    to: t.field({ type: 'Date', required: false, description: 'Starting on or before this day.' }),
    country: t.string({
      required: false,
      description: 'Held in, visiting, or involving people of this country (code).',
    }),
    person: t.string({
      required: false,
      description: 'With this person taking part (global id or name).',
    }),
    place: t.string({ required: false, description: 'At this place (name, any diacritics).' }),
  }),
});

builder.queryFields((t) => ({
  events: t.prismaConnection({
    type: 'Event',
    description: 'Events, oldest first, narrowed by a filter.',
    cursor: 'id',
    args: {
      filter: t.arg({ type: EventFilter, required: false, description: 'Conditions to meet.' }),
    },
    resolve: async (query, _root, args) =>
      prisma.event.findMany({
        ...query,
        where: await buildEventWhere(args.filter ?? {}),
        orderBy: [{ dateStart: 'asc' }, { id: 'asc' }],
      }),
    totalCount: async (_root, args) =>
      prisma.event.count({ where: await buildEventWhere(args.filter ?? {}) }),
  }),
}));
