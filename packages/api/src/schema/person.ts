import { nameKey } from '@diplomacy-graph/core';
import { type Person as PersonRow, prisma, queryRows } from '@diplomacy-graph/core/db';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { countByParent } from '../queries/count-by-parent.ts';
import { loadCounterparts } from '../queries/counterparts.ts';
import { findCountryRow } from '../queries/find-country-row.ts';
import { findPersonIdByName } from '../queries/find-person-by-name.ts';
import { loadOffices } from '../queries/person-offices.ts';
import { personRows } from '../queries/row-loaders.ts';
import { Counterpart } from './counterpart.ts';
import { Country } from './country.ts';
import { countPersonEvidence, Evidence, personEvidence } from './evidence.ts';
import { Office } from './office.ts';

export const Person = builder.prismaNode('Person', {
  description: 'A leader or official, once per real person across all articles.',
  id: { field: 'id' },
  fields: (t) => {
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
        // Through a loader rather than a Prisma selection, so a person read by hand-written SQL
        // (the root field, counterparts) lists offices in one statement per request too.
        resolve: async (person, args, context) => {
          const offices = await loadOffices(context, person.id);
          return { ...resolveArrayConnection({ args }, offices), totalCount: offices.length };
        },
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
    resolve: (row, _args, context) => personRows.load(context, row.counterpartId),
  }),
);

builder.queryFields((t) => ({
  person: t.field({
    type: Person,
    nullable: true,
    description:
      'A person by name, in any order and with or without diacritics ("Luong Cuong", "Cường Lương", "Boluarte").',
    args: { name: t.arg.string({ required: true, description: 'A name or part of one.' }) },
    resolve: async (_root, args, context) => {
      // Most lookups hit the stored order-free key in one statement; the page's lists come
      // through loaders, so the row is all this field reads.
      const [exact] = await queryRows<PersonRow>(
        'SELECT * FROM "Person" WHERE "nameKey" = $1 ORDER BY confidence DESC LIMIT 1',
        [nameKey(args.name)],
      );
      if (exact) return exact;
      const id = await findPersonIdByName(args.name);
      return id ? personRows.load(context, id) : null;
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
