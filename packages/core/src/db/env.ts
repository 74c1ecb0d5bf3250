import { z } from 'zod';

// The database settings of every runnable, read once and validated here (nowhere else).
const schema = z.object({
  /** An existing PostgreSQL database to use instead of the embedded server (empty = unset). */
  DATABASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  ),
  /**
   * Port of the embedded server. Not PGPORT: libpq tools read that one, and a developer's
   * PGPORT for their own server must not move ours onto it.
   */
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
});

type DatabaseEnv = z.infer<typeof schema>;

function readDatabaseEnv(): DatabaseEnv {
  const result = schema.safeParse(process.env);
  if (result.success) return result.data;
  throw new Error(
    `Invalid database settings in the environment:\n${z.prettifyError(result.error)}`,
  );
}

export const databaseEnv: DatabaseEnv = readDatabaseEnv();
