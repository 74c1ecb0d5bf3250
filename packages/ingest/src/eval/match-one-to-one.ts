// One-to-one matching of predictions to gold items: each gold item is matched at most once, so a
// duplicate prediction is a false positive, and the largest possible number of items is matched.

/** How well a prediction fits a gold item, in (0, 1], or null when it does not match at all. */
export type MatchScore<P, G> = (predicted: P, gold: G) => number | null;

export type OneToOneMatching<P, G> = {
  pairs: { predicted: P; gold: G; score: number }[];
  unmatchedPredicted: P[];
  unmatchedGold: G[];
};

/**
 * The assignment of rows to columns of least total cost (Hungarian algorithm with potentials,
 * O(n³)) for a square matrix; returns the column of each row.
 */
function assignMinimumCost(cost: readonly (readonly number[])[]): number[] {
  const size = cost.length;
  // Indexed reads of fixed-size arrays: the bounds are the loop's, so a missing cell is a bug.
  const at = (values: ArrayLike<number>, index: number): number => values[index] as number;
  const rowPotential = new Float64Array(size + 1);
  const columnPotential = new Float64Array(size + 1);
  // 1-based: rowOfColumn[j] is the row assigned to column j, 0 for none; column 0 is a sentinel.
  const rowOfColumn = new Int32Array(size + 1);
  const previousColumn = new Int32Array(size + 1);
  for (let row = 1; row <= size; row++) {
    rowOfColumn[0] = row;
    let column = 0;
    const slack = new Float64Array(size + 1).fill(Number.POSITIVE_INFINITY);
    const visited = new Uint8Array(size + 1);
    do {
      visited[column] = 1;
      const currentRow = at(rowOfColumn, column);
      let delta = Number.POSITIVE_INFINITY;
      let nextColumn = 0;
      for (let j = 1; j <= size; j++) {
        if (visited[j]) continue;
        const reduced =
          at(cost[currentRow - 1] ?? [], j - 1) -
          at(rowPotential, currentRow) -
          at(columnPotential, j);
        if (reduced < at(slack, j)) {
          slack[j] = reduced;
          previousColumn[j] = column;
        }
        if (at(slack, j) < delta) {
          delta = at(slack, j);
          nextColumn = j;
        }
      }
      for (let j = 0; j <= size; j++) {
        if (visited[j]) {
          const assigned = at(rowOfColumn, j);
          rowPotential[assigned] = at(rowPotential, assigned) + delta;
          columnPotential[j] = at(columnPotential, j) - delta;
        } else {
          slack[j] = at(slack, j) - delta;
        }
      }
      column = nextColumn;
    } while (rowOfColumn[column] !== 0);
    do {
      const previous = at(previousColumn, column);
      rowOfColumn[column] = at(rowOfColumn, previous);
      column = previous;
    } while (column !== 0);
  }
  const columnOfRow = new Array<number>(size).fill(-1);
  for (let j = 1; j <= size; j++) {
    const row = at(rowOfColumn, j);
    if (row > 0) columnOfRow[row - 1] = j - 1;
  }
  return columnOfRow;
}

/**
 * The one-to-one matching with the most pairs and, among those, the closest total fit: each pair is
 * worth (number of items + 1) plus its score, so one more pair always outweighs better fits. Which
 * gold item a prediction is paired with matters for what is scored on the pair (titles, dates,
 * attendees): "Dina Boluarte" pairs with the gold person of that exact name when it can.
 * @example matchOneToOne(['Xi', 'Xi'], ['Xi'], (p, g) => (p === g ? 1 : null)).unmatchedPredicted // ['Xi']
 */
export function matchOneToOne<P, G>(
  predicted: readonly P[],
  gold: readonly G[],
  score: MatchScore<P, G>,
): OneToOneMatching<P, G> {
  const scores = predicted.map((item) => gold.map((goldItem) => score(item, goldItem)));
  const size = Math.max(predicted.length, gold.length);
  const pairWorth = size + 1;
  const cost = Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => {
      const fit = scores[i]?.[j];
      return fit === null || fit === undefined ? 0 : -(pairWorth + fit);
    }),
  );
  const columnOfRow = assignMinimumCost(cost);

  const pairs: OneToOneMatching<P, G>['pairs'] = [];
  const unmatchedPredicted: P[] = [];
  const matchedGold = new Set<number>();
  predicted.forEach((item, i) => {
    const j = columnOfRow[i] ?? -1;
    const fit = scores[i]?.[j];
    const goldItem = gold[j];
    if (fit === null || fit === undefined || goldItem === undefined) {
      unmatchedPredicted.push(item);
      return;
    }
    matchedGold.add(j);
    pairs.push({ predicted: item, gold: goldItem, score: fit });
  });
  const unmatchedGold = gold.filter((_, j) => !matchedGold.has(j));
  return { pairs, unmatchedPredicted, unmatchedGold };
}
