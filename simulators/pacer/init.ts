// init(config, seed): the program before its first allocation-triggered GC, with gcController.init:
// setGCPercent, setMemoryLimit, commit(true) (no sweep before the first cycle), cons/mark 0.
import { DEFAULT_SCAN_RATE, lastConsMarkLen } from './constants.ts';
import { newLimiter } from './gcCPULimiter.ts';
import { validateConfig } from './schema.ts';
import type { PacerConfig, PacerState } from './types.ts';
import { liveAt, nonHeapOf, resolvePhases } from './workload.ts';

export function init(config: PacerConfig, seed: number): PacerState {
  const checked = validateConfig(config);
  if (!checked.ok) throw new Error(`pacer: invalid config: ${checked.message}`);
  const cfg = checked.value;
  const phases = resolvePhases(cfg.workload);
  const first = phases[0]!;
  const heapLive = liveAt(first, 0);
  const otherMem = cfg.otherMem ?? 0;
  const total = heapLive + nonHeapOf(first, otherMem);
  return {
    seed: Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0,
    phases,
    scanRate: cfg.scanRate ?? DEFAULT_SCAN_RATE,
    otherMem,
    now: 0,
    phase: 0,
    progress: 0,
    exited: false,
    gcPercent: cfg.gogc < 0 ? -1 : cfg.gogc,
    memoryLimit: cfg.memoryLimit,
    gomaxprocs: cfg.gomaxprocs,
    pendingProcs: null,
    heapLive,
    heapMarked: 0,
    lastHeapScan: 0,
    lastStackScan: 0,
    globalsScan: first.globals,
    consMark: 0,
    lastConsMark: new Array<number>(lastConsMarkLen).fill(0),
    runway: 0,
    sweepDistMinTrigger: 0,
    lastHeapGoal: null,
    sweepDone: true,
    sweepDeadline: 0,
    pending: null,
    forceAfter: false,
    mark: null,
    limiter: newLimiter(cfg.gomaxprocs),
    numgc: 0,
    lastGC: null,
    totalCpu: 0,
    gcCpu: 0,
    peakHeap: heapLive,
    peakTotal: total,
    sincePeakHeap: heapLive,
    sincePeakTotal: total,
    cycles: [],
    narrateNext: [],
  };
}
