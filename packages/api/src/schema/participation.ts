import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { AWARD_TYPES, MEETING_TYPES } from '../queries/event-groups.ts';
import { loadFellowParticipants } from '../queries/fellow-participants.ts';
import { loadParticipations, type ParticipationList } from '../queries/person-participations.ts';
import { eventRows, personRows } from '../queries/row-loaders.ts';
import { Event } from './event.ts';
import { Person } from './person.ts';

export const ParticipantRole = builder.enumType('ParticipantRole', {
  description: "A person's part in an event.",
  values: {
    HOST: { description: 'Received the others.' },
    GUEST: { description: 'Was received.' },
    ATTENDEE: { description: 'Took part.' },
    RECIPIENT: { description: 'Received an honour.' },
    PRESENTER: { description: 'Conferred an honour.' },
    SPEAKER: { description: 'Spoke.' },
    VISITOR: { description: 'Paid the visit.' },
  } as const,
});

export const Participation = builder.prismaObject('EventParticipant', {
  name: 'Participation',
  description: "A person's part in an event: who, what, and in which role.",
  fields: (t) => ({
    role: t.expose('role', { type: ParticipantRole, description: 'Their role in the event.' }),
    // Through the request's loaders, so participations read by hand (a person's lists) and by
    // Prisma (an event's participants) reach their people and events the same way.
    person: t.field({
      type: Person,
      description: 'The participant.',
      resolve: (participation, _args, context) => personRows.load(context, participation.personId),
    }),
    event: t.field({
      type: Event,
      description: 'The event.',
      resolve: (participation, _args, context) => eventRows.load(context, participation.eventId),
    }),
    counterparts: t.field({
      type: [Person],
      description: 'The other people in the same event (for a meeting: whom they met).',
      resolve: (participation, _args, context) =>
        loadFellowParticipants(context, participation.eventId, participation.personId),
    }),
  }),
});

// A person's lists of participations, beside the Participation type so that person.ts and this
// file do not import each other.
builder.prismaObjectFields(Person, (t) => {
  const participationList = (description: string, list: ParticipationList) =>
    t.connection({
      type: Participation,
      description,
      resolve: async (person, args, context) => {
        const participations = await loadParticipations(context, list, person.id);
        return {
          ...resolveArrayConnection({ args }, participations),
          totalCount: participations.length,
        };
      },
    });
  return {
    meetings: participationList('Bilateral meetings and talks they took part in, oldest first.', {
      key: 'meetings',
      types: MEETING_TYPES,
      role: null,
    }),
    visits: participationList('Visits they paid or hosted, oldest first.', {
      key: 'visits',
      types: ['VISIT'],
      role: null,
    }),
    gatherings: participationList(
      'Summits, forums and other multilateral gatherings they attended, oldest first.',
      { key: 'gatherings', types: ['GATHERING'], role: null },
    ),
    awardsReceived: participationList('Honours conferred on them.', {
      key: 'awardsReceived',
      types: AWARD_TYPES,
      role: 'RECIPIENT',
    }),
    awardsPresented: participationList('Honours they conferred on others.', {
      key: 'awardsPresented',
      types: AWARD_TYPES,
      role: 'PRESENTER',
    }),
    timeline: participationList('Everything they took part in, oldest first.', {
      key: 'timeline',
      types: null,
      role: null,
    }),
  };
});
