// gcControllerCommit (mgcpacer.go): recompute the GOGC goal, the sweep-distance bound and the
// runway, then tell the reader the goal and trigger that follow, with the numbers used.
import { sweepMinHeapDistance } from './constants.ts';
import { emit, type Ctx } from './ctx.ts';
import { gcPercentHeapGoal, heapMinimum } from './heapGoal.ts';
import { pacing } from './pacing.ts';
import { runway } from './trigger.ts';

const NONE = -1;

export function commit(c: Ctx, isSweepDone: boolean): void {
  const s = c.s;
  s.sweepDistMinTrigger = isSweepDone ? 0 : Math.floor(s.heapLive) + sweepMinHeapDistance;
  s.runway = runway(s.consMark, s.lastHeapScan, s.lastStackScan, s.globalsScan);
  const p = pacing(s);
  const raw = s.gcPercent < 0 ? NONE : s.heapMarked + Math.floor(((s.heapMarked + s.lastStackScan + s.globalsScan) * s.gcPercent) / 100);
  const limitBase = s.memoryLimit === null ? NONE : s.memoryLimit - (p.nonHeap + Math.floor(p.overage));
  emit(c, 'commit', 'pacer.commit', {
    heapMarked: s.heapMarked,
    stacks: s.lastStackScan,
    globals: s.globalsScan,
    gogc: s.gcPercent,
    raw,
    heapMin: s.gcPercent < 0 ? NONE : heapMinimum(s.gcPercent),
    gcGoal: fin(gcPercentHeapGoal(s.heapMarked, s.lastStackScan, s.globalsScan, s.gcPercent)),
    limit: s.memoryLimit ?? NONE,
    nonHeap: p.nonHeap,
    overage: Math.floor(p.overage),
    limitBase,
    headroom: limitBase === NONE ? NONE : headroomOf(limitBase),
    limitGoal: fin(p.memoryLimitGoal),
    goal: fin(p.goal),
    regime: p.regime,
    sweepDist: s.sweepDistMinTrigger,
  });
  const t = p.trigger;
  emit(c, 'trigger', Number.isFinite(t.trigger) ? 'pacer.trigger' : 'pacer.trigger.none', {
    consMark: s.consMark,
    scanExpected: s.lastHeapScan + s.lastStackScan + s.globalsScan,
    runway: s.runway,
    goal: fin(t.goal),
    heapMarked: s.heapMarked,
    lower: fin(t.lowerBound),
    upper: fin(t.upperBound),
    trigger: fin(t.trigger),
    by: t.by,
  });
}

function fin(x: number): number {
  return Number.isFinite(x) ? x : NONE;
}

/** The headroom memoryLimitHeapGoal subtracts from `goal` (Go 1.21+). */
function headroomOf(goal: number): number {
  if (goal <= 0) return 0;
  return Math.max(Math.floor(goal / 100) * 3, 1 << 20);
}
