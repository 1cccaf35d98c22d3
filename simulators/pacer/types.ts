// Shapes of the pacer engine: config, workload phases, state, per-cycle records, actions.
// Bytes everywhere; virtual time in nanoseconds. States are plain JSON (no Infinity/NaN:
// "no goal" and "no limit" are null).
import type { SimEvent } from '../core/types.ts';
import type { LimiterBucket } from './gcCPULimiter.ts';

export type WorkloadId = 'steady' | 'growing' | 'spike' | 'container' | 'death-spiral';

/** How the live heap moves during a phase. */
export type LiveShape = 'constant' | 'grow' | 'spike';

/** One phase of the program. */
export type Phase = {
  /** Seconds of program progress: the wall time the phase takes when no GC runs. */
  duration: number;
  /** Bytes allocated per CPU-second of mutator time, on each of the GOMAXPROCS Ps. */
  allocRate: number;
  /** Live heap (bytes) at the phase start. */
  live: number;
  /** 'grow': live heap at the phase end; 'spike': the peak, reached mid-phase, before falling back to `live`. */
  liveEnd?: number;
  shape?: LiveShape;
  /** Goroutine stack bytes (all scanned). */
  stacks: number;
  /** Scannable globals (bytes). */
  globals: number;
  /** Line of the scenario's Go source that produces this phase. */
  line?: number;
};

export type PacerConfig = {
  /** GOGC; -1 = off. */
  gogc: number;
  /** GOMEMLIMIT in bytes; null = no limit. */
  memoryLimit: number | null;
  gomaxprocs: number;
  /** Mark speed: bytes scanned per GC CPU-second (default 1 GiB/s). */
  scanRate?: number;
  /** Runtime memory besides the heap and stacks (metadata, …), counted against GOMEMLIMIT. */
  otherMem?: number;
  /** A preset's id or explicit phases. */
  workload: WorkloadId | Phase[];
};

export type PacerAction =
  | { type: 'setGogc'; value: number }
  | { type: 'setMemoryLimit'; bytes: number | null }
  | { type: 'setGomaxprocs'; n: number }
  | { type: 'forceGC' };

export type TriggerKind = 'heap' | 'time' | 'cycle';

/** CPU nanoseconds of one cycle, split as gctrace prints them. */
export type CycleCpu = { sweepTerm: number; assist: number; background: number; idle: number; markTerm: number };

export type CycleRecord = {
  n: number;
  kind: TriggerKind;
  forced: boolean;
  tSweepTerm: number;
  tMark: number;
  tMarkTerm: number;
  tEnd: number;
  /** heapLive at gcStart, at mark termination, and bytes marked. */
  heap0: number;
  heap1: number;
  heap2: number;
  /** lastHeapGoal (null: no goal applied — GOGC=off without GOMEMLIMIT). */
  goal: number | null;
  /** The trigger this cycle started at (null for time/forced cycles with no trigger). */
  trigger: number | null;
  /** Largest heapLive and heapLive + non-heap memory during the cycle (including the run-up to it). */
  peakHeap: number;
  peakTotal: number;
  nonHeap: number;
  /** lastStackScan and globalsScan after the cycle. */
  stacks: number;
  globals: number;
  procs: number;
  cpu: CycleCpu;
  /** All GC CPU of the cycle (ns). */
  gcCpu: number;
  /** Mark assist CPU of the cycle (ns). */
  assistCpu: number;
  /** Cumulative GC CPU % printed in the line. */
  utilPercent: number;
  /** The limiter was limiting at some point during the cycle. */
  limited: boolean;
  /** cons/mark estimate and runway after the cycle's commit. */
  consMark: number;
  runway: number;
  gctrace: string;
};

/** The mark phase in progress. */
export type MarkState = {
  n: number;
  kind: TriggerKind;
  forced: boolean;
  procs: number;
  dedicated: number;
  fractionalUtilizationGoal: number;
  /** P-equivalents of background mark workers. */
  backgroundProcs: number;
  tSweepTerm: number;
  tMark: number;
  heap0: number;
  trigger: number | null;
  /** heapScan and maxStackScan fixed at the start. */
  heapScan: number;
  maxStackScan: number;
  /** Scan work the cycle must really do (live heap at the start + stacks + globals) and has done. */
  workTotal: number;
  work: number;
  /** Live heap at the start, reachable and therefore marked. */
  liveAtStart: number;
  stackScanWork: number;
  globalsScanWork: number;
  bgScanCredit: number;
  assistTime: number;
  backgroundTime: number;
  sweepTermCpu: number;
  /** Currently assisting (for the assist-start event). */
  assisting: boolean;
  limited: boolean;
  /** Set by gcMarkDone: mark termination is next. */
  done: boolean;
  peakHeap: number;
  peakTotal: number;
  nonHeapAtStart: number;
};

export type PacerState = {
  seed: number;
  phases: Phase[];
  scanRate: number;
  otherMem: number;
  /** Virtual time (ns). */
  now: number;
  /** Current phase and progress into it (ns of program progress). */
  phase: number;
  progress: number;
  /** The workload has finished (the program exited). */
  exited: boolean;

  gcPercent: number;
  memoryLimit: number | null;
  gomaxprocs: number;
  /** GOMAXPROCS waiting for the current cycle to end (GOMAXPROCS stops the world via gcsema). */
  pendingProcs: number | null;

  heapLive: number;
  heapMarked: number;
  lastHeapScan: number;
  lastStackScan: number;
  globalsScan: number;
  consMark: number;
  lastConsMark: number[];
  runway: number;
  sweepDistMinTrigger: number;
  lastHeapGoal: number | null;

  sweepDone: boolean;
  /** heapLive at which proportional sweeping finishes. */
  sweepDeadline: number;
  /** Trigger noticed by gcTrigger.test; gcStart is the next step. */
  pending: TriggerKind | null;
  /** runtime.GC() called during a cycle: another cycle follows this one. */
  forceAfter: boolean;
  mark: MarkState | null;
  limiter: LimiterBucket;

  numgc: number;
  /** End of the last cycle (last_gc_nanotime), or null before the first. */
  lastGC: number | null;
  totalCpu: number;
  gcCpu: number;
  peakHeap: number;
  peakTotal: number;
  /** Peak heapLive and total since the last cycle ended (folded into the next cycle's record). */
  sincePeakHeap: number;
  sincePeakTotal: number;
  cycles: CycleRecord[];
  /**
   * Mark termination's second half (gcSweep, gcControllerCommit's goal and trigger), narrated as
   * a step of its own at the same instant so one step's caption stays readable; empty otherwise.
   */
  narrateNext: SimEvent[];
};
