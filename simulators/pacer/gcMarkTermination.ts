// gcMarkTermination (mgc.go) with what it calls: endCycle (the cons/mark estimate), resetLive,
// gcSweep, gcControllerCommit (next goal and trigger) and the gctrace line.
import { STW_MARK_TERM_NS, sweepMinHeapDistance } from './constants.ts';
import { commit } from './commit.ts';
import { emit, type Ctx } from './ctx.ts';
import { endCycle } from './endCycle.ts';
import { accumulate, resetCapacity } from './gcCPULimiter.ts';
import { gctraceLine } from './gctrace.ts';
import { pacing } from './pacing.ts';
import { account, liveNow, notePeaks } from './progress.ts';
import type { CycleRecord } from './types.ts';

export function gcMarkTermination(c: Ctx): void {
  const s = c.s;
  const m = s.mark!;
  const procs = m.procs;
  const tMarkTerm = s.now;
  const heap1 = s.heapLive;
  // bytesMarked: the heap reachable when marking began, plus everything allocated (black) since.
  // Rounded up to whole bytes, so heapLive never falls below the live heap (Go errs the same way).
  // Anything reachable now that was not at the start was allocated since, so it is marked too (this
  // matters when a workload phase starts with a larger live heap in the middle of marking).
  const heap2 = Math.ceil(Math.max(m.liveAtStart + (heap1 - m.heap0), Math.min(liveNow(s), heap1)));
  // endCycle records lastHeapGoal = heapGoal() before anything is reset.
  const p = pacing(s);
  s.lastHeapGoal = Number.isFinite(p.goal) ? p.goal : null;
  const ec = endCycle({
    assistDuration: tMarkTerm - m.tMark,
    procs,
    assistTime: m.assistTime,
    idleMarkTime: 0,
    heapLive: heap1,
    triggered: m.heap0,
    scanWork: m.work,
    consMark: s.consMark,
    lastConsMark: s.lastConsMark,
  });
  const oldConsMark = s.consMark;
  s.consMark = ec.consMark;
  s.lastConsMark = ec.lastConsMark;

  s.now += STW_MARK_TERM_NS;
  account(s, STW_MARK_TERM_NS, procs, procs);
  // resetLive
  s.heapMarked = heap2;
  s.heapLive = heap2;
  s.lastHeapScan = Math.floor(m.liveAtStart);
  s.lastStackScan = m.stackScanWork;
  s.mark = null;
  notePeaks(s); // rounding heapMarked up can add a byte
  // gcSweep: every span needs sweeping again.
  s.sweepDone = false;
  const ev0 = c.ev.length;
  commit(c, false);
  const commitEvents = c.ev.splice(ev0);
  s.numgc = m.n;
  s.lastGC = s.now;
  s.limiter = accumulate(s.limiter, 0, STW_MARK_TERM_NS * procs);

  const next = pacing(s);
  const trig = next.trigger.trigger;
  s.sweepDeadline = Number.isFinite(trig) ? Math.max(s.heapLive, trig - sweepMinHeapDistance) : s.heapLive + sweepMinHeapDistance;

  const markTermCpu = STW_MARK_TERM_NS * procs;
  const rec: CycleRecord = {
    n: m.n,
    kind: m.kind,
    forced: m.forced,
    tSweepTerm: m.tSweepTerm,
    tMark: m.tMark,
    tMarkTerm,
    tEnd: s.now,
    heap0: m.heap0,
    heap1,
    heap2,
    goal: s.lastHeapGoal,
    trigger: m.trigger,
    peakHeap: Math.max(s.sincePeakHeap, m.peakHeap),
    peakTotal: s.sincePeakTotal,
    nonHeap: p.nonHeap,
    stacks: s.lastStackScan,
    globals: s.globalsScan,
    procs,
    cpu: { sweepTerm: m.sweepTermCpu, assist: m.assistTime, background: m.backgroundTime, idle: 0, markTerm: markTermCpu },
    gcCpu: m.sweepTermCpu + m.assistTime + m.backgroundTime + markTermCpu,
    assistCpu: m.assistTime,
    utilPercent: Math.trunc((s.gcCpu / s.totalCpu) * 100),
    limited: m.limited,
    consMark: s.consMark,
    runway: s.runway,
    gctrace: '',
  };
  rec.gctrace = gctraceLine(rec);
  if (c.ownCycles) s.cycles.push(rec);
  else s.cycles = s.cycles.concat([rec]);
  s.sincePeakHeap = s.heapLive;
  s.sincePeakTotal = s.heapLive + next.nonHeap;

  emit(c, 'gcMarkTermination', 'pacer.gcMarkTermination', { n: m.n, heap1, heap2, gctrace: rec.gctrace }, { gc: [m.n] });
  emit(c, 'endCycle', ec.currentConsMark === null ? 'pacer.endCycle.skip' : 'pacer.endCycle', {
    current: ec.currentConsMark ?? 0,
    consMark: s.consMark,
    old: oldConsMark,
    util: ec.utilization * 100,
    allocated: heap1 - m.heap0,
    work: m.work,
  }, { gc: [m.n] });
  // The rest happens in the same stop-the-world pause; it is told in the next step.
  const rest = c.ev.length;
  emit(c, 'gcSweep', 'pacer.gcSweep', { n: m.n, deadline: s.sweepDeadline }, { gc: [m.n] });
  c.ev.push(...commitEvents);

  if (s.pendingProcs !== null) {
    const n = s.pendingProcs;
    s.pendingProcs = null;
    procresize(c, n);
  }
  s.narrateNext = c.ev.splice(rest);
  if (s.forceAfter) {
    s.forceAfter = false;
    s.pending = 'cycle';
  }
}

/** procresize + the limiter's resetCapacity (GOMAXPROCS stops the world outside a GC cycle). */
export function procresize(c: Ctx, n: number): void {
  const s = c.s;
  const old = s.gomaxprocs;
  s.gomaxprocs = n;
  s.limiter = resetCapacity(s.limiter, n);
  emit(c, 'procresize', 'pacer.procresize', { old, n, capacity: s.limiter.capacity });
}
