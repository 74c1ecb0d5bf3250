import { nameKey } from '@diplomacy-graph/core';
import { prisma } from '@diplomacy-graph/core/db';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { loadCounterparts } from '../queries/counterparts.ts';
import { AWARD_TYPES, MEETING_TYPES } from '../queries/event-groups.ts';
import { findPersonIdByName } from '../queries/find-person-by-name.ts';
import { Counterpart } from './counterpart.ts';
import { Evidence, personEvidence } from './evidence.ts';

// A person's part in events of some types, oldest first: the shape of every per-person list.
function participationsIn(types: readonly string[] | null, role?: 'RECIPIENT' | 'PRESENTER') {
  return {
    where: {
      ...(types ? { event: { type: { in: [...types] as never } } } : {}),
      ...(role ? { role } : {}),
    },
    orderBy: [{ event: { dateStart: 'asc' as const } }, { eventId: 'asc' as const }],
  };
}

export const Person = builder.prismaNode('Person', {
  description: 'A leader or official, once per real person across all articles.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('canonicalName', {
      description: 'The fullest name the articles give ("Dina Ercilia Boluarte Zegarra").',
    }),
    foldedName: t.exposeString('foldedName', {
      description: 'The name without diacritics, lower case ("luong cuong").',
    }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other spellings seen in articles ("Lương Cường", "Cường").',
    }),
    country: t.relation('country', { nullable: true, description: 'The country they serve.' }),
    confidence: t.exposeFloat('confidence', {
      description: 'How sure the graph is that this is one real person, 0 to 1.',
    }),
    offices: t.relatedConnection('offices', {
      description: 'Positions they hold or held, as stated in the articles.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ startDate: 'asc' }, { title: 'asc' }] },
    }),
    meetings: t.relatedConnection('participants', {
      description: 'Bilateral meetings and talks they took part in, oldest first.',
      cursor: 'eventId_personId_role',
      totalCount: true,
      query: participationsIn(MEETING_TYPES),
    }),
    visits: t.relatedConnection('participants', {
      description: 'Visits they paid or hosted, oldest first.',
      cursor: 'eventId_personId_role',
      totalCount: true,
      query: participationsIn(['VISIT']),
    }),
    gatherings: t.relatedConnection('participants', {
      description: 'Summits, forums and other multilateral gatherings they attended, oldest first.',
      cursor: 'eventId_personId_role',
      totalCount: true,
      query: participationsIn(['GATHERING']),
    }),
    awardsReceived: t.relatedConnection('participants', {
      description: 'Honours conferred on them.',
      cursor: 'eventId_personId_role',
      totalCount: true,
      query: participationsIn(AWARD_TYPES, 'RECIPIENT'),
    }),
    awardsPresented: t.relatedConnection('participants', {
      description: 'Honours they conferred on others.',
      cursor: 'eventId_personId_role',
      totalCount: true,
      query: participationsIn(AWARD_TYPES, 'PRESENTER'),
    }),
    timeline: t.relatedConnection('participants', {
      description: 'Everything they took part in, oldest first.',
      cursor: 'eventId_personId_role',
      totalCount: true,
      query: participationsIn(null),
    }),
    counterparts: t.connection({
      type: Counterpart,
      description: 'The people they met, most frequent first, with meeting counts.',
      resolve: async (person, args, context) => {
        const counterparts = await loadCounterparts(context, person.id);
        return {
          ...resolveArrayConnection({ args }, counterparts),
          totalCount: counterparts.length,
        };
      },
    }),
    evidence: t.connection({
      type: Evidence,
      description: 'Sentences that name them, as the articles introduce them.',
      select: (args, context, nestedSelection) => ({
        _count: { select: { evidence: true } },
        evidence: personEvidence.getQuery(args, context, nestedSelection),
      }),
      resolve: (person, args, context) => ({
        ...personEvidence.resolve(person.evidence, args, context),
        totalCount: person._count.evidence,
      }),
    }),
  }),
});

builder.queryFields((t) => ({
  person: t.prismaField({
    type: 'Person',
    nullable: true,
    description:
      'A person by name, in any order and with or without diacritics ("Luong Cuong", "Cường Lương", "Boluarte").',
    args: { name: t.arg.string({ required: true, description: 'A name or part of one.' }) },
    resolve: async (query, _root, args) => {
      // Most lookups hit the stored order-free key: load the page in that one query.
      const exact = await prisma.person.findFirst({
        ...query,
        where: { nameKey: nameKey(args.name) },
        orderBy: { confidence: 'desc' },
      });
      if (exact) return exact;
      const id = await findPersonIdByName(args.name);
      return id ? prisma.person.findUnique({ ...query, where: { id } }) : null;
    },
  }),
  people: t.prismaConnection({
    type: 'Person',
    description: 'People in the graph by name, optionally of one country.',
    cursor: 'id',
    args: {
      country: t.arg.string({ required: false, description: 'Only people of this country code.' }),
    },
    resolve: (query, _root, args) =>
      prisma.person.findMany({
        ...query,
        where: peopleWhere(args.country),
        orderBy: [{ canonicalName: 'asc' }, { id: 'asc' }],
      }),
    totalCount: (_root, args) => prisma.person.count({ where: peopleWhere(args.country) }),
  }),
}));

function peopleWhere(country: string | null | undefined) {
  return country ? { countryCode: country.trim().toUpperCase() } : {};
}
