import { timingSafeEqual } from 'node:crypto';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { type ApiContext, type ApiPubSub, MAX_QUERY_COST } from './builder.ts';
import { isDatabaseUnavailable } from './database-errors.ts';
import { checkDatabase } from './database-health.ts';
import { exampleQueries } from './example-queries.ts';
import { graphAnnouncements } from './graph-announcements.ts';
import { schema } from './schema/index.ts';
import { serveStaticFile } from './static-files.ts';

/** Ceilings on what one request may ask for. Generous for hand-written queries, fatal for abuse. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 3000,
  /** Enforced in the schema (Pothos complexity), so page sizes given as variables count too. */
  maxCost: MAX_QUERY_COST,
  maxBodyBytes: 100_000,
} as const;

export type ApiOptions = {
  /** Mutations need this key; without one, every mutation is refused. */
  apiKey?: string | undefined;
  /** Allowed origins for CORS (comma-separated or a list); `*` for any; unset: same-origin only. */
  corsOrigin?: string | string[] | undefined;
  /** Production masks unexpected errors, hides field suggestions and closes GraphiQL's dev extras. */
  production?: boolean;
  /** The dashboard's build (apps/dashboard/dist) to serve at `/`; unset: no dashboard. */
  dashboardDir?: string | undefined;
  /** Where subscribers hear of new events (default: the process's, fed by ingest). */
  pubsub?: ApiPubSub;
};

export type Api = YogaServerInstance<Record<string, unknown>, ApiContext>;

function presentedKey(request: Request): string | null {
  const bearer = request.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
  return bearer?.trim() ?? request.headers.get('x-api-key')?.trim() ?? null;
}

function keysMatch(expected: string | undefined, presented: string | null): boolean {
  if (!expected || !presented) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}

function corsOrigins(option: ApiOptions['corsOrigin']): string[] | undefined {
  if (option === undefined) return undefined;
  const list = Array.isArray(option) ? option : option.split(',');
  const origins = list.map((origin) => origin.trim()).filter(Boolean);
  return origins.length > 0 ? origins : undefined;
}

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * /health (the process answers), /ready (and its database does), the request size ceiling, and
 * the dashboard's files, all on the GraphQL server's own port.
 */
function useHttpSurface(options: ApiOptions): Plugin<ApiContext> {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === '/graphql') {
        const declared = request.headers.get('content-length');
        // A streamed body of unknown size could be any size: ask for its length instead.
        if (request.method === 'POST' && declared === null) {
          endResponse(json({ errors: [{ message: 'A POST body needs a Content-Length.' }] }, 411));
        } else if (Number(declared ?? 0) > LIMITS.maxBodyBytes) {
          endResponse(
            json({ errors: [{ message: `Request body over ${LIMITS.maxBodyBytes} bytes.` }] }, 413),
          );
        }
        return;
      }
      if (url.pathname === '/health') {
        endResponse(json({ status: 'ok', database: await checkDatabase() }, 200));
        return;
      }
      if (url.pathname === '/ready') {
        const database = await checkDatabase();
        endResponse(json({ ready: database.reachable, database }, database.reachable ? 200 : 503));
        return;
      }
      if (options.dashboardDir && (request.method === 'GET' || request.method === 'HEAD')) {
        const response = await serveStaticFile(options.dashboardDir, url.pathname);
        if (response) endResponse(response);
      }
    },
  };
}

/**
 * Builds the API: the GraphQL schema behind Yoga with its safety plugins, GraphiQL, health
 * endpoints and the dashboard. It does not listen; hand `api` to node:http or call `api.fetch`.
 *
 * @example
 * const api = createApi({ apiKey: 'a-long-secret-key', dashboardDir: 'apps/dashboard/dist' });
 * const response = await api.fetch('http://api/graphql', { method: 'POST', body: ... });
 */
export function createApi(options: ApiOptions = {}): Api {
  const production = options.production ?? false;
  const pubsub = options.pubsub ?? graphAnnouncements;
  const origins = corsOrigins(options.corsOrigin);
  return createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Yoga's own empty 200 moves to /livez; /health and /ready are ours and report the database.
    healthCheckEndpoint: '/livez',
    logging: production ? 'warn' : 'info',
    context: ({ request }) => ({
      isAdmin: keysMatch(options.apiKey, presentedKey(request)),
      pubsub,
    }),
    cors: origins
      ? { origin: origins.includes('*') ? '*' : origins, methods: ['GET', 'POST'] }
      : false,
    maskedErrors: {
      isDev: !production,
      maskError: (error, message, isDev) => {
        if (isDatabaseUnavailable(error)) {
          return new GraphQLError('The database is unavailable right now; try again shortly.', {
            extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
          });
        }
        return maskError(error, message, isDev);
      },
    },
    graphiql: {
      title: 'Diplomacy Graph',
      defaultTabs: exampleQueries.map((example) => ({ query: example.query })),
      subscriptionsProtocol: 'SSE',
    },
    plugins: [
      useHttpSurface(options),
      maxTokensPlugin({ n: LIMITS.maxTokens }),
      maxDepthPlugin({ n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true }),
      maxAliasesPlugin({ n: LIMITS.maxAliases }),
      ...(production ? [blockFieldSuggestionsPlugin()] : []),
    ],
  });
}
