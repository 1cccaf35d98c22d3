// Moving the program forward: phase progress, heap growth, CPU accounting and peaks.
import { emit, type Ctx } from './ctx.ts';
import type { PacerState } from './types.ts';
import { liveAt, nonHeapOf, phaseNs } from './workload.ts';

/** Relative tolerance for "reached" comparisons of floating-point byte and time figures. */
export const EPS = 1e-9;

export function curPhase(s: PacerState) {
  return s.phases[s.phase]!;
}

/** The program's reachable heap now. */
export function liveNow(s: PacerState): number {
  if (s.exited) return 0;
  return liveAt(curPhase(s), s.progress);
}

export function notePeaks(s: PacerState): void {
  const total = s.heapLive + nonHeapOf(s.phases[Math.min(s.phase, s.phases.length - 1)]!, s.otherMem);
  if (s.heapLive > s.peakHeap) s.peakHeap = s.heapLive;
  if (total > s.peakTotal) s.peakTotal = total;
  if (s.heapLive > s.sincePeakHeap) s.sincePeakHeap = s.heapLive;
  if (total > s.sincePeakTotal) s.sincePeakTotal = total;
}

/** CPU time: `procs` Ps for dt ns, `gcProcs` of them on GC work. */
export function account(s: PacerState, dt: number, procs: number, gcProcs: number): void {
  s.totalCpu += procs * dt;
  s.gcCpu += gcProcs * dt;
}

/**
 * Advance progress by `dp` ns; when the phase is finished, move to the next one. After the last
 * phase the program exits: main returns (an event). Returns true when it exited.
 */
export function addProgress(c: Ctx, dp: number): boolean {
  const s = c.s;
  const len = phaseNs(curPhase(s));
  s.progress += dp;
  if (s.progress < len * (1 - EPS) && len - s.progress > 1e-3) return false;
  if (s.phase + 1 < s.phases.length) {
    s.phase++;
    s.progress = 0;
    // The live heap may jump at a phase boundary only upward by allocation; heapLive covers it.
    const live = liveAt(curPhase(s), 0);
    if (live > s.heapLive) s.heapLive = live;
    notePeaks(s);
    return false;
  }
  s.progress = len;
  s.exited = true;
  emit(c, 'main', 'pacer.exit', { seconds: s.now / 1e9, gcs: s.numgc, inMark: s.mark ? s.mark.n : 0 });
  return true;
}
