import { builder } from '../builder.ts';
import { checkDatabase, type DatabaseHealth } from '../database-health.ts';

const DatabaseStatus = builder.objectRef<DatabaseHealth>('DatabaseStatus').implement({
  description: 'Whether the database answers.',
  fields: (t) => ({
    reachable: t.exposeBoolean('reachable', { description: 'It answered a trivial query.' }),
    latencyMs: t.exposeFloat('latencyMs', { description: 'How long the probe took.' }),
    error: t.exposeString('error', {
      nullable: true,
      description: 'Why it did not answer, when it did not.',
    }),
  }),
});

const Health = builder.objectRef<{ database: DatabaseHealth }>('Health').implement({
  description: 'The state of the API and what it depends on.',
  fields: (t) => ({
    status: t.string({
      description: '"ok" when everything answers, "degraded" when the database does not.',
      resolve: (health) => (health.database.reachable ? 'ok' : 'degraded'),
    }),
    database: t.field({
      type: DatabaseStatus,
      description: 'The database probe.',
      resolve: (health) => health.database,
    }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: Health,
    description: 'Is the API up, and can it reach its database? Answers even when it cannot.',
    resolve: async () => ({ database: await checkDatabase() }),
  }),
);
