import { findCountry, foldName } from '@diplomacy-graph/core';
import { prisma } from '@diplomacy-graph/core/db';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { Country } from './country.ts';
import { Event } from './event.ts';
import { Person } from './person.ts';
import { Place } from './place.ts';

// Each kind contributes at most this many hits; search is for finding, not for listing.
const HITS_PER_KIND = 25;

const SearchHit = builder.unionType('SearchHit', {
  description: 'Something search found: a person, an event, a place or a country.',
  types: [Person, Event, Place, Country],
  resolveType: (row) => {
    if ('canonicalName' in row) return Person;
    if ('nameEn' in row) return Country;
    if ('datePrecision' in row) return Event;
    return Place;
  },
});

async function search(text: string) {
  const folded = foldName(text);
  if (folded === '') return [];
  const contains = { contains: folded };
  const lexiconCode = findCountry(text)?.code;
  const [people, events, places, countries] = await Promise.all([
    prisma.person.findMany({
      where: { OR: [{ foldedName: contains }, { aliases: { has: text.trim() } }] },
      orderBy: [{ confidence: 'desc' }, { canonicalName: 'asc' }],
      take: HITS_PER_KIND,
    }),
    prisma.event.findMany({
      where: { foldedName: contains },
      orderBy: [{ dateStart: 'asc' }, { id: 'asc' }],
      take: HITS_PER_KIND,
    }),
    prisma.place.findMany({
      where: { foldedName: contains },
      orderBy: { name: 'asc' },
      take: HITS_PER_KIND,
    }),
    prisma.country.findMany({
      where: {
        OR: [
          ...(lexiconCode ? [{ code: lexiconCode }] : []),
          { nameEn: { contains: text.trim(), mode: 'insensitive' } },
          { nameFr: { contains: text.trim(), mode: 'insensitive' } },
        ],
      },
      orderBy: { nameEn: 'asc' },
      take: HITS_PER_KIND,
    }),
  ]);
  return [...people, ...countries, ...places, ...events];
}

builder.queryField('search', (t) =>
  t.connection({
    type: SearchHit,
    description:
      'People, countries, places and events whose names contain the text, ignoring case and diacritics ("cuong" finds Lương Cường).',
    args: { text: t.arg.string({ required: true, description: 'What to look for.' }) },
    resolve: async (_root, args) => {
      const hits = await search(args.text);
      return { ...resolveArrayConnection({ args }, hits), totalCount: hits.length };
    },
  }),
);
