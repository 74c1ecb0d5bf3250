import { builder } from '../builder.ts';
import { loadFellowParticipants } from '../queries/fellow-participants.ts';
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
    person: t.relation('person', { description: 'The participant.' }),
    event: t.relation('event', { description: 'The event.' }),
    counterparts: t.field({
      type: [Person],
      description: 'The other people in the same event (for a meeting: whom they met).',
      resolve: (participation, _args, context) =>
        loadFellowParticipants(context, participation.eventId, participation.personId),
    }),
  }),
});
