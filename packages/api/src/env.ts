import { z } from 'zod';

// The API's settings, read once and validated here (database settings are core/db's).
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** The key that unlocks mutations; without one, every mutation is refused. */
  API_KEY: z.string().min(16, 'API_KEY must be at least 16 characters').optional(),
  /** Origins allowed by CORS, comma-separated; `*` for any. Same-origin needs none. */
  CORS_ORIGIN: z.string().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type ApiEnv = z.infer<typeof schema>;

export const apiEnv: ApiEnv = schema.parse(process.env);
