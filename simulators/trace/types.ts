// Shapes of parsed GODEBUG=gctrace / schedtrace / scheddetail output. Plain JSON data.
// The "public" shapes (GcCycle, SchedTick) are fixed: pages and tests outside this folder rely
// on exactly these keys. The *Record shapes add what the parser also learned (line numbers,
// which Go format the line was in, fields the public shape leaves out).

/** A line that looks like trace output but could not be read. `line` is 1-based. */
export interface TraceError {
  line: number;
  message: string;
}

// ── gctrace ────────────────────────────────────────────────────────────────────────────────

export interface GcCycle {
  n: number;
  /** Seconds since program start (`@#s`). */
  at: number;
  /** `#%`: percentage of CPU time spent in GC since program start, as the runtime computes it. */
  cpuPercent: number;
  /** The line ends with "(forced)": runtime.GC() (Go ≥ 1.9; before, any non-background GC). */
  forced: boolean;
  /** Wall clock, ms. For Go 1.5/1.6 lines `mark` is scan + install-WB + mark. */
  clock: { sweepTerm: number; mark: number; markTerm: number };
  /** CPU time, ms. For Go 1.5/1.6 lines `background` also holds the scan and install-WB CPU. */
  cpu: { sweepTerm: number; assist: number; background: number; idle: number; markTerm: number };
  /** MB at GC start, at GC end, and marked live. */
  heap: { start: number; end: number; live: number };
  goal: number;
  /** MB of scannable stacks and globals; printed since Go 1.18. */
  stacks?: number;
  globals?: number;
  procs: number;
}

/** Which printing of gcMarkTermination a line came from (see versions.ts). */
export type GctraceFormat = 'go1.5' | 'go1.7' | 'go1.18';

export interface GcCycleRecord extends GcCycle {
  line: number;
  format: GctraceFormat;
  /** The clock and CPU numbers exactly as printed, in print order (3+5 or 5+7 values). */
  clockPhases: number[];
  cpuPhases: number[];
  /** Program output was interleaved inside this line and skipped. */
  recovered: boolean;
}

/** Other lines GODEBUG=gctrace=1 prints. */
export type GctraceEvent =
  | { kind: 'forced'; line: number } // "GC forced": the forcegc helper's periodic GC (sysmon, 2 min)
  | { kind: 'scvg-released'; line: number; k: number | null; mb: number }
  | {
      kind: 'scvg-stats';
      line: number;
      k: number | null;
      inuse: number;
      idle: number;
      sys: number;
      released: number;
      consumed: number;
    };

export interface GctraceResult {
  cycles: GcCycle[];
  errors: TraceError[];
}

export interface GctraceRecords {
  cycles: GcCycleRecord[];
  events: GctraceEvent[];
  errors: TraceError[];
}

// ── schedtrace / scheddetail ───────────────────────────────────────────────────────────────

export interface SchedP {
  id: number;
  status: number;
  schedtick: number;
  syscalltick: number;
  m: number | null;
  runqsize: number;
  gfreecnt: number;
  timerslen?: number;
}

export interface SchedM {
  id: number;
  p: number | null;
  curg: number | null;
  spinning: boolean;
  blocked: boolean;
}

export interface SchedG {
  id: number;
  status: number;
  waitreason?: string;
  m: number | null;
}

export interface SchedTick {
  atMs: number;
  gomaxprocs: number;
  idleprocs: number;
  threads: number;
  spinningthreads: number;
  needspinning?: number;
  idlethreads: number;
  runqueue: number;
  /** Per-P local run queue lengths (`[..]`), only without scheddetail. Excludes runnext. */
  runqsizes?: number[];
  ps?: SchedP[];
  ms?: SchedM[];
  gs?: SchedG[];
}

export interface SchedPRecord extends SchedP {
  line: number;
}

export interface SchedMRecord extends SchedM {
  line: number;
  mallocing: number;
  throwing: number;
  preemptoff: string;
  locks: number;
  dying: number;
  /** Printed until the gchelper mechanism was removed (Go 1.12). */
  helpgc?: number;
  lockedg: number | null;
}

export interface SchedGRecord extends SchedG {
  line: number;
  lockedm: number | null;
}

/** How a tick was printed; lets a printer reproduce it and a page name the Go versions. */
export interface SchedtraceFormat {
  needspinning: boolean;
  /** `[2 1]` (Go ≤ 1.24-ish) or `[ 2 1 ]` with `schedticks=[ … ]` (current); null with scheddetail. */
  list: 'tight' | 'spaced' | null;
  /** Absent ids printed as -1 (≤ 1.19) or nil (current); null when no id was absent. */
  absent: 'minus1' | 'nil' | null;
  /** gcwaiting/sysmonwait printed as 0/1 (≤ 1.19) or true/false (atomic.Bool); null without scheddetail. */
  flags: 'int' | 'bool' | null;
  /** P lines carry timerslen= (Go ≥ 1.14); null without P lines. */
  timerslen: boolean | null;
  /** M lines carry helpgc= (Go ≤ 1.11); null without M lines. */
  helpgc: boolean | null;
}

export interface SchedTickRecord extends SchedTick {
  line: number;
  detailed: boolean;
  format: SchedtraceFormat;
  schedticks?: number[];
  gcwaiting?: number | boolean;
  nmidlelocked?: number;
  stopwait?: number;
  sysmonwait?: number | boolean;
  ps?: SchedPRecord[];
  ms?: SchedMRecord[];
  gs?: SchedGRecord[];
  recovered: boolean;
}

export interface SchedtraceResult {
  ticks: SchedTick[];
  errors: TraceError[];
}

export interface SchedtraceRecords {
  ticks: SchedTickRecord[];
  errors: TraceError[];
}

// ── streaming ──────────────────────────────────────────────────────────────────────────────

export interface ParseProgress {
  /** UTF-16 code units pushed so far. */
  chars: number;
  /** Complete lines read so far. */
  lines: number;
  /** chars / totalChars when the total was given to the parser, else null. */
  fraction: number | null;
  records: number;
  errors: number;
}
