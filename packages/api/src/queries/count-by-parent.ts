import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { ApiContext } from '../builder.ts';

export type CountByParent = (parentIds: readonly string[]) => Promise<Map<string, number>>;

const loadersFor = createContextCache(
  (_context: ApiContext) => new Map<string, DataLoader<string, number>>(),
);

/**
 * How many rows of the list `key` belong to `parentId`, counted for every parent of the request
 * in one grouped query over their ids. Prisma's relation counts aggregate the whole child table
 * and join the result, which costs a table scan per page on a large graph.
 */
export function countByParent(
  context: ApiContext,
  key: string,
  count: CountByParent,
  parentId: string,
): Promise<number> {
  const loaders = loadersFor(context);
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const counts = await count(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
    loaders.set(key, loader);
  }
  return loader.load(parentId);
}
