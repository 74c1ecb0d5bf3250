import { prisma } from '@diplomacy-graph/core/db';
import { builder } from '../builder.ts';
import { countriesWithData } from '../queries/countries-with-data.ts';
import { findCountryRow } from '../queries/find-country-row.ts';
import { resolveCountryCode } from '../queries/resolve-country-code.ts';
import { Relations } from './relations.ts';

export const Country = builder.prismaNode('Country', {
  description: 'A sovereign state, keyed by its ISO 3166-1 alpha-2 code.',
  id: { field: 'code' },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'ISO 3166-1 alpha-2 code, e.g. "VN".' }),
    name: t.exposeString('nameEn', { description: 'English name.' }),
    nameFr: t.exposeString('nameFr', { description: 'French name.' }),
    nameVi: t.exposeString('nameVi', { nullable: true, description: 'Vietnamese name.' }),
    demonyms: t.exposeStringList('demonyms', {
      description: 'Words for its people in English and French ("Vietnamese", "vietnamien").',
    }),
    latitude: t.exposeFloat('latitude', { nullable: true, description: 'Latitude of its centre.' }),
    longitude: t.exposeFloat('longitude', {
      nullable: true,
      description: 'Longitude of its centre.',
    }),
    people: t.relatedConnection('people', {
      description: 'Leaders and officials of this country, by name.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: { canonicalName: 'asc' } },
    }),
    visitsIn: t.relatedConnection('visitsIn', {
      description: 'Visits paid to this country, oldest first.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ dateStart: 'asc' }, { id: 'asc' }] },
    }),
    eventsHere: t.prismaConnection({
      type: 'Event',
      description: 'Events that took place on its soil, oldest first.',
      cursor: 'id',
      resolve: (query, country) =>
        prisma.event.findMany({
          ...query,
          where: { place: { countryCode: country.code } },
          orderBy: [{ dateStart: 'asc' }, { id: 'asc' }],
        }),
      totalCount: (country) =>
        prisma.event.count({ where: { place: { countryCode: country.code } } }),
    }),
    visitsOut: t.prismaConnection({
      type: 'Event',
      description: 'Visits its leaders paid abroad, oldest first.',
      cursor: 'id',
      resolve: (query, country) =>
        prisma.event.findMany({
          ...query,
          where: visitsAbroadBy(country.code),
          orderBy: [{ dateStart: 'asc' }, { id: 'asc' }],
        }),
      totalCount: (country) => prisma.event.count({ where: visitsAbroadBy(country.code) }),
    }),
    relations: t.field({
      type: Relations,
      nullable: true,
      description:
        'The bilateral relationship with another country, e.g. relations(with: "PE"); null for an unknown country.',
      args: {
        with: t.arg.string({ required: true, description: 'The other country: code or name.' }),
      },
      resolve: (country, args) => {
        const other = resolveCountryCode(args.with);
        return other && other !== country.code ? { a: country.code, b: other } : null;
      },
    }),
  }),
});

function visitsAbroadBy(code: string) {
  return {
    type: 'VISIT' as const,
    visitedCountryCode: { not: code },
    participants: { some: { role: 'VISITOR' as const, person: { countryCode: code } } },
  };
}

async function countryOf(code: string) {
  const country = await findCountryRow(code);
  if (!country) throw new Error(`No country ${code}.`);
  return country;
}

// Defined here rather than in relations.ts so that the two types do not import each other.
builder.objectFields(Relations, (t) => ({
  country: t.field({
    type: Country,
    description: 'The country the relationship is seen from.',
    resolve: (relations) => countryOf(relations.a),
  }),
  partner: t.field({
    type: Country,
    description: 'The other country.',
    resolve: (relations) => countryOf(relations.b),
  }),
}));

builder.queryFields((t) => ({
  country: t.prismaField({
    type: 'Country',
    nullable: true,
    description:
      'A country by its ISO code ("VN") or a name or demonym in English, French or Vietnamese ("Pérou", "Việt Nam").',
    args: { code: t.arg.string({ required: true, description: 'Code, name or demonym.' }) },
    resolve: (query, _root, args) => {
      const code = resolveCountryCode(args.code);
      return code ? prisma.country.findUnique({ ...query, where: { code } }) : null;
    },
  }),
  countries: t.prismaConnection({
    type: 'Country',
    description:
      'Countries. By default only those the graph knows people or events for; all: true lists every country.',
    cursor: 'code',
    args: {
      all: t.arg.boolean({ defaultValue: false, description: 'Include countries with no data.' }),
    },
    resolve: (query, _root, args) =>
      prisma.country.findMany({
        ...query,
        where: args.all ? {} : countriesWithData,
        orderBy: { nameEn: 'asc' },
      }),
    totalCount: (_root, args) => prisma.country.count({ where: args.all ? {} : countriesWithData }),
  }),
}));
