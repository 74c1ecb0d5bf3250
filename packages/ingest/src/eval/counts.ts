// Precision, recall and F1 from counts, with the 0/0 cases decided once.

export type Counts = { truePositives: number; falsePositives: number; falseNegatives: number };

export type Scores = { precision: number; recall: number; f1: number };

export const NO_COUNTS: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

/**
 * Precision is 1 when nothing was predicted (no false claim) and recall is 1 when there was nothing
 * to find, so a block with neither gold nor predictions scores 1/1/1; F1 is their harmonic mean
 * (0 when both are 0).
 * @example scoreCounts({ truePositives: 0, falsePositives: 0, falseNegatives: 2 }) // { precision: 1, recall: 0, f1: 0 }
 */
export function scoreCounts({ truePositives, falsePositives, falseNegatives }: Counts): Scores {
  const predicted = truePositives + falsePositives;
  const expected = truePositives + falseNegatives;
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = expected === 0 ? 1 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
