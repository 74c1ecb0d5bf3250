import { z } from 'zod';

// The database settings of every runnable, read once and validated here (nowhere else).
const schema = z.object({
  /** An existing PostgreSQL server to use instead of the embedded one. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /**
   * Port of the embedded server. Not PGPORT: libpq tools read that one, and a developer's
   * PGPORT for their own server must not move ours onto it.
   */
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
});

export type DatabaseEnv = z.infer<typeof schema>;

export const databaseEnv: DatabaseEnv = schema.parse(process.env);
