// The heap goal, hand-computed from mgcpacer.go's commit / memoryLimitHeapGoal / setGCPercent.
import { describe, expect, it } from 'vitest';
import { gcPercentHeapGoal, heapGoal, heapGoalInternal, heapMinimum, memoryLimitHeapGoal } from '../../../simulators/pacer/index.ts';

const KiB = 1024;
const MiB = 1024 * 1024;

describe('heapMinimum: 4 MiB × GOGC/100 (setGCPercent)', () => {
  it('is 4 MiB at GOGC=100 and 2 MiB at GOGC=50', () => {
    expect(heapMinimum(100)).toBe(4 * MiB);
    expect(heapMinimum(50)).toBe(2 * MiB);
  });
  it('multiplies before dividing, in integers: 4194304 × 33 / 100 = 1384120', () => {
    expect(heapMinimum(33)).toBe(1384120);
  });
  it('is 0 at GOGC=0 and off (Infinity) with GOGC=off', () => {
    expect(heapMinimum(0)).toBe(0);
    expect(heapMinimum(-1)).toBe(Infinity);
  });
});

describe('GOGC goal (commit)', () => {
  it("reproduces the GC guide's worked example: 8 MiB live + 1 MiB stacks + 1 MiB globals at GOGC=100 → 18 MiB", () => {
    const g = heapGoal({ heapMarked: 8 * MiB, stackScan: 1 * MiB, globalsScan: 1 * MiB, gcPercent: 100 });
    expect(g).toEqual({ goal: 18 * MiB, gcPercentGoal: 18 * MiB, memoryLimitGoal: Infinity });
  });
  it('applies the 4 MiB floor at GOGC=100: 1 MiB + 1 MiB × 100/100 = 2 MiB → 4 MiB', () => {
    expect(gcPercentHeapGoal(1 * MiB, 0, 0, 100)).toBe(4 * MiB);
  });
  it('applies the 2 MiB floor at GOGC=50: 512 KiB + (512 + 256 + 256 KiB) × 50/100 = 1 MiB → 2 MiB', () => {
    expect(gcPercentHeapGoal(512 * KiB, 256 * KiB, 256 * KiB, 50)).toBe(2 * MiB);
  });
  it('is not floored when above the minimum, with integer division: 10000001 + 10000001 × 33 / 100 = 13300001', () => {
    expect(gcPercentHeapGoal(10_000_001, 0, 0, 33)).toBe(13_300_001);
  });
  it('floors 1000001 + 330000 = 1330001 to heapMinimum(33) = 1384120', () => {
    expect(gcPercentHeapGoal(1_000_001, 0, 0, 33)).toBe(1_384_120);
  });
  it('is Infinity with GOGC=off, and the goal is Infinity without a limit', () => {
    expect(gcPercentHeapGoal(8 * MiB, 0, 0, -1)).toBe(Infinity);
    expect(heapGoal({ heapMarked: 8 * MiB, stackScan: 0, globalsScan: 0, gcPercent: -1 }).goal).toBe(Infinity);
  });
});

describe('memory-limit goal (memoryLimitHeapGoal)', () => {
  it('subtracts non-heap memory and 3 % headroom: 100 MiB − 10 MiB = 94371840; − 943718×3 = 91540686', () => {
    expect(memoryLimitHeapGoal(100 * MiB, 10 * MiB, 0, 20 * MiB)).toBe(91_540_686);
  });
  it('uses at least 1 MiB of headroom: 20 MiB − 2 MiB = 18 MiB; 3 % is 566229 < 1 MiB → 17 MiB', () => {
    expect(memoryLimitHeapGoal(20 * MiB, 2 * MiB, 0, 0)).toBe(17 * MiB);
  });
  it('falls back to the headroom itself when goal − headroom < headroom: 3 MiB − 1.5 MiB = 1.5 MiB → 1 MiB', () => {
    expect(memoryLimitHeapGoal(3 * MiB, 1.5 * MiB, 0, 0)).toBe(1 * MiB);
  });
  it('never returns less than heapMarked', () => {
    // 64 − 4 = 60 MiB − 1887436 = 61027124 < 62 MiB
    expect(memoryLimitHeapGoal(64 * MiB, 4 * MiB, 0, 62 * MiB)).toBe(62 * MiB);
  });
  it('returns heapMarked when non-heap memory alone reaches the limit', () => {
    expect(memoryLimitHeapGoal(64 * MiB, 70 * MiB, 0, 30 * MiB)).toBe(30 * MiB);
    expect(memoryLimitHeapGoal(64 * MiB, 64 * MiB, 0, 30 * MiB)).toBe(30 * MiB);
  });
  it('counts the overage like non-heap memory: 10 MiB + 54 MiB over a 64 MiB limit → heapMarked', () => {
    expect(memoryLimitHeapGoal(64 * MiB, 10 * MiB, 54 * MiB, 5 * MiB)).toBe(5 * MiB);
    // 100 − (10 + 5) = 85 MiB = 89128960; headroom 891289×3 = 2673867 → 86455093
    expect(memoryLimitHeapGoal(100 * MiB, 10 * MiB, 5 * MiB, 0)).toBe(86_455_093);
  });
  it('Go 1.19 subtracted a fixed 1 MiB instead (go.dev/issue/57069): 100 − 10 − 1 = 89 MiB', () => {
    expect(memoryLimitHeapGoal(100 * MiB, 10 * MiB, 0, 0, 'go1.19')).toBe(89 * MiB);
  });
  it('GOGC=off with GOMEMLIMIT=128 MiB and 9 MiB non-heap: 124780544 − 3743415 = 121037129', () => {
    const g = heapGoal({ heapMarked: 20 * MiB, stackScan: 1 * MiB, globalsScan: 1 * MiB, gcPercent: -1, memoryLimit: 128 * MiB, nonHeap: 9 * MiB, overage: 0 });
    expect(g).toEqual({ goal: 121_037_129, gcPercentGoal: Infinity, memoryLimitGoal: 121_037_129 });
  });
  it('takes the smaller of the two goals', () => {
    const low = heapGoal({ heapMarked: 8 * MiB, stackScan: 1 * MiB, globalsScan: 1 * MiB, gcPercent: 100, memoryLimit: 20 * MiB, nonHeap: 2 * MiB, overage: 0 });
    expect(low.goal).toBe(17 * MiB);
    const high = heapGoal({ heapMarked: 8 * MiB, stackScan: 1 * MiB, globalsScan: 1 * MiB, gcPercent: 100, memoryLimit: 1024 * MiB, nonHeap: 2 * MiB, overage: 0 });
    expect(high.goal).toBe(18 * MiB);
  });
});

describe('heapGoalInternal adjustments', () => {
  it('raises the GOGC goal to sweepDistMinTrigger and, during a cycle, to triggered + 64 KiB', () => {
    const c = { heapMarked: 1 * MiB, stackScan: 0, globalsScan: 0, gcPercent: 0 };
    // GOGC=0: goal = heapMarked = 1 MiB, heapMinimum 0.
    expect(heapGoalInternal(c, 0, null)).toMatchObject({ goal: 1 * MiB, regime: 'gogc' });
    expect(heapGoalInternal(c, 2 * MiB, null)).toMatchObject({ goal: 2 * MiB, minTrigger: 2 * MiB, regime: 'sweepDist' });
    expect(heapGoalInternal(c, 0, 3 * MiB)).toMatchObject({ goal: 3 * MiB + 64 * KiB, regime: 'minRunway' });
  });
  it('ignores both adjustments when the memory limit sets the goal', () => {
    const c = { heapMarked: 1 * MiB, stackScan: 0, globalsScan: 0, gcPercent: 100, memoryLimit: 3 * MiB, nonHeap: 0, overage: 0 };
    // 3 MiB − 1 MiB headroom = 2 MiB < GOGC goal 4 MiB
    expect(heapGoalInternal(c, 5 * MiB, 5 * MiB)).toMatchObject({ goal: 2 * MiB, minTrigger: 0, regime: 'limit' });
  });
});
