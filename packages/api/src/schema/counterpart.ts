import { builder } from '../builder.ts';
import type { CounterpartRow } from '../queries/counterparts.ts';

export const Counterpart = builder.objectRef<CounterpartRow>('Counterpart').implement({
  description: 'Someone a person met, and how often.',
  fields: (t) => ({
    meetingCount: t.exposeInt('meetingCount', {
      description: 'Meetings and talks they both took part in.',
    }),
    firstMet: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day of their first dated meeting.',
      resolve: (row) => row.firstMet,
    }),
    lastMet: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day of their latest dated meeting.',
      resolve: (row) => row.lastMet,
    }),
  }),
});
