// Between cycles (_GCoff): the program allocates, proportional sweeping runs, and the GC waits
// for a trigger: heapLive ≥ trigger (gcTriggerHeap) or two minutes without a GC (gcTriggerTime,
// sysmon's forcegc, not with GOGC=off). Time moves to the next of those moments in one go.
import { forcegcperiod, gcCPULimiterUpdatePeriod } from './constants.ts';
import { emit, type Ctx } from './ctx.ts';
import { accumulate, limiterWindow } from './gcCPULimiter.ts';
import { pacing } from './pacing.ts';
import { account, addProgress, curPhase, notePeaks } from './progress.ts';
import { allocPerProgressNs, segmentEnd } from './workload.ts';

export function sweepPhaseAdvance(c: Ctx): void {
  const s = c.s;
  const p = pacing(s);
  const trig = p.trigger.trigger;
  if (s.heapLive >= trig) {
    s.pending = 'heap';
    emit(c, 'test', 'pacer.test.heap', { n: s.numgc + 1, heapLive: s.heapLive, trigger: trig }, { gc: [s.numgc + 1] });
    return;
  }
  if (s.gcPercent >= 0 && s.lastGC !== null && s.now - s.lastGC > forcegcperiod) {
    s.pending = 'time';
    emit(c, 'test', 'pacer.test.time', { n: s.numgc + 1, since: s.now - s.lastGC }, { gc: [s.numgc + 1] });
    return;
  }
  if (!s.sweepDone && s.heapLive >= s.sweepDeadline) {
    s.sweepDone = true;
    emit(c, 'sweepEnd', 'pacer.sweepDone', { heapLive: s.heapLive, n: s.numgc }, { gc: [s.numgc] });
    return;
  }

  const ph = curPhase(s);
  const procs = s.gomaxprocs;
  const alloc = allocPerProgressNs(ph, s.progress, procs);
  let dt = segmentEnd(ph, s.progress) - s.progress;
  const heapTo = (target: number) => (alloc > 0 ? (target - s.heapLive) / alloc : Infinity);
  if (Number.isFinite(trig)) dt = Math.min(dt, heapTo(trig));
  if (!s.sweepDone) dt = Math.min(dt, heapTo(s.sweepDeadline));
  if (s.gcPercent >= 0 && s.lastGC !== null) dt = Math.min(dt, s.lastGC + forcegcperiod + 1 - s.now);
  // A limiting limiter is noticed by its next update, at most 10 ms later.
  if (s.limiter.enabled) dt = Math.min(dt, gcCPULimiterUpdatePeriod);
  dt = Math.max(dt, 0);

  s.now += dt;
  s.heapLive += alloc * dt;
  // Reaching a target by float arithmetic may fall a hair short; land on it exactly.
  if (Number.isFinite(trig) && Math.abs(s.heapLive - trig) <= 1e-6 * Math.max(1, trig)) s.heapLive = Math.max(s.heapLive, trig);
  if (!s.sweepDone && Math.abs(s.heapLive - s.sweepDeadline) <= 1e-6 * Math.max(1, s.sweepDeadline)) s.heapLive = Math.max(s.heapLive, s.sweepDeadline);
  account(s, dt, procs, 0);
  const wasLimiting = s.limiter.enabled;
  const w = limiterWindow(dt, procs, false, 0);
  if (dt > 0) s.limiter = accumulate(s.limiter, w.mutator, w.gc);
  notePeaks(s);
  if (wasLimiting && !s.limiter.enabled) {
    emit(c, 'update', 'pacer.limiter.off', { fill: s.limiter.fill, capacity: s.limiter.capacity });
  }
  addProgress(c, dt);
}
