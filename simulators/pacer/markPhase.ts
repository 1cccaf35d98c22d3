// The concurrent mark phase as a fluid model. Background workers scan at scanRate on their share of
// the Ps; allocating goroutines owe assistWorkPerByte (revise) of scan work per byte, paid first
// from the background workers' credit (bgScanCredit) and then by assisting (gcAssistAlloc), which
// takes CPU from the mutator. While the CPU limiter is full, assists are held to what keeps GC CPU
// at 50 % (the average of Go's skip-assists-until-next-update behaviour).
//
// Between events everything moves linearly; the phase is cut into sub-steps at every point where a
// rate can change (a background-credit run-out, revise's regime switches, the limiter filling, a
// workload phase boundary) and at most 1/16 of the background-only mark time apart.
import { gcBackgroundUtilization, gcCPULimiterUpdatePeriod } from './constants.ts';
import { emit, type Ctx } from './ctx.ts';
import { accumulate, limiterWindow } from './gcCPULimiter.ts';
import { pacing } from './pacing.ts';
import { account, addProgress, curPhase, EPS, notePeaks } from './progress.ts';
import { revise, type ReviseResult } from './revise.ts';
import type { MarkState, PacerState } from './types.ts';
import { allocPerProgressNs, segmentEnd } from './workload.ts';

export type MarkRates = {
  r: ReviseResult;
  /** Assist CPU in P-equivalents, and what assists would take without the limiter. */
  assistProcs: number;
  assistDemand: number;
  /** Mutator P-equivalents, bytes allocated per ns, scan bytes per ns. */
  mutatorProcs: number;
  alloc: number;
  scan: number;
  /** Change of bgScanCredit per ns. */
  credit: number;
  /** Progress per ns of wall time. */
  progressRate: number;
};

/** The instantaneous rates of a mark phase (pure; used by the integrator and by tests). */
export function markRates(s: PacerState, m: MarkState): MarkRates {
  const procs = m.procs;
  const bg = m.backgroundProcs;
  const sr = s.scanRate / 1e9;
  const allocPerProgress = allocPerProgressNs(curPhase(s), s.progress, procs);
  const perMutatorProc = allocPerProgress / procs; // bytes per mutator CPU-ns
  const goal = pacing(s).goal;
  // heapLive moves in whole spans in the runtime, so it never rests exactly on the goal, where
  // revise's heapRemaining would be clamped to 1 byte; the fluid model steps one byte past a tie.
  const live = s.heapLive <= goal && s.heapLive >= goal - 1 ? goal + 1 : s.heapLive;
  const r = revise({
    gcPercent: s.gcPercent,
    heapLive: live,
    heapScan: m.heapScan,
    work: m.work,
    heapGoal: goal,
    triggered: m.heap0,
    lastHeapScan: s.lastHeapScan,
    lastStackScan: s.lastStackScan,
    globalsScan: s.globalsScan,
    maxStackScan: m.maxStackScan,
  });
  const q = r.assistWorkPerByte;
  const debtRate = perMutatorProc * (procs - bg) * q; // scan work owed per ns without assists
  const bgScan = sr * bg;
  let demand = 0;
  // The runway puts the debt exactly at the background rate; a gap under 0.1 % is float noise (the
  // runtime itself settles credit in gcCreditSlack batches), not a shortfall for assists to cover.
  if (m.bgScanCredit <= 0 && debtRate > bgScan * (1 + 1e-3)) {
    // s·x = c·q·(P − bg − x) − s·bg: assists scan what allocation owes beyond background credit.
    demand = (perMutatorProc * q * (procs - bg) - bgScan) / (sr + perMutatorProc * q);
    demand = Math.min(Math.max(demand, 0), procs - bg);
  }
  let x = demand;
  // Limiting: GC time counted by the limiter (0.25·P + assists) may not exceed mutator time.
  if (s.limiter.enabled) x = Math.min(x, Math.max(0, procs * 0.5 - procs * gcBackgroundUtilization));
  const mut = procs - bg - x;
  return {
    r,
    assistProcs: x,
    assistDemand: demand,
    mutatorProcs: mut,
    alloc: perMutatorProc * mut,
    scan: sr * (bg + x),
    credit: x > 0 || (m.bgScanCredit <= 0 && debtRate >= bgScan) ? 0 : bgScan - debtRate,
    progressRate: mut / procs,
  };
}

/** One sub-step of marking; emits an event when something a reader should see happens. */
export function markAdvance(c: Ctx): void {
  const s = c.s;
  const m = s.mark!;
  const rt = markRates(s, m);
  if (rt.assistProcs > 0 && !m.assisting) {
    m.assisting = true;
    emit(c, 'gcAssistAlloc', 'pacer.assist', {
      n: m.n,
      ratio: rt.r.assistWorkPerByte,
      scanRemaining: rt.r.scanWorkRemaining,
      heapRemaining: rt.r.heapRemaining,
      percent: (rt.assistProcs / m.procs) * 100,
      regime: rt.r.regime,
    }, { gc: [m.n] });
    return;
  }
  if (rt.assistProcs <= 0) m.assisting = false;

  const procs = m.procs;
  const gcL = procs * gcBackgroundUtilization + rt.assistProcs; // GC time the limiter counts, per ns
  const limiterRate = gcL - (procs - gcL);
  const remaining = m.workTotal - m.work;
  let dt = rt.scan > 0 ? remaining / rt.scan : Infinity;
  const maxStep = m.workTotal / ((s.scanRate / 1e9) * m.backgroundProcs) / 16;
  dt = Math.min(dt, Math.max(maxStep, 1000));
  if (m.bgScanCredit > 0 && rt.credit < 0) dt = Math.min(dt, m.bgScanCredit / -rt.credit);
  if (!s.limiter.enabled && limiterRate > 0) dt = Math.min(dt, (s.limiter.capacity - s.limiter.fill) / limiterRate + 1);
  if (s.limiter.enabled && limiterRate < 0) dt = Math.min(dt, gcCPULimiterUpdatePeriod);
  if (rt.progressRate > 0) dt = Math.min(dt, (segmentEnd(curPhase(s), s.progress) - s.progress) / rt.progressRate);
  // revise's regime switches: the expected scan work done, the paced-for goal reached.
  const expected = s.lastHeapScan + s.lastStackScan + s.globalsScan;
  if (rt.r.regime === 'expected' && m.work < expected && rt.scan > 0) dt = Math.min(dt, (expected - m.work) / rt.scan + 1e-3);
  if (rt.alloc > 0 && Number.isFinite(rt.r.heapGoal) && s.heapLive < rt.r.heapGoal) dt = Math.min(dt, (rt.r.heapGoal - s.heapLive) / rt.alloc + 1e-3);
  dt = Math.max(dt, 0);

  s.now += dt;
  s.heapLive += rt.alloc * dt;
  m.work += rt.scan * dt;
  if (m.work >= m.workTotal * (1 - EPS) - 1e-6) m.work = m.workTotal;
  m.bgScanCredit = Math.max(0, m.bgScanCredit + rt.credit * dt);
  if (m.bgScanCredit < 1e-6) m.bgScanCredit = 0;
  m.assistTime += rt.assistProcs * dt;
  m.backgroundTime += m.backgroundProcs * dt;
  account(s, dt, procs, m.backgroundProcs + rt.assistProcs);
  const wasLimiting = s.limiter.enabled;
  if (dt > 0) {
    const w = limiterWindow(dt, procs, true, rt.assistProcs * dt);
    s.limiter = accumulate(s.limiter, w.mutator, w.gc);
  }
  if (s.limiter.enabled) m.limited = true;
  notePeaks(s);
  if (s.heapLive > m.peakHeap) m.peakHeap = s.heapLive;

  if (!wasLimiting && s.limiter.enabled) {
    // The GC's share of the CPU just before limiting: background workers plus assists.
    const share = (gcL / procs) * 100;
    emit(c, 'update', 'pacer.limiter.on', { fill: s.limiter.fill, capacity: s.limiter.capacity, procs, n: m.n, share, background: (m.backgroundProcs / procs) * 100 }, { gc: [m.n] });
  } else if (wasLimiting && !s.limiter.enabled) {
    emit(c, 'update', 'pacer.limiter.off', { fill: s.limiter.fill, capacity: s.limiter.capacity }, { gc: [m.n] });
  }
  if (m.work >= m.workTotal) {
    m.done = true;
    emit(c, 'gcMarkDone', 'pacer.gcMarkDone', { n: m.n, work: m.workTotal, markNs: s.now - m.tMark, heapLive: s.heapLive }, { gc: [m.n] });
  }
  if (dt > 0 && rt.progressRate > 0) addProgress(c, rt.progressRate * dt);
}
