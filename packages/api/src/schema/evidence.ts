import { prisma } from '@diplomacy-graph/core/db';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { builder } from '../builder.ts';

export const Evidence = builder.prismaNode('Evidence', {
  description: 'A sentence of an article that states one or more facts: [start, end) of its text.',
  id: { field: 'id' },
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'The sentence.' }),
    start: t.exposeInt('start', { description: 'Offset of its first character in the text.' }),
    end: t.exposeInt('end', { description: 'Offset just past its last character.' }),
    article: t.relation('article', { description: 'The article it comes from.' }),
  }),
});

// Person.evidence pages through join rows but hands out the sentences themselves.
export const personEvidence = prismaConnectionHelpers(builder, 'PersonEvidence', {
  cursor: 'personId_evidenceId',
  query: { orderBy: { evidence: { start: 'asc' } } },
  select: (nodeSelection) => ({ evidence: nodeSelection({}) }),
  resolveNode: (link) => link.evidence,
});

/** How many sentences name each of `personIds`: one grouped query over just those people. */
export async function countPersonEvidence(
  personIds: readonly string[],
): Promise<Map<string, number>> {
  const groups = await prisma.personEvidence.groupBy({
    by: ['personId'],
    where: { personId: { in: [...personIds] } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.personId, group._count._all]));
}
