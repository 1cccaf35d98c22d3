// gcStart (mgc.go) and startCycle (mgcpacer.go): finish sweeping, stop the world for sweep
// termination, size the background mark workers, enable assists and restart the world.
import { STW_SWEEP_TERM_NS } from './constants.ts';
import { emit, type Ctx } from './ctx.ts';
import { accumulate } from './gcCPULimiter.ts';
import { pacing } from './pacing.ts';
import { account, curPhase, liveNow } from './progress.ts';
import { revise } from './revise.ts';
import { markWorkers } from './startCycle.ts';
import type { MarkState } from './types.ts';

export function gcStart(c: Ctx): void {
  const s = c.s;
  const kind = s.pending ?? 'cycle';
  s.pending = null;
  const n = s.numgc + 1;
  const procs = s.gomaxprocs;
  const trig = pacing(s).trigger.trigger;
  // gcStart sweeps what is left (`for trigger.test() && sweepone() != ^uintptr(0)`), then finishsweep_m.
  s.sweepDone = true;
  const tSweepTerm = s.now;
  s.now += STW_SWEEP_TERM_NS;
  account(s, STW_SWEEP_TERM_NS, procs, procs);
  // startGCTransition … finishGCTransition: the pause counts as GC time on every P.
  s.limiter = accumulate(s.limiter, 0, STW_SWEEP_TERM_NS * procs);

  const ph = curPhase(s);
  s.globalsScan = ph.globals;
  const w = markWorkers(procs);
  const heap0 = s.heapLive;
  // Float noise may put the live heap a hair above heapLive; what is marked cannot exceed it.
  const live = Math.min(liveNow(s), heap0);
  const mark: MarkState = {
    n,
    kind,
    forced: kind === 'cycle',
    procs,
    dedicated: w.dedicated,
    fractionalUtilizationGoal: w.fractionalUtilizationGoal,
    backgroundProcs: w.backgroundProcs,
    tSweepTerm,
    tMark: s.now,
    heap0,
    trigger: Number.isFinite(trig) && kind === 'heap' ? trig : null,
    heapScan: Math.floor(heap0),
    maxStackScan: ph.stacks,
    workTotal: live + ph.stacks + ph.globals,
    work: 0,
    liveAtStart: live,
    stackScanWork: ph.stacks,
    globalsScanWork: ph.globals,
    bgScanCredit: 0,
    assistTime: 0,
    backgroundTime: 0,
    sweepTermCpu: STW_SWEEP_TERM_NS * procs,
    assisting: false,
    limited: s.limiter.enabled,
    done: false,
    peakHeap: s.heapLive,
    peakTotal: 0,
    nonHeapAtStart: pacing(s).nonHeap,
  };
  s.mark = mark;
  const p = pacing(s);
  const r = revise({
    gcPercent: s.gcPercent,
    heapLive: s.heapLive,
    heapScan: mark.heapScan,
    work: 0,
    heapGoal: p.goal,
    triggered: heap0,
    lastHeapScan: s.lastHeapScan,
    lastStackScan: s.lastStackScan,
    globalsScan: s.globalsScan,
    maxStackScan: mark.maxStackScan,
  });
  emit(c, 'gcStart', 'pacer.gcStart', { n, kind, heap0, stw: STW_SWEEP_TERM_NS, procs }, { gc: [n] });
  emit(c, 'startCycle', 'pacer.startCycle', {
    n,
    procs,
    dedicated: w.dedicated,
    fractional: w.fractionalUtilizationGoal * 100,
    background: (w.backgroundProcs / procs) * 100,
    ratio: r.assistWorkPerByte,
    scanRemaining: r.scanWorkRemaining,
    heapRemaining: r.heapRemaining,
    goal: Number.isFinite(r.heapGoal) ? r.heapGoal : -1,
  }, { gc: [n] });
}
