import { nameSimilarity, namesMatch, nameTokens } from '@diplomacy-graph/core';

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
  const wanted = nameTokens(name).length;
  // Every token asked for must be found, so "Cuong Dina" does not fall back to "Cường".
  const containsName = (form: string) =>
    nameTokens(form).length >= wanted && nameSimilarity(name, form) === 1;
  return (
    byConfidence.find((candidate) => namesMatch(name, forms(candidate))) ??
    byConfidence.find((candidate) => forms(candidate).some(containsName)) ??
    null
  );
}
