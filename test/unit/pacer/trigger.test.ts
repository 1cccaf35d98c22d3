// trigger() bounds and commit's runway, hand-computed.
import { describe, expect, it } from 'vitest';
import { runway, trigger } from '../../../simulators/pacer/index.ts';

const MiB = 1024 * 1024;

describe('trigger()', () => {
  // heapMarked 10 MiB, goal 20 MiB: (goal − heapMarked)/64 = 163840.
  const base = { goal: 20 * MiB, heapMarked: 10 * MiB, minTrigger: 0 };
  it('caps at 61/64 of the runway: 163840 × 61 + 10 MiB = 20480000', () => {
    expect(trigger({ ...base, runway: 0 })).toMatchObject({ trigger: 20_480_000, upperBound: 20_480_000, by: 'upper' });
  });
  it('floors at 45/64: 163840 × 45 + 10 MiB = 17858560', () => {
    expect(trigger({ ...base, runway: 3 * MiB })).toMatchObject({ trigger: 17_858_560, lowerBound: 17_858_560, by: 'lower' });
    expect(trigger({ ...base, runway: 100 * MiB })).toMatchObject({ trigger: 17_858_560, by: 'lower' });
  });
  it('uses goal − runway in between: 20 MiB − 2 MiB = 18 MiB', () => {
    expect(trigger({ ...base, runway: 2 * MiB })).toMatchObject({ trigger: 18 * MiB, by: 'runway' });
  });
  it('lets big heaps trigger at goal − 4 MiB: 200 MiB − 4 MiB = 205520896 > 1638400 × 61 + 100 MiB = 204800000', () => {
    const t = trigger({ goal: 200 * MiB, heapMarked: 100 * MiB, minTrigger: 0, runway: 0 });
    expect(t).toMatchObject({ trigger: 205_520_896, upperBound: 205_520_896 });
  });
  it('returns the goal when heapMarked has reached it', () => {
    expect(trigger({ goal: 10 * MiB, heapMarked: 10 * MiB, minTrigger: 0, runway: 0 })).toMatchObject({ trigger: 10 * MiB, by: 'goal' });
  });
  it('respects a minTrigger above the 45/64 bound, and keeps max ≥ min', () => {
    const t = trigger({ ...base, minTrigger: 19 * MiB, runway: 5 * MiB });
    expect(t).toMatchObject({ trigger: 19 * MiB, lowerBound: 19 * MiB });
    const u = trigger({ ...base, minTrigger: 20_700_000, runway: 0 });
    expect(u.trigger).toBe(20_700_000);
    expect(u.upperBound).toBe(20_700_000);
  });
  it('never exceeds the goal', () => {
    for (const r of [0, 1, 1 * MiB, 50 * MiB]) for (const m of [0, 5 * MiB, 19 * MiB]) expect(trigger({ ...base, minTrigger: m, runway: r }).trigger).toBeLessThanOrEqual(20 * MiB);
  });
});

describe('runway (commit)', () => {
  it('is consMark × (1 − 0.25)/0.25 × (lastHeapScan + lastStackScan + globalsScan): 0.5 × 3 × 10 MiB = 15 MiB', () => {
    expect(runway(0.5, 8 * MiB, 1 * MiB, 1 * MiB)).toBe(15 * MiB);
  });
  it('truncates to whole bytes', () => {
    expect(runway(0.1, 1000, 0, 1)).toBe(300); // 0.1 × 3 × 1001 = 300.3
  });
});
