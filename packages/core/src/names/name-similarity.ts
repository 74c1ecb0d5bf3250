// Near-miss spellings in wire copy ("Boluart" for "Boluarte", "Adriazén" for "Adrianzén").
import { nameTokens } from './fold-name.ts';

/** Optimal-string-alignment distance: edits, with a swap of two neighbours counting as one. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Whether two folded tokens are the same word misspelt: one edit for words of 5+ letters,
 * none for shorter ones (short Asian given names differ by one letter: "Lam" ≠ "Lan").
 */
export function tokensNearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || Math.abs(a.length - b.length) > 1) return false;
  return withinOneEdit(a, b);
}

/** One substitution, insertion, deletion or swap of neighbours apart, in one linear pass. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  if (a.length === b.length) {
    // Substitution at i, or a swap of i and i + 1.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // Insertion or deletion at i.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Similarity of two names in [0, 1]: the share of the shorter name's tokens that have a near-equal
 * token in the other, in any order. 1 means every token of the shorter name is found.
 * @example nameSimilarity('Gustavo Adriazén', 'Gustavo Adrianzén') // 1
 * @example nameSimilarity('Boluart', 'Dina Boluarte') // 1
 */
export function nameSimilarity(a: string, b: string): number {
  const left = nameTokens(a);
  const right = nameTokens(b);
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (short.length === 0) return 0;
  const used = new Set<number>();
  let found = 0;
  for (const token of short) {
    const index = long.findIndex((other, i) => !used.has(i) && tokensNearlyEqual(token, other));
    if (index >= 0) {
      used.add(index);
      found++;
    }
  }
  return found / short.length;
}
