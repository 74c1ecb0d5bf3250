import { builder } from '../builder.ts';
import { findCountryRow } from '../queries/find-country-row.ts';
import { Country } from './country.ts';

export const OfficeRole = builder.enumType('OfficeRole', {
  description: 'A position normalized across languages and countries.',
  values: {
    HEAD_OF_STATE: { description: 'President, state president.' },
    HEAD_OF_GOVERNMENT: { description: 'Prime minister, premier.' },
    FOREIGN_MINISTER: { description: 'Minister of foreign affairs.' },
    MINISTER: { description: 'Any other minister.' },
    PARTY_LEADER: { description: 'General secretary or chair of a party.' },
    DEPUTY: { description: 'A deputy or vice position.' },
    LEGISLATURE_HEAD: { description: 'Speaker or chair of a parliament.' },
    JUDICIARY_HEAD: { description: 'Chief justice.' },
    MAYOR: { description: 'Mayor or city leader.' },
    AMBASSADOR: { description: 'Ambassador.' },
    MONARCH: { description: 'King, queen, emperor.' },
    OTHER: { description: 'Anything else.' },
  } as const,
});

export const Office = builder.prismaNode('Office', {
  description: 'A position a person holds, as stated and as a normalized role.',
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('title', {
      description: 'The title as the article states it ("President of the Council of Ministers").',
    }),
    role: t.expose('role', { type: OfficeRole, description: 'The normalized role.' }),
    person: t.relation('person', { description: 'Who holds it.' }),
    country: t.field({
      type: Country,
      nullable: true,
      description: 'The country it serves.',
      resolve: (office) => findCountryRow(office.countryCode),
    }),
    organization: t.relation('organization', {
      nullable: true,
      description: 'The organization it belongs to (a party, a council).',
    }),
    startDate: t.expose('startDate', {
      type: 'Date',
      nullable: true,
      description: 'When it began, if known.',
    }),
    endDate: t.expose('endDate', {
      type: 'Date',
      nullable: true,
      description: 'When it ended, if known.',
    }),
  }),
});
