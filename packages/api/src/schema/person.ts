import { type EventType, nameKey } from '@diplomacy-graph/core';
import { type Prisma, prisma } from '@diplomacy-graph/core/db';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { countByParent } from '../queries/count-by-parent.ts';
import { loadCounterparts } from '../queries/counterparts.ts';
import { AWARD_TYPES, MEETING_TYPES } from '../queries/event-groups.ts';
import { findCountryRow } from '../queries/find-country-row.ts';
import { findPersonIdByName } from '../queries/find-person-by-name.ts';
import { loadPersonRow } from '../queries/load-person-row.ts';
import { Counterpart } from './counterpart.ts';
import { Country } from './country.ts';
import { countPersonEvidence, Evidence, personEvidence } from './evidence.ts';
import { Office } from './office.ts';

const participationPage = prismaConnectionHelpers(builder, 'EventParticipant', {
  cursor: 'eventId_personId_role',
});

async function countParticipations(
  personIds: readonly string[],
  where: Prisma.EventParticipantWhereInput,
): Promise<Map<string, number>> {
  const groups = await prisma.eventParticipant.groupBy({
    by: ['personId'],
    where: { ...where, personId: { in: [...personIds] } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.personId, group._count._all]));
}

// A person's part in events of some types, oldest first: the shape of every per-person list.
function participationsIn(
  types: readonly EventType[] | null,
  role?: 'RECIPIENT' | 'PRESENTER',
): {
  where: Prisma.EventParticipantWhereInput;
  orderBy: Prisma.EventParticipantOrderByWithRelationInput[];
} {
  return {
    where: {
      ...(types ? { event: { type: { in: [...types] } } } : {}),
      ...(role ? { role } : {}),
    },
    orderBy: [{ event: { dateStart: 'asc' } }, { eventId: 'asc' }],
  };
}

export const Person = builder.prismaNode('Person', {
  description: 'A leader or official, once per real person across all articles.',
  id: { field: 'id' },
  fields: (t) => {
    // A page of the person's participations matching `where`; the total is counted per request
    // for all listed people at once (see countByParent).
    const participationList = (
      description: string,
      key: string,
      { where, orderBy }: ReturnType<typeof participationsIn>,
    ) =>
      t.connection({
        type: participationPage.ref,
        description,
        select: (args, context, nestedSelection) => ({
          participants: {
            ...participationPage.getQuery(args, context, nestedSelection),
            where,
            orderBy,
          },
        }),
        resolve: (person, args, context) => ({
          ...participationPage.resolve(person.participants, args, context),
          totalCount: () =>
            countByParent(context, key, (ids) => countParticipations(ids, where), person.id),
        }),
      });
    return {
      name: t.exposeString('canonicalName', {
        description: 'The fullest name the articles give ("Dina Ercilia Boluarte Zegarra").',
      }),
      foldedName: t.exposeString('foldedName', {
        description: 'The name without diacritics, lower case ("luong cuong").',
      }),
      aliases: t.exposeStringList('aliases', {
        description: 'Other spellings seen in articles ("Lương Cường", "Cường").',
      }),
      country: t.field({
        type: Country,
        nullable: true,
        description: 'The country they serve.',
        resolve: (person) => findCountryRow(person.countryCode),
      }),
      confidence: t.exposeFloat('confidence', {
        description: 'How sure the graph is that this is one real person, 0 to 1.',
      }),
      offices: t.connection({
        type: Office,
        description: 'Positions they hold or held, as stated in the articles.',
        // A person holds a handful of offices, and Prisma reads a nested list whole before
        // slicing the page anyway: load them all and page and count in memory, which spares
        // the request a count statement.
        select: (_args, _context, nestedSelection) => ({
          offices: {
            ...nestedSelection(true, ['edges', 'node']),
            orderBy: [{ startDate: 'asc' }, { title: 'asc' }],
          },
        }),
        resolve: (person, args) => ({
          ...resolveArrayConnection({ args }, person.offices),
          totalCount: person.offices.length,
        }),
      }),
      meetings: participationList(
        'Bilateral meetings and talks they took part in, oldest first.',
        'meetings',
        participationsIn(MEETING_TYPES),
      ),
      visits: participationList(
        'Visits they paid or hosted, oldest first.',
        'visits',
        participationsIn(['VISIT']),
      ),
      gatherings: participationList(
        'Summits, forums and other multilateral gatherings they attended, oldest first.',
        'gatherings',
        participationsIn(['GATHERING']),
      ),
      awardsReceived: participationList(
        'Honours conferred on them.',
        'awardsReceived',
        participationsIn(AWARD_TYPES, 'RECIPIENT'),
      ),
      awardsPresented: participationList(
        'Honours they conferred on others.',
        'awardsPresented',
        participationsIn(AWARD_TYPES, 'PRESENTER'),
      ),
      timeline: participationList(
        'Everything they took part in, oldest first.',
        'timeline',
        participationsIn(null),
      ),
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
          evidence: personEvidence.getQuery(args, context, nestedSelection),
        }),
        resolve: (person, args, context) => ({
          ...personEvidence.resolve(person.evidence, args, context),
          totalCount: () =>
            countByParent(context, 'personEvidence', countPersonEvidence, person.id),
        }),
      }),
    };
  },
});

// Defined here rather than in counterpart.ts so that the two types do not import each other.
builder.objectField(Counterpart, 'person', (t) =>
  t.field({
    type: Person,
    description: 'The person met.',
    resolve: (row, _args, context) => loadPersonRow(context, row.counterpartId),
  }),
);

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
