// The goal and trigger in force for a state: heapGoalInternal and trigger() fed with the model's
// memory figures. mappedReady = heapLive + non-heap memory and heapFree = 0 (see SIMPLIFICATIONS).
import { heapGoalInternal, type HeapGoalInternal } from './heapGoal.ts';
import { trigger, type TriggerResult } from './trigger.ts';
import type { PacerState } from './types.ts';
import { nonHeapOf } from './workload.ts';

export type Pacing = HeapGoalInternal & {
  trigger: TriggerResult;
  nonHeap: number;
  overage: number;
};

export function nonHeapNow(s: PacerState): number {
  const p = s.phases[Math.min(s.phase, s.phases.length - 1)]!;
  return nonHeapOf(p, s.otherMem);
}

export function pacing(s: PacerState): Pacing {
  const nonHeap = nonHeapNow(s);
  const mappedReady = s.heapLive + nonHeap;
  const overage = s.memoryLimit !== null && mappedReady > s.memoryLimit ? mappedReady - s.memoryLimit : 0;
  const g = heapGoalInternal(
    {
      heapMarked: s.heapMarked,
      stackScan: s.lastStackScan,
      globalsScan: s.globalsScan,
      gcPercent: s.gcPercent,
      memoryLimit: s.memoryLimit ?? undefined,
      nonHeap,
      overage: Math.floor(overage),
    },
    s.sweepDistMinTrigger,
    s.mark ? s.mark.heap0 : null,
  );
  const t = trigger({ goal: g.goal, minTrigger: g.minTrigger, heapMarked: s.heapMarked, runway: s.runway });
  return { ...g, trigger: t, nonHeap, overage };
}
