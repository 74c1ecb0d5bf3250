import { prisma } from '@diplomacy-graph/core/db';
import { builder } from '../builder.ts';
import { type IngestOutcome, ingestText, reseedGraph } from '../ingest-pipeline.ts';
import { loadStats, Stats } from './stats.ts';

const IngestPayload = builder.objectRef<IngestOutcome>('IngestPayload').implement({
  description: 'What an ingestion did to the graph.',
  fields: (t) => ({
    article: t.prismaField({
      type: 'Article',
      description: 'The article as stored (the same text always gets the same id).',
      resolve: (query, outcome) =>
        prisma.article.findUniqueOrThrow({ ...query, where: { id: outcome.articleId } }),
    }),
    newEventCount: t.exposeInt('newEventCount', {
      description: 'Events the graph did not hold before (eventAdded announces each).',
    }),
  }),
});

const ReseedPayload = builder.objectRef<{ newEventCount: number }>('ReseedPayload').implement({
  description: 'The graph after a reseed.',
  fields: (t) => ({
    newEventCount: t.exposeInt('newEventCount', {
      description: 'Events the graph did not hold before.',
    }),
    stats: t.field({
      type: Stats,
      description: 'What the graph holds now.',
      resolve: () => loadStats(),
    }),
  }),
});

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestPayload,
    authScopes: { admin: true },
    description:
      'Reads one article into the graph; a text under a file name already stored replaces it. Needs the API key.',
    args: {
      text: t.arg.string({ required: true, description: 'The article text (English or French).' }),
      fileName: t.arg.string({
        required: false,
        description: 'A name to store it under (default: "api-" and a hash of the text).',
      }),
    },
    resolve: (_root, args) => ingestText(args.text, args.fileName),
  }),
  reseed: t.field({
    type: ReseedPayload,
    authScopes: { admin: true },
    description:
      'Rebuilds the graph from the seed articles; readers see the old graph until it is done. Needs the API key.',
    resolve: () => reseedGraph(),
  }),
}));

builder.subscriptionField('eventAdded', (t) =>
  t.prismaField({
    type: 'Event',
    description: 'Each event as ingestion adds it to the graph (server-sent events).',
    subscribe: (_root, _args, context) => context.pubsub.subscribe('eventAdded'),
    resolve: (query, eventId: string) =>
      prisma.event.findUniqueOrThrow({ ...query, where: { id: eventId } }),
  }),
);
