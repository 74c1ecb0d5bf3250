import { builder } from '../builder.ts';
import { findCountryRow } from '../queries/find-country-row.ts';
import { Country } from './country.ts';

export const MentionKind = builder.enumType('MentionKind', {
  description: 'What a highlighted span names.',
  values: ['PERSON', 'COUNTRY', 'PLACE', 'TITLE', 'DATE', 'ORGANIZATION', 'EVENT'] as const,
});

export const Article = builder.prismaNode('Article', {
  description: 'One source text; its id is the SHA-256 of its normalized content.',
  id: { field: 'id' },
  fields: (t) => ({
    fileName: t.exposeString('fileName', { description: 'The file it was read from.' }),
    language: t.exposeString('language', { description: 'Language code ("en", "fr").' }),
    title: t.exposeString('title', { nullable: true, description: 'Its headline, if any.' }),
    publishedOn: t.expose('publishedOn', {
      type: 'Date',
      nullable: true,
      description: 'Publication day, if known.',
    }),
    sourceAgency: t.exposeString('sourceAgency', {
      nullable: true,
      description: 'The news agency credited ("VNA").',
    }),
    dateline: t.exposeString('dateline', {
      nullable: true,
      description: 'The dateline place ("LIMA").',
    }),
    text: t.exposeString('text', { description: 'The full text; spans index into it.' }),
    ingestedAt: t.expose('ingestedAt', { type: 'DateTime', description: 'When it was ingested.' }),
    mentions: t.relatedConnection('mentions', {
      description: 'Spans naming people, countries, places and more, in text order.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
    }),
    evidence: t.relatedConnection('evidence', {
      description: 'Sentences that state facts, in text order.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

builder.prismaObject('Mention', {
  description: 'A span [start, end) of an article naming something, for highlighting.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of its first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past its last character.' }),
    text: t.exposeString('text', { description: 'The span as written.' }),
    kind: t.expose('kind', { type: MentionKind, description: 'What it names.' }),
    person: t.relation('person', { nullable: true, description: 'The person named.' }),
    country: t.field({
      type: Country,
      nullable: true,
      description: 'The country named.',
      resolve: (mention) => findCountryRow(mention.countryCode),
    }),
    place: t.relation('place', { nullable: true, description: 'The place named.' }),
  }),
});
