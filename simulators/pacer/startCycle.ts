// gcControllerState.startCycle (mgcpacer.go): how many dedicated mark workers a cycle gets, and
// the fractional worker's share, so background marking comes as close to 25 % as whole Ps allow.
import { gcBackgroundUtilization } from './constants.ts';

export type Workers = {
  dedicated: number;
  /** Fraction of each remaining P the fractional worker should use. */
  fractionalUtilizationGoal: number;
  /** P-equivalents of CPU the background workers use: dedicated + fractional × procs. */
  backgroundProcs: number;
};

/**
 *   totalUtilizationGoal := procs * 0.25
 *   dedicated := int64(totalUtilizationGoal + 0.5)
 *   if |dedicated/totalUtilizationGoal - 1| > 0.3 { if dedicated > goal { dedicated-- }; fractional = (goal - dedicated)/procs }
 * e.g. GOMAXPROCS=5 → 1 dedicated worker and no fractional one: 20 % instead of 25 %.
 */
export function markWorkers(procs: number): Workers {
  const total = procs * gcBackgroundUtilization;
  let dedicated = Math.trunc(total + 0.5);
  const utilError = dedicated / total - 1;
  let fractionalUtilizationGoal = 0;
  if (utilError < -0.3 || utilError > 0.3) {
    if (dedicated > total) dedicated--;
    fractionalUtilizationGoal = (total - dedicated) / procs;
  }
  return { dedicated, fractionalUtilizationGoal, backgroundProcs: dedicated + fractionalUtilizationGoal * procs };
}
