import { isObjectType } from 'graphql';
import { builder } from '../builder.ts';
import './article.ts';
import './counterpart.ts';
import './country.ts';
import './event.ts';
import './evidence.ts';
import './health.ts';
import './ingest.ts';
import './office.ts';
import './organization.ts';
import './participation.ts';
import './person.ts';
import './place.ts';
import './relations.ts';
import './search.ts';
import './stats.ts';

builder.queryType({ description: 'Read the diplomacy graph. Every query is public.' });
builder.mutationType({ description: 'Change the graph. Every mutation needs the API key.' });
builder.subscriptionType({ description: 'Follow the graph as it grows (server-sent events).' });

const TOTAL_COUNT_DESCRIPTION = 'How many items the whole list holds, across all pages.';

/** The executable schema. */
export const schema = builder.toSchema({ sortSchema: true });

// The Prisma plugin adds its own totalCount field (counted in the same query) to the connections
// it builds, without a way to describe it; give it the wording of the global one.
for (const type of Object.values(schema.getTypeMap())) {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
  const totalCount = type.getFields().totalCount;
  if (totalCount && !totalCount.description) totalCount.description = TOTAL_COUNT_DESCRIPTION;
}
