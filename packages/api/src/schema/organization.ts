import { builder } from '../builder.ts';
import { findCountryRow } from '../queries/find-country-row.ts';
import { Country } from './country.ts';

export const OrganizationKind = builder.enumType('OrganizationKind', {
  description: 'What sort of body an organization is.',
  values: {
    INTERNATIONAL: { description: 'An international body (APEC, ASEAN).' },
    PARTY: { description: 'A political party.' },
    GOVERNMENT_BODY: { description: 'A government, ministry or council.' },
    LEGISLATURE: { description: 'A parliament or assembly.' },
    COURT: { description: 'A court.' },
    NEWS_AGENCY: { description: 'A news agency (VNA).' },
    OTHER: { description: 'Anything else.' },
  } as const,
});

export const Organization = builder.prismaNode('Organization', {
  description: 'An international body, party, council or news agency.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name.' }),
    acronym: t.exposeString('acronym', { nullable: true, description: 'Short form ("APEC").' }),
    kind: t.expose('kind', { type: OrganizationKind, description: 'What sort of body.' }),
    country: t.field({
      type: Country,
      nullable: true,
      description: 'Its country, for national bodies.',
      resolve: (organization) => findCountryRow(organization.countryCode),
    }),
  }),
});
