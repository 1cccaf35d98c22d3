import { describe, expect, it } from 'vitest';
import { binMax, binMin, binOf, binRanges, binSum } from '../../../src/trace-reader/bins.ts';

describe('bins', () => {
  it('covers every item once with at most maxBins groups', () => {
    for (const [n, max] of [
      [0, 10],
      [1, 10],
      [10, 10],
      [11, 10],
      [100_000, 600],
    ] as const) {
      const b = binRanges(n, max);
      expect(b.length).toBeLessThanOrEqual(max);
      let at = 0;
      for (const x of b) {
        expect(x.from).toBe(at);
        expect(x.to).toBeGreaterThan(x.from);
        at = x.to;
      }
      expect(at).toBe(n);
    }
  });

  it('aggregates max, min and sum, skipping NaN', () => {
    const v = [1, 5, NaN, 2, 7, 3, 0];
    const b = binRanges(v.length, 3);
    expect(binMax(v, b, (x) => x)).toEqual([5, 7, 0]);
    expect(binMin(v, b, (x) => x)).toEqual([1, 2, 0]);
    expect(binSum([1, 2, 3, 4], binRanges(4, 2), (x) => x)).toEqual([3, 7]);
    expect(binOf(b, 4)).toBe(1);
  });
});
