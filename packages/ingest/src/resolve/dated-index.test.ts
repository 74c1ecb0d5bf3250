import { describe, expect, it } from 'vitest';
import { DatedIndex } from './dated-index.ts';

const entry = (name: string) => ({ name, lastLookup: 0 });
const day = (value: string) => ({ value, precision: 'DAY' as const });
const month = (value: string) => ({ value, precision: 'MONTH' as const });

describe('DatedIndex', () => {
  it('returns the first entry that fits, key by key in the order entries took each key', () => {
    const index = new DatedIndex<ReturnType<typeof entry>>();
    const [a, b, c] = [entry('a'), entry('b'), entry('c')];
    index.add('apec', a, day('2024-11-15'));
    index.add('apec', b, null);
    index.add('summit', c, month('2024-11'));
    index.add('apec', c, month('2024-11'));
    const fitting = (entries: object[]) => (e: object) => entries.includes(e);
    expect(index.firstFitting(['apec', 'summit'], day('2024-11-15'), fitting([a, b, c]))).toBe(a);
    expect(index.firstFitting(['apec', 'summit'], day('2024-11-15'), fitting([b, c]))).toBe(b);
    expect(index.firstFitting(['summit', 'apec'], null, fitting([a, b, c]))).toBe(c);
  });

  it('does not try entries whose date cannot fit', () => {
    const index = new DatedIndex<ReturnType<typeof entry>>();
    const [march, november, undated] = [entry('march'), entry('november'), entry('undated')];
    index.add('apec', march, day('2024-03-02'));
    index.add('apec', november, day('2024-11-15'));
    index.add('apec', undated, null);
    const tried: string[] = [];
    index.firstFitting(['apec'], month('2024-11'), (e) => {
      tried.push(e.name);
      return false;
    });
    expect(tried).toEqual(['november', 'undated']);
  });
});
