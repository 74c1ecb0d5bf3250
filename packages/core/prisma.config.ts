import { defineConfig } from 'prisma/config';

// The CLI is used here only for `prisma generate`; migrations run through src/db/migrate.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
