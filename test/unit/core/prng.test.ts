// The seeded PRNG: pure, deterministic, uint32 state, roughly uniform.
import { describe, expect, it } from 'vitest';
import { nextFloat, nextInt, nextU32, seedPrng } from '../../../simulators/core/prng.ts';

describe('prng', () => {
  it('is a pure function of its state', () => {
    const s = seedPrng(1234);
    expect(nextU32(s)).toEqual(nextU32(s));
    const [a, s1] = nextU32(s);
    const [b] = nextU32(s1);
    expect(a).not.toBe(b);
  });

  it('keeps its whole state in one uint32 that survives JSON', () => {
    let s = seedPrng(-5.7);
    for (let i = 0; i < 100; i++) {
      const [v, n] = nextU32(s);
      expect(Number.isInteger(n) && n >= 0 && n <= 0xffffffff).toBe(true);
      expect(Number.isInteger(v) && v >= 0 && v <= 0xffffffff).toBe(true);
      expect(JSON.parse(JSON.stringify(n))).toBe(n);
      s = n;
    }
    expect(seedPrng(Number.NaN)).toBe(0);
    expect(seedPrng(2 ** 32 + 7)).toBe(7);
  });

  it('different seeds give different sequences', () => {
    const seq = (seed: number) => {
      let s = seedPrng(seed);
      const out: number[] = [];
      for (let i = 0; i < 8; i++) {
        const [v, n] = nextU32(s);
        out.push(v);
        s = n;
      }
      return out;
    };
    expect(seq(1)).not.toEqual(seq(2));
    expect(seq(7)).toEqual(seq(7));
  });

  it('nextInt is in range and roughly uniform (chi-square, 10 buckets)', () => {
    let s = seedPrng(99);
    const counts = new Array(10).fill(0);
    const N = 20_000;
    for (let i = 0; i < N; i++) {
      const [v, n] = nextInt(s, 10);
      expect(v >= 0 && v < 10).toBe(true);
      counts[v]++;
      s = n;
    }
    const e = N / 10;
    const chi = counts.reduce((acc, c) => acc + ((c - e) * (c - e)) / e, 0);
    // 9 degrees of freedom: P(chi² > 27.9) ≈ 0.001.
    expect(chi).toBeLessThan(27.9);
    const [f] = nextFloat(s);
    expect(f >= 0 && f < 1).toBe(true);
    expect(nextInt(s, 1)[0]).toBe(0);
  });
});
