import { nameSimilarity, namesMatch } from '@diplomacy-graph/core';

export type NameCandidate = {
  id: string;
  canonicalName: string;
  aliases: string[];
  confidence: number;
};

/**
 * The candidate an analyst most likely means by `name`: one whose name or alias matches it by the
 * shared person-matching rule, else one that contains every token of it ("Boluarte"), preferring
 * the more confident person. Null when nobody fits.
 * @example pickPersonByName('Boluarte', [dina]) // dina ('Dina Ercilia Boluarte Zegarra')
 */
export function pickPersonByName(
  name: string,
  candidates: readonly NameCandidate[],
): NameCandidate | null {
  const byConfidence = [...candidates].sort((x, y) => y.confidence - x.confidence);
  const forms = (candidate: NameCandidate) => [candidate.canonicalName, ...candidate.aliases];
  return (
    byConfidence.find((candidate) => namesMatch(name, forms(candidate))) ??
    byConfidence.find((candidate) =>
      forms(candidate).some((form) => nameSimilarity(name, form) === 1),
    ) ??
    null
  );
}
