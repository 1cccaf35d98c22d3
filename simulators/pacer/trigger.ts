// gcControllerState.trigger (mgcpacer.go): where between the live heap and the goal the next
// cycle starts. The runway comes from commit; the bounds are 45/64 and 61/64 of the way from
// heapMarked to the goal, the upper one raised to `goal - 4 MiB` for large heaps.
import { defaultHeapMinimum, gcGoalUtilization, maxTriggerRatioNum, minTriggerRatioNum, triggerRatioDen } from './constants.ts';

export type TriggerInput = {
  goal: number;
  /** From heapGoalInternal (sweepDistMinTrigger, or 0). */
  minTrigger: number;
  heapMarked: number;
  /** Bytes the GC wants to have for marking once it starts (commit). */
  runway: number;
};
export type TriggerResult = {
  trigger: number;
  goal: number;
  /** The clamp bounds actually used, for captions. */
  lowerBound: number;
  upperBound: number;
  /** Which rule decided the trigger. */
  by: 'runway' | 'lower' | 'upper' | 'goal';
};

/**
 * Exactly trigger():
 *   if heapMarked >= goal { return goal }
 *   minTrigger = max(minTrigger, heapMarked, (goal-heapMarked)/64*45 + heapMarked)
 *   maxTrigger = (goal-heapMarked)/64*61 + heapMarked
 *   if goal > 4 MiB && goal-4 MiB > maxTrigger { maxTrigger = goal - 4 MiB }
 *   maxTrigger = max(maxTrigger, minTrigger)
 *   trigger = runway > goal ? minTrigger : goal - runway, clamped to [minTrigger, maxTrigger]
 * Note that `goal - 4 MiB` uses defaultHeapMinimum, not the GOGC-scaled heapMinimum.
 */
export function trigger(c: TriggerInput): TriggerResult {
  const { goal, heapMarked } = c;
  if (!Number.isFinite(goal)) return { trigger: Infinity, goal, lowerBound: Infinity, upperBound: Infinity, by: 'goal' };
  if (heapMarked >= goal) return { trigger: goal, goal, lowerBound: goal, upperBound: goal, by: 'goal' };
  let minTrigger = c.minTrigger < heapMarked ? heapMarked : c.minTrigger;
  const lower = Math.floor((goal - heapMarked) / triggerRatioDen) * minTriggerRatioNum + heapMarked;
  if (minTrigger < lower) minTrigger = lower;
  let maxTrigger = Math.floor((goal - heapMarked) / triggerRatioDen) * maxTriggerRatioNum + heapMarked;
  if (goal > defaultHeapMinimum && goal - defaultHeapMinimum > maxTrigger) maxTrigger = goal - defaultHeapMinimum;
  maxTrigger = Math.max(maxTrigger, minTrigger);
  const runway = Math.floor(c.runway);
  let t = runway > goal ? minTrigger : goal - runway;
  let by: TriggerResult['by'] = runway > goal ? 'lower' : 'runway';
  if (t < minTrigger) {
    t = minTrigger;
    by = 'lower';
  }
  if (t > maxTrigger) {
    t = maxTrigger;
    by = 'upper';
  }
  return { trigger: t, goal, lowerBound: minTrigger, upperBound: maxTrigger, by };
}

/**
 * commit: `runway = consMark * (1-gcGoalUtilization)/gcGoalUtilization * (lastHeapScan+lastStackScan+globalsScan)`,
 * stored as uint64 — the heap the mutator allocates while the GC, at 25 % of the CPU, does the
 * expected scan work.
 */
export function runway(consMark: number, lastHeapScan: number, lastStackScan: number, globalsScan: number): number {
  return Math.floor(((consMark * (1 - gcGoalUtilization)) / gcGoalUtilization) * (lastHeapScan + lastStackScan + globalsScan));
}
