import { describe, expect, it } from 'vitest';
import { matchOneToOne } from './match-one-to-one.ts';

const same = (a: string, b: string) => (a === b ? 1 : null);

describe('matchOneToOne', () => {
  it('matches each gold item at most once, so a duplicate prediction is left over', () => {
    const matching = matchOneToOne(['Xi', 'Xi', 'Biden'], ['Xi', 'Biden', 'Wong'], same);
    expect(matching.pairs.map((p) => p.gold)).toEqual(['Xi', 'Biden']);
    expect(matching.unmatchedPredicted).toEqual(['Xi']);
    expect(matching.unmatchedGold).toEqual(['Wong']);
  });

  it('finds the largest matching even when a greedy pick would block it', () => {
    // "a" fits both gold items best with g1; "b" fits only g1: a must move to g2.
    const scores: Record<string, Record<string, number>> = {
      a: { g1: 1, g2: 0.5 },
      b: { g1: 0.5 },
    };
    const matching = matchOneToOne(['a', 'b'], ['g1', 'g2'], (p, g) => scores[p]?.[g] ?? null);
    expect(matching.pairs.map((p) => `${p.predicted}=${p.gold}`).sort()).toEqual(['a=g2', 'b=g1']);
    expect(matching.unmatchedGold).toEqual([]);
  });

  it('prefers the closer fit when both pairings are equally large', () => {
    const scores: Record<string, Record<string, number>> = {
      partial: { exact: 0.5, other: 0.5 },
      full: { exact: 1, other: 0.5 },
    };
    const matching = matchOneToOne(
      ['partial', 'full'],
      ['exact', 'other'],
      (p, g) => scores[p]?.[g] ?? null,
    );
    expect(matching.pairs.find((p) => p.predicted === 'full')?.gold).toBe('exact');
  });

  it('handles empty sides', () => {
    expect(matchOneToOne([], ['g'], same)).toEqual({
      pairs: [],
      unmatchedPredicted: [],
      unmatchedGold: ['g'],
    });
    expect(matchOneToOne(['p'], [], same)).toEqual({
      pairs: [],
      unmatchedPredicted: ['p'],
      unmatchedGold: [],
    });
  });
});

describe('matchOneToOne against brute force', () => {
  // All injective pairings of small random fit tables: the matcher must reach the best pair count,
  // then the best total fit.
  function bestByBruteForce(fits: (number | null)[][], goldCount: number): [number, number] {
    let best: [number, number] = [0, 0];
    const walk = (row: number, used: Set<number>, pairs: number, total: number) => {
      if (row === fits.length) {
        if (pairs > best[0] || (pairs === best[0] && total > best[1] + 1e-9)) best = [pairs, total];
        return;
      }
      walk(row + 1, used, pairs, total);
      for (let j = 0; j < goldCount; j++) {
        const fit = fits[row]?.[j];
        if (fit === null || fit === undefined || used.has(j)) continue;
        used.add(j);
        walk(row + 1, used, pairs + 1, total + fit);
        used.delete(j);
      }
    };
    walk(0, new Set(), 0, 0);
    return best;
  }

  it('reaches the most pairs and then the best total fit', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let trial = 0; trial < 300; trial++) {
      const rows = Math.floor(random() * 5);
      const columns = Math.floor(random() * 5);
      const fits = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () =>
          random() < 0.4 ? Math.ceil(random() * 4) / 4 : null,
        ),
      );
      const matching = matchOneToOne(
        fits.map((_, i) => i),
        Array.from({ length: columns }, (_, j) => j),
        (i, j) => fits[i]?.[j] ?? null,
      );
      const total = matching.pairs.reduce((sum, pair) => sum + pair.score, 0);
      const [bestPairs, bestTotal] = bestByBruteForce(fits, columns);
      expect(matching.pairs.length).toBe(bestPairs);
      expect(total).toBeCloseTo(bestTotal);
      expect(new Set(matching.pairs.map((pair) => pair.gold)).size).toBe(matching.pairs.length);
    }
  });
});
