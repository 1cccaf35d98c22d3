// The heap goal, as gcControllerState computes it (mgcpacer.go: setGCPercent, commit,
// memoryLimitHeapGoal, heapGoalInternal). All figures are bytes. Go works in uint64; every
// value here stays below 2^53 (see LIMITS), so Math.floor reproduces Go's integer division.
import {
  defaultHeapMinimum,
  memoryLimitHeapGoalHeadroomPercent,
  memoryLimitMinHeapGoalHeadroom,
  minRunway,
} from './constants.ts';

/** setGCPercent: `c.heapMinimum = defaultHeapMinimum * uint64(in) / 100` — 4 MiB × GOGC/100. Infinity for GOGC=off. */
export function heapMinimum(gcPercent: number): number {
  // With GOGC<0 Go computes a wrapped uint64 that no goal ever uses (the GOGC goal is ^uint64(0)).
  if (gcPercent < 0) return Infinity;
  return Math.floor((defaultHeapMinimum * gcPercent) / 100);
}

/**
 * commit: `heapMarked + (heapMarked + lastStackScan + globalsScan) * uint64(gcPercent) / 100`,
 * raised to heapMinimum. Infinity (^uint64(0)) when GOGC=off.
 */
export function gcPercentHeapGoal(heapMarked: number, stackScan: number, globalsScan: number, gcPercent: number): number {
  if (gcPercent < 0) return Infinity;
  const goal = heapMarked + Math.floor(((heapMarked + stackScan + globalsScan) * gcPercent) / 100);
  const min = heapMinimum(gcPercent);
  return goal < min ? min : goal;
}

/** Which headroom rule memoryLimitHeapGoal applies: Go 1.21+ (3 %, at least 1 MiB) or Go 1.19–1.20 (a fixed 1 MiB). */
export type HeadroomRule = 'go1.21' | 'go1.19';

/**
 * memoryLimitHeapGoal, in Go's order:
 *   if nonHeap+overage >= limit { return heapMarked }
 *   goal := limit - (nonHeap + overage)
 *   headroom := goal / 100 * 3; if headroom < 1 MiB { headroom = 1 MiB }
 *   if goal < headroom || goal-headroom < headroom { goal = headroom } else { goal -= headroom }
 *   if goal < heapMarked { goal = heapMarked }
 * Go 1.19 subtracted a fixed memoryLimitHeapGoalHeadroom = 1 MiB with the same fallback.
 */
export function memoryLimitHeapGoal(
  memoryLimit: number,
  nonHeap: number,
  overage: number,
  heapMarked: number,
  rule: HeadroomRule = 'go1.21',
): number {
  if (nonHeap + overage >= memoryLimit) return heapMarked;
  let goal = memoryLimit - (nonHeap + overage);
  let headroom = rule === 'go1.19' ? memoryLimitMinHeapGoalHeadroom : Math.floor(goal / 100) * memoryLimitHeapGoalHeadroomPercent;
  if (headroom < memoryLimitMinHeapGoalHeadroom) headroom = memoryLimitMinHeapGoalHeadroom;
  if (goal < headroom || goal - headroom < headroom) goal = headroom;
  else goal = goal - headroom;
  return goal < heapMarked ? heapMarked : goal;
}

export type HeapGoalInput = {
  /** Live heap marked by the last cycle. */
  heapMarked: number;
  /** Scannable stack bytes (lastStackScan). */
  stackScan: number;
  /** Scannable globals. */
  globalsScan: number;
  /** GOGC; -1 = off. */
  gcPercent: number;
  /** GOMEMLIMIT; absent = no limit. */
  memoryLimit?: number;
  /** mappedReady - heapFree - heapAlloc. */
  nonHeap?: number;
  /** max(mappedReady - memoryLimit, 0). */
  overage?: number;
};
export type HeapGoal = { goal: number; gcPercentGoal: number; memoryLimitGoal: number };

/** The smaller of the GOGC goal and the memory-limit goal (heapGoalInternal's first step). Infinity where a goal is off. */
export function heapGoal(c: HeapGoalInput, rule: HeadroomRule = 'go1.21'): HeapGoal {
  const gcPercentGoal = gcPercentHeapGoal(c.heapMarked, c.stackScan, c.globalsScan, c.gcPercent);
  const memoryLimitGoal =
    c.memoryLimit === undefined ? Infinity : memoryLimitHeapGoal(c.memoryLimit, c.nonHeap ?? 0, c.overage ?? 0, c.heapMarked, rule);
  return { goal: Math.min(gcPercentGoal, memoryLimitGoal), gcPercentGoal, memoryLimitGoal };
}

export type HeapGoalInternal = HeapGoal & {
  /** Always ≤ goal (heapGoalInternal's contract). */
  minTrigger: number;
  /** Which rule set the goal, for captions. */
  regime: 'limit' | 'gogc' | 'sweepDist' | 'minRunway';
};

/**
 * heapGoalInternal: when the memory-limit goal is the smaller one, that is the goal. Otherwise the
 * goal is raised to sweepDistMinTrigger (heapLive + 1 MiB when commit ran before the sweep was
 * done) and, during a cycle, to at least `triggered + 64 KiB`; minTrigger = sweepDistMinTrigger.
 * `triggered` is null outside a mark phase (^uint64(0) in Go).
 */
export function heapGoalInternal(c: HeapGoalInput, sweepDistMinTrigger: number, triggered: number | null): HeapGoalInternal {
  const g = heapGoal(c);
  if (g.memoryLimitGoal < g.gcPercentGoal) return { ...g, goal: g.memoryLimitGoal, minTrigger: 0, regime: 'limit' };
  let goal = g.gcPercentGoal;
  let regime: HeapGoalInternal['regime'] = 'gogc';
  if (sweepDistMinTrigger > goal) {
    goal = sweepDistMinTrigger;
    regime = 'sweepDist';
  }
  if (triggered !== null && goal < triggered + minRunway) {
    goal = triggered + minRunway;
    regime = 'minRunway';
  }
  return { ...g, goal, minTrigger: sweepDistMinTrigger, regime };
}
