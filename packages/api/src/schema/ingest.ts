import { prisma } from '@diplomacy-graph/core/db';
import { builder } from '../builder.ts';
import { ingestText, reseedGraph } from '../ingest-pipeline.ts';

type IngestPayloadShape = { articleId: string; newEventIds: string[] };

const IngestPayload = builder.objectRef<IngestPayloadShape>('IngestPayload').implement({
  description: 'What an ingestion added to the graph.',
  fields: (t) => ({
    article: t.prismaField({
      type: 'Article',
      description: 'The article, new or already known (same content, same id).',
      resolve: (query, payload) =>
        prisma.article.findUniqueOrThrow({ ...query, where: { id: payload.articleId } }),
    }),
    newEvents: t.prismaField({
      type: ['Event'],
      description:
        'Events the article added to the graph (empty when it only confirmed known ones).',
      resolve: (query, payload) =>
        prisma.event.findMany({ ...query, where: { id: { in: payload.newEventIds } } }),
    }),
  }),
});

const ReseedPayload = builder
  .objectRef<{ articles: number; events: number }>('ReseedPayload')
  .implement({
    description: 'The graph after a reseed.',
    fields: (t) => ({
      articles: t.exposeInt('articles', { description: 'Articles ingested.' }),
      events: t.exposeInt('events', { description: 'Events in the graph.' }),
    }),
  });

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestPayload,
    authScopes: { admin: true },
    description: 'Reads one article into the graph. Needs the API key.',
    args: {
      text: t.arg.string({ required: true, description: 'The article text.' }),
      fileName: t.arg.string({
        required: false,
        description: 'A name to remember it by (default "api-<hash>.txt").',
      }),
    },
    resolve: async (_root, args, context) => {
      const outcome = await ingestText(args.text, args.fileName ?? '');
      for (const id of outcome.newEventIds) context.pubsub.publish('eventAdded', id);
      return outcome;
    },
  }),
  reseed: t.field({
    type: ReseedPayload,
    authScopes: { admin: true },
    description: 'Empties the graph and ingests the seed articles again. Needs the API key.',
    resolve: async (_root, _args, context) => {
      const outcomes = await reseedGraph();
      for (const outcome of outcomes) {
        for (const id of outcome.newEventIds) context.pubsub.publish('eventAdded', id);
      }
      return { articles: await prisma.article.count(), events: await prisma.event.count() };
    },
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
