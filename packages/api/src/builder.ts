import { prisma } from '@diplomacy-graph/core/db';
import type PrismaTypes from '@diplomacy-graph/core/pothos-types';
import { getDatamodel } from '@diplomacy-graph/core/pothos-types';
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError, type GraphQLField, getNullableType, isListType } from 'graphql';
import type { PubSub } from 'graphql-yoga';
import { apiEnv } from './env.ts';

/** Announcements the API makes to subscribers: the id of each event ingestion adds. */
export type ApiPubSub = PubSub<{ eventAdded: [eventId: string] }>;

/** What every resolver knows about its request. The Prisma client is not here: it is the process's. */
export type ApiContext = {
  /** The caller presented the API key. */
  isAdmin: boolean;
  pubsub: ApiPubSub;
};

/** The most a query may cost: every field costs 1, times the page sizes of the lists above it. */
export const MAX_QUERY_COST = 20_000;

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

// A connection's fields cost as many times as the page asks for (first:/last:, variables
// included, default 20); other lists are short (a person's aliases, an event's counterparts).
function estimateFieldCost(
  args: Record<string, unknown>,
  _context: unknown,
  field: GraphQLField<unknown, ApiContext>,
) {
  if (field.args.some((arg) => arg.name === 'first')) {
    const page =
      typeof args.first === 'number'
        ? args.first
        : typeof args.last === 'number'
          ? args.last
          : DEFAULT_PAGE;
    return { field: 1, multiplier: Math.min(Math.max(page, 0), MAX_PAGE) };
  }
  // A connection's edges are already paid for by its page size.
  const shortList = field.name !== 'edges' && isListType(getNullableType(field.type));
  return { field: 1, multiplier: shortList ? 5 : 1 };
}

// A calendar day travels as "2024-11-16": the domain stores days without a time or zone.
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: unknown): Date {
  if (typeof value !== 'string' || !DAY.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError('A Date is written YYYY-MM-DD, e.g. "2024-11-16".');
  }
  return new Date(`${value}T00:00:00.000Z`);
}

export const builder = new SchemaBuilder<{
  Context: ApiContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: { admin: boolean };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount?: number | (() => number | Promise<number>) };
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ComplexityPlugin, PrismaPlugin, RelayPlugin],
  complexity: {
    fieldComplexity: estimateFieldCost,
    limit: { complexity: MAX_QUERY_COST },
    complexityError: (_kind, result) =>
      new GraphQLError(
        `Query cost ${result.complexity} is over the limit of ${MAX_QUERY_COST}: ask for smaller pages (first:) or fewer nested lists.`,
        { extensions: { code: 'QUERY_TOO_COMPLEX' } },
      ),
  },
  scopeAuth: {
    authScopes: (context) => ({ admin: context.isAdmin }),
    unauthorizedError: () =>
      new GraphQLError('This operation needs the API key (Authorization: Bearer <key>).', {
        extensions: { code: 'UNAUTHORIZED', http: { status: 401 } },
      }),
  },
  prisma: {
    client: () => prisma,
    dmmf: getDatamodel(),
    // The schema has its own descriptions; Prisma's /// comments are written for the database.
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    defaultConnectionSize: 20,
    maxConnectionSize: 100,
    onUnusedQuery: apiEnv.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Relay's own types and fields get descriptions too: analysts read them in GraphiQL.
    idFieldOptions: { description: 'Global id, usable with node(id:).' },
    nodeTypeOptions: { description: 'Anything with a global id, fetchable with node(id:).' },
    nodeQueryOptions: {
      description: 'Anything by its global id.',
      args: { id: { description: 'A global id, as any `id` field returns it.' } },
    },
    nodesQueryOptions: {
      description: 'Several things by their global ids, in the same order.',
      args: { ids: { description: 'Global ids.' } },
    },
    pageInfoTypeOptions: { description: 'Where a page sits in its list.' },
    hasNextPageFieldOptions: { description: 'More items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: {
      description: 'Cursor of the last item; pass it as after: for the next page.',
    },
    defaultConnectionTypeOptions: { description: 'One page of a list, with its total size.' },
    defaultEdgeTypeOptions: { description: 'An item of a page, with its cursor.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Where this item sits, for after: and before:.' },
    pageInfoFieldOptions: { description: 'Paging state.' },
    firstArgOptions: { description: 'Page size from the start (at most 100, default 20).' },
    lastArgOptions: { description: 'Page size from the end (at most 100).' },
    afterArgOptions: { description: 'Items after this cursor.' },
    beforeArgOptions: { description: 'Items before this cursor.' },
  },
});

builder.scalarType('Date', {
  description: 'A calendar day, written YYYY-MM-DD.',
  serialize: (day) => day.toISOString().slice(0, 10),
  parseValue: parseDay,
});

builder.scalarType('DateTime', {
  description: 'An instant, written as ISO 8601 in UTC.',
  serialize: (instant) => instant.toISOString(),
  parseValue: (value) => {
    const instant = new Date(String(value));
    if (Number.isNaN(instant.getTime())) throw new GraphQLError('Not an ISO 8601 instant.');
    return instant;
  },
});

// Every connection says how many items it holds, so clients can show "12 meetings" without paging.
builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds, across all pages.',
    resolve: async (connection) => {
      const { totalCount } = connection;
      if (totalCount === undefined) {
        throw new Error('A connection was resolved without a totalCount.');
      }
      return typeof totalCount === 'function' ? totalCount() : totalCount;
    },
  }),
);
