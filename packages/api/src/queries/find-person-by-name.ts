import { nameKey, nameTokens } from '@diplomacy-graph/core';
import { prisma } from '@diplomacy-graph/core/db';
import { pickPersonByName } from './pick-person-by-name.ts';

/**
 * The id of the person `name` designates, tolerant of diacritics, word order, partial names and
 * recorded aliases. The stored nameKey answers most lookups in one indexed query.
 */
export async function findPersonIdByName(name: string): Promise<string | null> {
  const key = nameKey(name);
  if (key === '') return null;
  const exact = await prisma.person.findFirst({
    where: { nameKey: key },
    orderBy: { confidence: 'desc' },
    select: { id: true },
  });
  if (exact) return exact.id;
  const candidates = await prisma.person.findMany({
    where: {
      OR: [
        { AND: nameTokens(name).map((token) => ({ foldedName: { contains: token } })) },
        { aliases: { has: name.trim() } },
      ],
    },
    select: { id: true, canonicalName: true, aliases: true, confidence: true },
    take: 50,
  });
  return pickPersonByName(name, candidates)?.id ?? null;
}
