// The assist ratio (revise), the worker split (startCycle) and the cons/mark estimate (endCycle).
import { describe, expect, it } from 'vitest';
import { endCycle, markWorkers, revise } from '../../../simulators/pacer/index.ts';

const MiB = 1024 * 1024;
const base = {
  gcPercent: 100,
  heapLive: 12 * MiB,
  heapScan: 12 * MiB,
  work: 2 * MiB,
  heapGoal: 16 * MiB,
  triggered: 12 * MiB,
  lastHeapScan: 8 * MiB,
  lastStackScan: 1 * MiB,
  globalsScan: 1 * MiB,
  maxStackScan: 1 * MiB,
};

describe('revise: assistWorkPerByte = scanWorkRemaining / heapRemaining', () => {
  it('expected regime: (10 MiB expected − 2 MiB done) / (16 − 12 MiB) = 2', () => {
    expect(revise(base)).toEqual({ assistWorkPerByte: 2, scanWorkRemaining: 8 * MiB, heapRemaining: 4 * MiB, heapGoal: 16 * MiB, regime: 'expected' });
  });
  it('extrapolates the goal once more work than expected is done', () => {
    // maxScanWork = 12 + 1 + 1 = 14 MiB; ext = trunc(4 MiB / 10 MiB × 14 MiB) + 12 MiB = 5872025 + 12582912
    const r = revise({ ...base, work: 11 * MiB, heapLive: 13 * MiB });
    expect(r.regime).toBe('extrapolated');
    expect(r.heapGoal).toBe(5_872_025 + 12 * MiB);
    expect(r.scanWorkRemaining).toBe(3 * MiB);
    expect(r.heapRemaining).toBe(5_872_025 + 12 * MiB - 13 * MiB);
  });
  it('caps the extrapolation at (1 + GOGC/100) × goal', () => {
    const r = revise({ ...base, gcPercent: 10, work: 11 * MiB, heapScan: 100 * MiB });
    expect(r.heapGoal).toBe(Math.trunc(1.1 * 16 * MiB));
  });
  it('past the goal it paces for 1.1 × goal against the worst-case scan work', () => {
    const r = revise({ ...base, heapLive: 17 * MiB });
    expect(r.regime).toBe('overshoot');
    expect(r.heapGoal).toBe(Math.trunc(16 * MiB * 1.1));
    expect(r.scanWorkRemaining).toBe(14 * MiB - 2 * MiB);
  });
  it('keeps scanWorkRemaining ≥ 1000 and heapRemaining ≥ 1', () => {
    const r = revise({ ...base, work: 10 * MiB, heapLive: Math.trunc(16 * MiB * 1.1) + 5 });
    expect(r.heapRemaining).toBe(1);
    expect(r.scanWorkRemaining).toBe(4 * MiB); // worst case 14 MiB − 10 MiB done
    const s = revise({ ...base, work: 10 * MiB - 10 });
    expect(s.scanWorkRemaining).toBe(1000);
  });
  it('treats GOGC=off as 100000 for the hard goal of a forced cycle', () => {
    const r = revise({ ...base, gcPercent: -1, work: 11 * MiB, heapScan: 1000 * MiB });
    // ext = trunc(0.4 × 1002 MiB) + 12 MiB, far under 1001 × 16 MiB
    expect(r.heapGoal).toBe(Math.trunc(((4 * MiB) / (10 * MiB)) * (1002 * MiB)) + 12 * MiB);
  });
});

describe('startCycle: dedicated and fractional mark workers', () => {
  it('rounds 25 % of GOMAXPROCS to whole workers when the error is ≤ 30 %', () => {
    expect(markWorkers(4)).toEqual({ dedicated: 1, fractionalUtilizationGoal: 0, backgroundProcs: 1 });
    expect(markWorkers(8)).toEqual({ dedicated: 2, fractionalUtilizationGoal: 0, backgroundProcs: 2 });
    // 1.25 → 1 worker (error −20 %): 20 % instead of 25 %.
    expect(markWorkers(5)).toEqual({ dedicated: 1, fractionalUtilizationGoal: 0, backgroundProcs: 1 });
  });
  it('adds a fractional worker for GOMAXPROCS ≤ 3 and 6', () => {
    expect(markWorkers(1)).toEqual({ dedicated: 0, fractionalUtilizationGoal: 0.25, backgroundProcs: 0.25 });
    expect(markWorkers(2)).toEqual({ dedicated: 0, fractionalUtilizationGoal: 0.25, backgroundProcs: 0.5 });
    expect(markWorkers(3)).toEqual({ dedicated: 0, fractionalUtilizationGoal: 0.25, backgroundProcs: 0.75 });
    const six = markWorkers(6);
    expect(six.dedicated).toBe(1);
    expect(six.fractionalUtilizationGoal).toBeCloseTo(0.5 / 6, 15);
    expect(six.backgroundProcs).toBeCloseTo(1.5, 12);
  });
});

describe('endCycle: cons/mark', () => {
  it('(heapLive − triggered) × u / (scanWork × (1 − u)) with u = 0.25 + assist share', () => {
    // 4 MiB × 0.25 / (12 MiB × 0.75) = 1/9
    const r = endCycle({ assistDuration: 10e6, procs: 4, assistTime: 0, idleMarkTime: 0, heapLive: 20 * MiB, triggered: 16 * MiB, scanWork: 12 * MiB, consMark: 0, lastConsMark: [0, 0, 0, 0] });
    expect(r.currentConsMark).toBeCloseTo(1 / 9, 15);
    expect(r.consMark).toBeCloseTo(1 / 9, 15);
    expect(r.lastConsMark[3]).toBeCloseTo(1 / 9, 15);
    // assists of 10 ms on 4 Ps over 10 ms: u = 0.5 → 4 × 0.5 / (12 × 0.5) = 1/3
    const a = endCycle({ assistDuration: 10e6, procs: 4, assistTime: 10e6, idleMarkTime: 0, heapLive: 20 * MiB, triggered: 16 * MiB, scanWork: 12 * MiB, consMark: 0, lastConsMark: [0, 0, 0, 0] });
    expect(a.utilization).toBe(0.5);
    expect(a.currentConsMark).toBeCloseTo(1 / 3, 15);
  });
  it('keeps the largest of the new value and the last four', () => {
    const r = endCycle({ assistDuration: 10e6, procs: 4, assistTime: 0, idleMarkTime: 0, heapLive: 20 * MiB, triggered: 16 * MiB, scanWork: 12 * MiB, consMark: 0.2, lastConsMark: [0.2, 0.05, 0.05, 0.05] });
    expect(r.consMark).toBe(0.2);
    expect(r.lastConsMark[0]).toBe(0.05);
    const later = endCycle({ assistDuration: 10e6, procs: 4, assistTime: 0, idleMarkTime: 0, heapLive: 20 * MiB, triggered: 16 * MiB, scanWork: 12 * MiB, consMark: 0.2, lastConsMark: r.lastConsMark });
    expect(later.consMark).toBeCloseTo(1 / 9, 15); // 0.2 has left the window
  });
  it('changes nothing when the heap did not grow', () => {
    const r = endCycle({ assistDuration: 10e6, procs: 4, assistTime: 0, idleMarkTime: 0, heapLive: 16 * MiB, triggered: 16 * MiB, scanWork: 12 * MiB, consMark: 0.3, lastConsMark: [0.3, 0, 0, 0] });
    expect(r.currentConsMark).toBeNull();
    expect(r.consMark).toBe(0.3);
  });
});
