// gcControllerState.endCycle (mgcpacer.go): the cons/mark estimate for the next cycle.
import { gcBackgroundUtilization, lastConsMarkLen } from './constants.ts';

export type EndCycleInput = {
  /** now - markStartTime: how long assists were enabled (ns). */
  assistDuration: number;
  procs: number;
  /** Assist CPU time this cycle (ns). */
  assistTime: number;
  /** Idle-worker CPU time (ns); 0 in this model (the program keeps every P busy). */
  idleMarkTime: number;
  heapLive: number;
  triggered: number;
  /** heap + stack + globals scan work this cycle. */
  scanWork: number;
  consMark: number;
  lastConsMark: readonly number[];
};
export type EndCycleResult = { consMark: number; lastConsMark: number[]; currentConsMark: number | null; utilization: number };

/**
 *   utilization := 0.25 + assistTime/(assistDuration*procs)
 *   currentConsMark := (heapLive-triggered)*(utilization+idleUtilization) / (scanWork*(1-utilization))
 *   consMark = max(currentConsMark, lastConsMark[0..3]); shift currentConsMark into lastConsMark
 * Skipped (no update) when heapLive <= triggered, as in Go.
 */
export function endCycle(c: EndCycleInput): EndCycleResult {
  let utilization = gcBackgroundUtilization;
  if (c.assistDuration > 0) utilization += c.assistTime / (c.assistDuration * c.procs);
  if (c.heapLive <= c.triggered || c.scanWork <= 0) {
    // scanWork = 0 cannot happen in Go (the runtime's own globals are scannable); Go would divide by zero.
    return { consMark: c.consMark, lastConsMark: c.lastConsMark.slice(), currentConsMark: null, utilization };
  }
  const idleUtilization = c.assistDuration > 0 ? c.idleMarkTime / (c.assistDuration * c.procs) : 0;
  const current = ((c.heapLive - c.triggered) * (utilization + idleUtilization)) / (c.scanWork * (1 - utilization));
  let consMark = current;
  for (const v of c.lastConsMark) if (v > consMark) consMark = v;
  const lastConsMark = c.lastConsMark.slice(1, lastConsMarkLen);
  lastConsMark.push(current);
  while (lastConsMark.length < lastConsMarkLen) lastConsMark.unshift(0);
  return { consMark, lastConsMark, currentConsMark: current, utilization };
}
