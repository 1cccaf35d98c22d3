// Full and empty in both schemes, and indices past 2^32.
import { describe, expect, it } from 'vitest';
import { check, init, isFull, used } from '../../../simulators/spsc/index.ts';
import { call, cfg, fill, range, runToEnd } from './helpers.ts';

describe('full and empty', () => {
  for (const capacity of [2, 4, 8, 1024]) {
    for (const cachedIndices of [true, false]) {
      it(`free-running holds ${capacity} values in ${capacity} slots (cached ${cachedIndices})`, () => {
        const s = init(cfg({ capacity, producer: range(capacity + 3), pops: 0, cachedIndices }), 1);
        const r = fill(s);
        expect(r.pushed).toBe(capacity);
        expect(r.state.tail - r.state.head).toBe(capacity);
        expect(r.state.producer.spins).toBe(1);
      });

      it(`one-slack holds ${capacity - 1} values in ${capacity} slots (cached ${cachedIndices})`, () => {
        const s = init(cfg({ capacity, scheme: 'one-slack', producer: range(capacity + 3), pops: 0, cachedIndices }), 1);
        const r = fill(s);
        expect(r.pushed).toBe(capacity - 1);
        expect((r.state.tail + 1) % capacity).toBe(r.state.head);
        expect(r.state.slots.filter((x) => x === null)).toHaveLength(1);
      });
    }
  }

  it('the consumer spins on an empty ring and pops again once a value is published', () => {
    let s = init(cfg({ producer: [7], pops: 1 }), 1);
    let r = call(s, 'consumer');
    expect(r.ok).toBe(false);
    s = call(r.state, 'producer').state;
    r = call(s, 'consumer');
    expect(r.ok).toBe(true);
    expect(r.state.received).toEqual([7]);
  });

  it('one-slack indices wrap at the capacity', () => {
    let s = init(cfg({ scheme: 'one-slack', producer: range(5), pops: 5 }), 1);
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      s = call(s, 'producer').state;
      seen.push(s.tail);
      s = call(s, 'consumer').state;
    }
    expect(seen).toEqual([1, 2, 3, 0, 1]);
    expect(s.received).toEqual(range(5));
  });

  it('the free-running full check is tail - head == capacity, not a wrap test', () => {
    const c = { capacity: 4, scheme: 'free-running' as const, indexBits: 64 as const };
    expect(isFull(c, 9, 5)).toBe(true);
    expect(isFull(c, 8, 5)).toBe(false);
    expect(used(c, 5, 5)).toBe(0);
  });
});

describe('indices past 2^32', () => {
  const start = 2 ** 32 - 3;

  it('uint32 indices wrap to 0 and tail - head stays right in unsigned arithmetic', () => {
    let s = init(cfg({ capacity: 4, producer: range(10), pops: 10, indexBits: 32, startIndex: start }), 1);
    const r = fill(s);
    expect(r.pushed).toBe(4);
    expect(r.state.tail).toBe(1); // 2^32 - 3 + 4 wrapped
    expect(r.state.head).toBe(start);
    expect(used(r.state.config, r.state.tail, r.state.head)).toBe(4);
    s = r.state;
    for (let i = 0; i < 10; i++) {
      s = call(s, 'consumer').state;
      if (s.producer.pc !== 'done') s = call(s, 'producer').state;
    }
    expect(s.received).toEqual(range(10));
    expect(check(s)).toEqual([]);
  });

  it('uint64 indices go past 2^32 without wrapping, and slots follow n & mask', () => {
    const s = runToEnd(cfg({ capacity: 8, producer: range(20), pops: 20, startIndex: start }), 5);
    expect(s.tail).toBe(start + 20);
    expect(s.tail).toBeGreaterThan(2 ** 32);
    expect(s.received).toEqual(range(20));
    // The last value went into slot (start + 19) mod 8.
    expect(s.slotSeq[(start + 19) % 8]).toBe(19);
    expect(check(s)).toEqual([]);
  });

  it('refuses start indices whose runs would leave the exact range of JS numbers', () => {
    expect(() => init(cfg({ startIndex: 2 ** 53 - 10 }), 1)).toThrow(/startIndex/);
    expect(() => init(cfg({ indexBits: 32, startIndex: 2 ** 32 }), 1)).toThrow(/32 bits/);
  });
});
