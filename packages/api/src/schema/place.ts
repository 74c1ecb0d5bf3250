import { builder } from '../builder.ts';
import { findCountryRow } from '../queries/find-country-row.ts';
import { Country } from './country.ts';

export const PlaceKind = builder.enumType('PlaceKind', {
  description: 'A city, or a venue within one.',
  values: {
    CITY: { description: 'A city or town.' },
    VENUE: { description: 'A building or site: an airport, a palace, a convention centre.' },
  } as const,
});

export const Place = builder.prismaNode('Place', {
  description: 'A city or a venue, within a country.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name as written ("Jorge Chávez Airport").' }),
    kind: t.expose('kind', { type: PlaceKind, description: 'City or venue.' }),
    country: t.field({
      type: Country,
      nullable: true,
      description: 'The country it is in.',
      resolve: (place) => findCountryRow(place.countryCode),
    }),
    city: t.relation('parent', { nullable: true, description: 'For a venue, the city it is in.' }),
    latitude: t.exposeFloat('latitude', { nullable: true, description: 'Latitude.' }),
    longitude: t.exposeFloat('longitude', { nullable: true, description: 'Longitude.' }),
    events: t.relatedConnection('events', {
      description: 'Events held here, oldest first.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ dateStart: 'asc' }, { id: 'asc' }] },
    }),
  }),
});
