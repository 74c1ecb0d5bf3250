// Boots the product on one port: database (embedded by default), seeds, GraphQL, dashboard.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@diplomacy-graph/core/db';
import { logger } from '@diplomacy-graph/core/logger';
import { apiEnv } from './env.ts';
import { seedGraphIfEmpty } from './ingest-pipeline.ts';
import { createApi } from './yoga.ts';

const dashboardDir = fileURLToPath(new URL('../../../apps/dashboard/dist', import.meta.url));

const database = await openDatabase();
if (await seedGraphIfEmpty()) logger.info('seeded the empty graph with the seed articles');

const api = createApi({
  apiKey: apiEnv.API_KEY,
  corsOrigin: apiEnv.CORS_ORIGIN,
  production: apiEnv.NODE_ENV === 'production',
  dashboardDir,
});
const server = createServer(api);

server.listen(apiEnv.PORT, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : apiEnv.PORT;
  const origin = `http://localhost:${port}`;
  logger.info(
    { dashboard: `${origin}/`, graphql: `${origin}/graphql`, health: `${origin}/health` },
    `Diplomacy Graph is running: dashboard ${origin}/ · GraphiQL ${origin}/graphql`,
  );
  if (!apiEnv.API_KEY)
    logger.warn('API_KEY is not set: mutations (ingestArticle, reseed) are refused');
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // Stop taking connections, let requests in flight finish, then close the database.
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
  process.exit(0);
}

process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
