// gcControllerState.revise (mgcpacer.go): the assist ratio during a cycle,
//   assistWorkPerByte = scanWorkRemaining / heapRemaining,
// with revise's two adjustments: when more scan work is done than expected (the heap grew), the
// goal is extrapolated to the worst-case scan work (capped at (1+GOGC/100) × goal); once the heap is
// past even that, the goal becomes 1.1 × goal and the worst case is assumed.
import { gcPercentWhenOff, maxOvershoot, minScanWorkRemaining } from './constants.ts';

export type ReviseInput = {
  gcPercent: number;
  /** heapLive now. */
  heapLive: number;
  /** heapScan, fixed at the cycle start: the scannable heap if all of it were live. */
  heapScan: number;
  /** heapScanWork + stackScanWork + globalsScanWork done so far this cycle. */
  work: number;
  /** heapGoal() now (Infinity when no goal applies). */
  heapGoal: number;
  /** heapLive when the cycle started. */
  triggered: number;
  lastHeapScan: number;
  lastStackScan: number;
  globalsScan: number;
  /** maxStackScan: all allocated stack space. */
  maxStackScan: number;
};
export type ReviseResult = {
  assistWorkPerByte: number;
  scanWorkRemaining: number;
  heapRemaining: number;
  /** The goal revise paced against (extended or overshot). */
  heapGoal: number;
  regime: 'expected' | 'extrapolated' | 'overshoot';
};

export function revise(c: ReviseInput): ReviseResult {
  const gcPercent = c.gcPercent < 0 ? gcPercentWhenOff : c.gcPercent;
  let heapGoal = c.heapGoal;
  let scanWorkExpected = c.lastHeapScan + c.lastStackScan + c.globalsScan;
  const maxScanWork = c.heapScan + c.maxStackScan + c.globalsScan;
  let regime: ReviseResult['regime'] = 'expected';
  if (c.work > scanWorkExpected) {
    // int64(float64(heapGoal-triggered)/float64(scanWorkExpected)*float64(maxScanWork)) + triggered
    let ext = Math.trunc(((heapGoal - c.triggered) / scanWorkExpected) * maxScanWork) + c.triggered;
    if (!Number.isFinite(heapGoal)) ext = heapGoal;
    const hardGoal = Math.trunc((1 + gcPercent / 100) * heapGoal);
    // scanWorkExpected = 0 (no scannable globals, first cycle) divides by zero; Go's result is then
    // implementation-defined. The runtime's own globals make it impossible; here the cap applies.
    if (scanWorkExpected === 0) ext = hardGoal;
    scanWorkExpected = maxScanWork;
    if (ext > hardGoal) ext = hardGoal;
    heapGoal = ext;
    regime = 'extrapolated';
  }
  if (c.heapLive > heapGoal) {
    heapGoal = Math.trunc(heapGoal * maxOvershoot);
    scanWorkExpected = maxScanWork;
    regime = 'overshoot';
  }
  let scanWorkRemaining = scanWorkExpected - c.work;
  if (scanWorkRemaining < minScanWorkRemaining) scanWorkRemaining = minScanWorkRemaining;
  let heapRemaining = heapGoal - c.heapLive;
  if (heapRemaining <= 0) heapRemaining = 1;
  return { assistWorkPerByte: scanWorkRemaining / heapRemaining, scanWorkRemaining, heapRemaining, heapGoal, regime };
}
