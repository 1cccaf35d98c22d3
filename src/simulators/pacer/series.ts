// The chart's data, DOM-free: the whole run a state belongs to (a projection run ahead with the
// engine's runCycles), the heap and CPU series drawn from its cycle records, and the reductions
// that keep a path short however many cycles a run has (pixel-column decimation, CPU buckets).
import { liveAt, pacing, runCycles } from '../../../simulators/pacer/index.ts';
import type { CycleRecord, PacerState } from '../../../simulators/pacer/index.ts';
import { nonHeapNow } from '../../../simulators/pacer/pacing.ts';

// ---- the run ahead -----------------------------------------------------------------------------

/** What decides a run's future besides its position: settings and pending runtime.GC() calls. */
export function settingsKey(s: PacerState): string {
  return [s.gcPercent, s.memoryLimit, s.gomaxprocs, s.pendingProcs, s.scanRate, s.otherMem, s.phases.length].join('|');
}

function sameCycle(a: CycleRecord | undefined, b: CycleRecord | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.gctrace === b.gctrace && a.tEnd === b.tEnd && a.heap2 === b.heap2;
}

/**
 * A run projected from one of its states to the end, a slice at a time. It is the future of every
 * state it passes through: same settings, same workload, same cycles so far.
 */
export class Projection {
  readonly key: string;
  readonly phases: PacerState['phases'];
  /** The projection's furthest state; `cycles` are all the run's cycles up to it. */
  cur: PacerState;
  /** Bumped whenever `cur` moves on (charts rebuild their whole-run paths then). */
  version = 0;
  /** Heap at time 0 (the workload's first live heap). */
  readonly heapAtStart: number;
  /** Measured cost of projecting one cycle (ms), to size the slices; starts pessimistic. */
  private msPerCycle = 1;
  /** Goal and trigger after the last cycle (for the tail of the chart), set when done. */
  tail: { goal: number | null; trigger: number | null } = { goal: null, trigger: null };

  constructor(from: PacerState) {
    this.key = settingsKey(from);
    this.phases = from.phases;
    this.cur = from;
    this.heapAtStart = liveAt(from.phases[0]!, 0);
    if (from.exited) this.finish();
  }

  get done(): boolean {
    return this.cur.exited;
  }
  get cycles(): readonly CycleRecord[] {
    return this.cur.cycles;
  }
  /** End of the projected run so far (ns). */
  get endT(): number {
    return this.cur.now;
  }

  /**
   * 'covers' when this projection is `s`'s own future (same settings and workload, same cycles so
   * far); 'behind' when it would be but has not got as far as `s` yet; otherwise 'no'.
   */
  relation(s: PacerState): 'covers' | 'behind' | 'no' {
    if (s.phases !== this.phases || settingsKey(s) !== this.key) return 'no';
    const cs = this.cur.cycles;
    const n = s.cycles.length;
    if (n > cs.length) return sameCycle(s.cycles[cs.length - 1], cs[cs.length - 1]) && !this.done ? 'behind' : 'no';
    if (n > 0 && !sameCycle(s.cycles[n - 1], cs[n - 1])) return 'no';
    // A runtime.GC() waiting to run: the projection must make that cycle a forced one.
    if (s.pending === 'cycle' || s.forceAfter) {
      const next = cs[n + (s.mark ? 1 : 0)];
      if (next && !next.forced) return 'no';
    }
    if (s.now > this.cur.now) return this.done ? 'no' : 'behind';
    return 'covers';
  }

  /** Runs on for about `budgetMs`; returns true when something was added. */
  extend(budgetMs: number): boolean {
    if (this.done) return false;
    const until = now() + budgetMs;
    let moved = false;
    while (!this.done && now() < until) {
      // Size each slice from the measured cost of a cycle so that no slice overruns the budget.
      const chunk = Math.max(1, Math.min(4096, Math.floor((until - now()) / Math.max(this.msPerCycle, 1e-3))));
      const n0 = this.cur.numgc;
      const t0 = now();
      this.cur = runCycles(this.cur, chunk);
      moved = true;
      const cycles = this.cur.numgc - n0;
      if (cycles > 0) this.msPerCycle = 0.5 * this.msPerCycle + 0.5 * ((now() - t0) / cycles);
    }
    if (moved) this.version++;
    if (this.done) this.finish();
    return moved;
  }

  /** Runs to the end at once (tests, the bench). */
  complete(): this {
    while (!this.done) this.extend(1e9);
    return this;
  }

  private finish(): void {
    const p = pacing(this.cur);
    this.tail = {
      goal: Number.isFinite(p.goal) ? p.goal : null,
      trigger: Number.isFinite(p.trigger.trigger) ? p.trigger.trigger : null,
    };
  }
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Keeps the last few projections, so stepping across an intervention does not recompute. */
export class Projector {
  private list: Projection[] = [];
  private readonly keep: number;
  constructor(keep = 3) {
    this.keep = keep;
  }

  forState(s: PacerState): Projection {
    let hit = this.list.find((p) => p.relation(s) === 'covers');
    if (!hit) {
      // A projection that has not yet reached this state catches up (bounded), or a new one starts here.
      const behind = this.list.find((p) => p.relation(s) === 'behind');
      if (behind) {
        const until = now() + 50;
        while (behind.relation(s) === 'behind' && now() < until) behind.extend(10);
        if (behind.relation(s) === 'covers') hit = behind;
      }
    }
    if (hit) {
      this.list = [hit, ...this.list.filter((p) => p !== hit)];
      return hit;
    }
    const p = new Projection(s);
    this.list = [p, ...this.list].slice(0, this.keep);
    return p;
  }

  /** The projection most recently handed out. */
  get current(): Projection | undefined {
    return this.list[0];
  }
}

// ---- series over time --------------------------------------------------------------------------

/** A polyline over time: t in ns, v in bytes (or %), parallel arrays. */
export type Line = { t: number[]; v: number[] };

/** Index of the first cycle whose end is at or after t. */
export function firstCycleEndingAfter(cycles: readonly CycleRecord[], t: number): number {
  let lo = 0;
  let hi = cycles.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cycles[mid]!.tEnd < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type HeapLines = {
  /** heapLive (the heap in use: marked + new). */
  heap: Line;
  /** heapLive + non-heap memory (what GOMEMLIMIT counts). */
  total: Line;
  /** heapMarked: what the last cycle marked (the pacer's "live heap"). */
  marked: Line;
  /** The goal and trigger in force, as steps; NaN where there is none. */
  goal: Line;
  trigger: Line;
  /** Mark phases: [tSweepTerm, tEnd, cycle number] triples. */
  marks: [number, number, number][];
};

/** The state's own point, so the cursor sits exactly on the drawn heap. */
export type Cursor = { t: number; heap: number; total: number; marked: number };

export function cursorOf(s: PacerState): Cursor {
  const nh = nonHeapNow(s);
  return { t: s.now, heap: s.heapLive, total: s.heapLive + nh, marked: s.heapMarked };
}

/**
 * The heap, goal and trigger lines of the cycles overlapping [t0, t1] (all of them by default),
 * with the run-up before each cycle and the tail after the last one. A cursor point is spliced in
 * where it falls.
 */
export function heapLines(p: Projection, t0 = -Infinity, t1 = Infinity, cursor?: Cursor): HeapLines {
  const cs = p.cycles;
  const out: HeapLines = { heap: { t: [], v: [] }, total: { t: [], v: [] }, marked: { t: [], v: [] }, goal: { t: [], v: [] }, trigger: { t: [], v: [] }, marks: [] };
  const push = (l: Line, t: number, v: number) => {
    l.t.push(t);
    l.v.push(v);
  };
  let i = Math.max(0, firstCycleEndingAfter(cs, t0));
  // Start one cycle earlier so the line enters the window from its left edge.
  if (i > 0) i--;
  let cursorDone = cursor === undefined;
  const spliceCursor = (tNext: number) => {
    if (cursorDone || cursor!.t > tNext) return;
    push(out.heap, cursor!.t, cursor!.heap);
    push(out.total, cursor!.t, cursor!.total);
    cursorDone = true;
  };
  for (; i < cs.length; i++) {
    const c = cs[i]!;
    const prev = i > 0 ? cs[i - 1]! : null;
    const runStart = prev ? prev.tEnd : 0;
    if (runStart > t1) break;
    const heapStart = prev ? prev.heap2 : p.heapAtStart;
    const marked = prev ? prev.heap2 : 0;
    const nh = c.nonHeap;
    push(out.heap, runStart, heapStart);
    push(out.total, runStart, heapStart + nh);
    spliceCursor(c.tSweepTerm);
    push(out.heap, c.tSweepTerm, c.heap0);
    push(out.total, c.tSweepTerm, c.heap0 + nh);
    spliceCursor(c.tMarkTerm);
    push(out.heap, c.tMarkTerm, c.heap1);
    push(out.total, c.tMarkTerm, c.heap1 + nh);
    push(out.marked, runStart, marked);
    push(out.marked, c.tEnd, marked);
    push(out.marked, c.tEnd, c.heap2);
    const g = c.goal ?? NaN;
    push(out.goal, runStart, g);
    push(out.goal, c.tEnd, g);
    push(out.goal, c.tEnd, NaN);
    const tr = c.trigger ?? NaN;
    push(out.trigger, runStart, tr);
    push(out.trigger, c.tSweepTerm, tr);
    push(out.trigger, c.tSweepTerm, NaN);
    out.marks.push([c.tSweepTerm, c.tEnd, c.n]);
    if (c.tEnd > t1) break;
  }
  // After the last cycle: the run-up the projection has reached (to the program's exit when done).
  const last = cs[cs.length - 1];
  if (i >= cs.length) {
    const st = p.cur;
    const runStart = last ? last.tEnd : 0;
    const nhEnd = nonHeapNow(st);
    push(out.heap, runStart, last ? last.heap2 : p.heapAtStart);
    push(out.total, runStart, (last ? last.heap2 : p.heapAtStart) + (last ? last.nonHeap : nhEnd));
    spliceCursor(st.now);
    push(out.heap, st.now, st.heapLive);
    push(out.total, st.now, st.heapLive + nhEnd);
    const marked = last ? last.heap2 : 0;
    push(out.marked, runStart, marked);
    push(out.marked, st.now, marked);
    const tail = p.done ? p.tail : liveGoal(st);
    push(out.goal, runStart, tail.goal ?? NaN);
    push(out.goal, st.now, tail.goal ?? NaN);
    push(out.trigger, runStart, tail.trigger ?? NaN);
    push(out.trigger, st.now, tail.trigger ?? NaN);
    if (st.mark) out.marks.push([st.mark.tSweepTerm, st.now, st.mark.n]);
  }
  return out;
}

function liveGoal(s: PacerState): { goal: number | null; trigger: number | null } {
  const p = pacing(s);
  return { goal: Number.isFinite(p.goal) ? p.goal : null, trigger: Number.isFinite(p.trigger.trigger) && !s.mark ? p.trigger.trigger : null };
}

/** Largest value of a line within [t0, t1] (NaN ignored); the line is linear between points. */
export function maxIn(l: Line, t0: number, t1: number): number {
  let m = 0;
  for (let k = 0; k < l.t.length; k++) {
    const v = l.v[k]!;
    if (Number.isNaN(v)) continue;
    const t = l.t[k]!;
    const inside = t >= t0 && t <= t1;
    // A segment crossing an edge counts by its end inside the window or its value at the edge.
    const nextInside = k + 1 < l.t.length && l.t[k + 1]! >= t0 && t < t0;
    if (inside || nextInside) m = Math.max(m, v);
  }
  return m;
}

// ---- pixel-column decimation ---------------------------------------------------------------------

/**
 * M4 decimation: per pixel column keep the first, lowest, highest and last point, in time order.
 * The drawn line is the same at this resolution; the path has at most 4 points per column.
 */
export function decimate(xs: readonly number[], ys: readonly number[]): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  const n = xs.length;
  let k = 0;
  while (k < n) {
    const col = Math.floor(xs[k]!);
    const first = k;
    let lo = k;
    let hi = k;
    let j = k;
    while (j < n && Math.floor(xs[j]!) === col) {
      if (ys[j]! < ys[lo]!) lo = j;
      if (ys[j]! > ys[hi]!) hi = j;
      j++;
    }
    const lastIdx = j - 1;
    const picks = [first, lo, hi, lastIdx].sort((a, b) => a - b).filter((v, i, a) => i === 0 || v !== a[i - 1]);
    for (const p of picks) {
      x.push(xs[p]!);
      y.push(ys[p]!);
    }
    k = j;
  }
  return { x, y };
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** An SVG path through the points, broken where y is NaN. */
export function linePath(xs: readonly number[], ys: readonly number[]): string {
  let d = '';
  let pen = false;
  for (let k = 0; k < xs.length; k++) {
    const y = ys[k]!;
    if (Number.isNaN(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r1(xs[k]!)},${r1(y)}`;
    pen = true;
  }
  return d;
}

/** A closed area from the baseline up to the points. */
export function areaPath(xs: readonly number[], ys: readonly number[], base: number): string {
  if (xs.length === 0) return '';
  let d = `M${r1(xs[0]!)},${r1(base)}`;
  for (let k = 0; k < xs.length; k++) d += `L${r1(xs[k]!)},${r1(ys[k]!)}`;
  return `${d}L${r1(xs[xs.length - 1]!)},${r1(base)}Z`;
}

/** Rectangles [x0, x1] spanning y0..y1, as one path (many mark phases cost one element). */
export function bandsPath(spans: readonly (readonly [number, number])[], y0: number, y1: number, minWidth = 0): string {
  const merged: [number, number][] = [];
  for (const [a, b0] of spans) {
    const b = Math.max(b0, a + minWidth);
    const last = merged[merged.length - 1];
    // Spans that touch at this resolution become one rectangle.
    if (last && a - last[1] < 0.5) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged.map(([a, b]) => `M${r1(a)},${r1(y0)}H${r1(b)}V${r1(y1)}H${r1(a)}Z`).join('');
}

// ---- GC CPU over the run --------------------------------------------------------------------------

export type CpuBuckets = {
  /** Share of all CPU (0…1) used by the GC, and by mark assists, per bucket. */
  gc: Float64Array;
  assist: Float64Array;
  /** A cycle that overlaps the bucket was limited by gcCPULimiterState. */
  limited: Uint8Array;
  /** Cumulative GC CPU % as gctrace prints it (the last cycle ended by the bucket's end), or NaN. */
  util: Float64Array;
};

/**
 * GC CPU per time bucket over [0, endT]: each cycle's GC and assist CPU spread evenly over its span
 * (sweep termination to the end of mark termination), divided by the CPU the bucket holds.
 */
export function cpuBuckets(cycles: readonly CycleRecord[], endT: number, n: number): CpuBuckets {
  const gc = new Float64Array(n);
  const assist = new Float64Array(n);
  const limited = new Uint8Array(n);
  const util = new Float64Array(n).fill(NaN);
  if (n <= 0 || endT <= 0) return { gc, assist, limited, util };
  const w = endT / n;
  for (const c of cycles) {
    const a = c.tSweepTerm;
    const b = Math.max(c.tEnd, a + 1);
    const span = b - a;
    const k0 = Math.max(0, Math.floor(a / w));
    const k1 = Math.min(n - 1, Math.floor(b / w));
    for (let k = k0; k <= k1; k++) {
      const lo = Math.max(a, k * w);
      const hi = Math.min(b, (k + 1) * w);
      if (hi <= lo) continue;
      const f = (hi - lo) / span;
      const cap = w * c.procs;
      gc[k]! += (c.gcCpu * f) / cap;
      assist[k]! += (c.assistCpu * f) / cap;
      if (c.limited) limited[k] = 1;
    }
    const ke = Math.min(n - 1, Math.floor(c.tEnd / w));
    util[ke] = c.utilPercent;
  }
  // Carry the cumulative figure forward between cycles.
  let lastU = NaN;
  for (let k = 0; k < n; k++) {
    if (!Number.isNaN(util[k]!)) lastU = util[k]!;
    else util[k] = lastU;
    gc[k] = Math.min(1, gc[k]!);
    assist[k] = Math.min(gc[k]!, assist[k]!);
  }
  return { gc, assist, limited, util };
}

/** Runs of set flags as [start, end) index pairs. */
export function runsOf(flags: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let k = 0; k <= flags.length; k++) {
    const on = k < flags.length && flags[k] === 1;
    if (on && start < 0) start = k;
    if (!on && start >= 0) {
      out.push([start, k]);
      start = -1;
    }
  }
  return out;
}

// ---- axes ---------------------------------------------------------------------------------------

/** A round upper bound for a byte axis: 1, 2 or 5 × 10^k MiB-ish steps, in bytes. */
export function niceBytes(max: number): number {
  const MiB = 1 << 20;
  const m = Math.max(max, 4 * MiB) / MiB;
  const p = Math.pow(10, Math.floor(Math.log10(m)));
  for (const f of [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (f * p >= m) return f * p * MiB;
  return 10 * p * MiB;
}

/**
 * The axis top for `max` given the previous top: grow at once, shrink only when the data fills
 * less than half of it, so the scale does not flicker while stepping.
 */
export function stickyTop(max: number, prev: number | null): number {
  const want = niceBytes(max * 1.08);
  if (prev === null) return want;
  if (max * 1.02 > prev) return want;
  if (max < prev * 0.45) return want;
  return prev;
}
