// Each independent article is a witness that could be wrong on its own; agreeing witnesses compound.
const SINGLE_WITNESS_CONFIDENCE = 0.6;

/**
 * Confidence of a fact reported by `witnesses` distinct articles: 0.6, 0.84, 0.936, …
 * @example confidenceOf(3) // 0.936
 */
export function confidenceOf(witnesses: number): number {
  if (witnesses <= 0) return 0;
  return Number((1 - (1 - SINGLE_WITNESS_CONFIDENCE) ** witnesses).toFixed(6));
}
