// The line GODEBUG=gctrace=1 prints at the end of each cycle (mgc.go, gcMarkTermination), in
// Go's format and with Go's integer arithmetic:
//   gc N @T s U%: a+b+c ms clock, d+e/f/g+h ms cpu, X->Y->Z MB, G MB goal, S MB stacks, Gl MB globals, P P[ (forced)]
// Same layout from Go 1.19 (the go1.19.8 runs in runtime-facts §2.7) to the 1.26-era code read;
// Go 1.26 may insert " (checking for goroutine leaks)" after U%, which this model never does.
import { MaxInt64, memoryLimitHeapGoalHeadroomPercent, memoryLimitMinHeapGoalHeadroom } from './constants.ts';
import type { CycleRecord } from './types.ts';
import { fmtNSAsMS, itoaDiv } from '../core/fmtNSAsMS.ts';

/** x>>20 for a byte count. */
function mb(bytes: number): string {
  return String(Math.floor(Math.max(0, bytes) / 1048576));
}

/**
 * lastHeapGoal>>20 when no goal applies (GOGC=off, no GOMEMLIMIT, a runtime.GC() cycle): Go's
 * memoryLimitHeapGoal with memoryLimit = math.MaxInt64, in exact uint64 arithmetic.
 */
function noLimitGoalMB(nonHeap: number): string {
  let goal = MaxInt64 - BigInt(Math.floor(nonHeap));
  let headroom = (goal / 100n) * BigInt(memoryLimitHeapGoalHeadroomPercent);
  if (headroom < BigInt(memoryLimitMinHeapGoalHeadroom)) headroom = BigInt(memoryLimitMinHeapGoalHeadroom);
  goal -= headroom;
  return String(goal >> 20n);
}

export function gctraceLine(c: CycleRecord): string {
  const clock = [c.tMark - c.tSweepTerm, c.tMarkTerm - c.tMark, c.tEnd - c.tMarkTerm].map(fmtNSAsMS).join('+');
  const cpu = `${fmtNSAsMS(c.cpu.sweepTerm)}+${fmtNSAsMS(c.cpu.assist)}/${fmtNSAsMS(c.cpu.background)}/${fmtNSAsMS(c.cpu.idle)}+${fmtNSAsMS(c.cpu.markTerm)}`;
  const goal = c.goal === null ? noLimitGoalMB(c.nonHeap) : mb(c.goal);
  return (
    `gc ${c.n} @${itoaDiv(Math.floor(c.tSweepTerm / 1e6), 3)}s ${c.utilPercent}%: ${clock} ms clock, ${cpu} ms cpu, ` +
    `${mb(c.heap0)}->${mb(c.heap1)}->${mb(c.heap2)} MB, ${goal} MB goal, ${mb(c.stacks)} MB stacks, ${mb(c.globals)} MB globals, ${c.procs} P` +
    (c.forced ? ' (forced)' : '')
  );
}
