// "What would GOGC=X / GOMEMLIMIT=Y have done with this live heap?" — the heap goal the runtime
// computes (simulators/pacer heapGoal: gcPercentHeapGoal and memoryLimitHeapGoal, as in
// mgcpacer.go), fed with what a gctrace line says about the cycle before: the live heap (marked
// bytes), the stacks and the globals. Pure and DOM-free.
//
// The goal a gctrace line prints is the goal that cycle ran against: gcControllerState.endCycle
// records lastHeapGoal = heapGoal() before the next commit, so line n's goal was computed from
// cycle n−1's marked heap (go1.19.8 mgc.go gcMarkTermination and mgcpacer.go endCycle).
import { heapGoal, heapMinimum, type HeadroomRule } from '../../simulators/pacer/heapGoal.ts';
import type { GcCycle } from '../../simulators/trace/types.ts';

const MiB = 1 << 20;

export interface WhatIfSettings {
  /** GOGC; -1 = off. */
  gogc: number;
  /** GOMEMLIMIT in bytes; null = no limit. */
  memoryLimit: number | null;
  /** Runtime memory besides the heap and the stacks (metadata, thread stacks…), bytes; not in the trace. */
  otherMem: number;
  rule: HeadroomRule;
}

export type GoalRule = 'gogc' | 'floor' | 'limit' | 'none';

export interface WhatIfRow {
  /** The cycle (its GC number) that would run against this goal. */
  n: number;
  /** Index of that cycle in the trace. */
  index: number;
  /** MiB, as the trace prints them (whole MB, rounded down): of the cycle before (0 for the first). */
  live: number;
  stacks: number;
  globals: number;
  /** The goal the trace printed for cycle n, and the heap it reached (end of mark), MiB. */
  actualGoal: number;
  peak: number;
  /** The goal with the reader's settings, MiB (Infinity: no goal, GOGC=off without a limit). */
  goal: number;
  gogcGoal: number;
  limitGoal: number;
  by: GoalRule;
  /** The memory limit leaves no room above the live heap: the runtime would collect back to back. */
  squeezed: boolean;
  forced: boolean;
  /** The goal is lower / higher than the printed one by more than the trace's rounding can explain. */
  lower: boolean;
  higher: boolean;
  /** Lower, and below the heap this cycle reached: the cycle would have started earlier. */
  belowPeak: boolean;
}

export interface WhatIfResult {
  rows: WhatIfRow[];
  /** Cycles whose goal would be below / above the printed one by more than the trace's rounding explains. */
  lower: number;
  higher: number;
  /** Cycles whose goal would be lower than the one used and below the heap the cycle actually reached. */
  belowPeak: number;
  byLimit: number;
  squeezed: number;
  /**
   * Rough count of cycles for the same allocation: each stretch between two cycles allocated
   * (peak − live before); GC frequency goes as 1 / (goal − live). Null when it cannot be said
   * (back-to-back collection). runtime.GC() cycles count once either way.
   */
  cycles: { actual: number; estimate: number | null; none: boolean };
  /** `none`: the settings give no goal at all (GOGC=off without a limit): only runtime.GC() and the 2-minute forced GC would run. */
}

function mb(bytes: number): number {
  return bytes / MiB;
}

/**
 * gctrace prints sizes as whole MB rounded down (bytes >> 20), so a printed 25 is anything in
 * [25, 26): the live heap and the goal are read as the middle of their MB. Stacks and globals are
 * taken as printed: they are small, and a "0 MB" is usually far below half a megabyte.
 */
const MID = 0.5;

export function whatIf(cycles: readonly GcCycle[], s: WhatIfSettings): WhatIfResult {
  const rows: WhatIfRow[] = [];
  let lower = 0;
  let higher = 0;
  let belowPeak = 0;
  let byLimit = 0;
  let squeezed = 0;
  let estimate = 0;
  let finite = 0;
  for (let i = 0; i < cycles.length; i++) {
    const c = cycles[i]!;
    const prev = i > 0 ? cycles[i - 1]! : null;
    const live = prev ? prev.heap.live : 0;
    const stacks = prev ? (prev.stacks ?? 0) : 0;
    const globals = prev ? (prev.globals ?? 0) : (c.globals ?? 0);
    const mid = (v: number, printed: boolean): number => Math.round((printed ? v + MID : v) * MiB);
    const heapMarked = mid(live, prev !== null);
    const stackScan = mid(stacks, false);
    const globalsScan = mid(globals, false);
    const g = heapGoal(
      {
        heapMarked,
        stackScan,
        globalsScan,
        gcPercent: s.gogc,
        ...(s.memoryLimit === null ? {} : { memoryLimit: s.memoryLimit, nonHeap: stackScan + s.otherMem, overage: 0 }),
      },
      s.rule,
    );
    const goal = mb(g.goal);
    const gogcGoal = mb(g.gcPercentGoal);
    const limitGoal = mb(g.memoryLimitGoal);
    const raw = s.gogc < 0 ? Infinity : heapMarked + Math.floor(((heapMarked + stackScan + globalsScan) * s.gogc) / 100);
    const floor = raw < heapMinimum(s.gogc);
    const by: GoalRule = !Number.isFinite(goal) ? 'none' : limitGoal < gogcGoal ? 'limit' : floor ? 'floor' : 'gogc';
    const sq = s.memoryLimit !== null && g.memoryLimitGoal <= heapMarked && limitGoal <= gogcGoal;
    const actual = c.goal + MID;
    const peak = c.heap.end + MID;
    // How far apart two goals may be from rounding alone: the printed goal is ±0.5 MB; a GOGC goal
    // scales the live heap's ±0.5 MB (and stacks' and globals' 1 MB) by 1 + GOGC/100; a limit goal
    // moves with the stacks' 1 MB.
    const tol = 0.5 + (by === 'gogc' || by === 'floor' ? 0.5 * (1 + s.gogc / 100) + (stacks + globals > 0 ? s.gogc / 100 : 0) : 1);
    const isLower = goal < actual - tol;
    const isHigher = goal > actual + tol;
    const isBelowPeak = isLower && goal < peak;
    rows.push({
      n: c.n,
      index: i,
      live,
      stacks,
      globals,
      actualGoal: c.goal,
      peak: c.heap.end,
      goal,
      gogcGoal,
      limitGoal,
      by,
      squeezed: sq,
      forced: c.forced,
      lower: isLower,
      higher: isHigher,
      belowPeak: isBelowPeak,
    });
    if (isLower) lower++;
    if (isHigher) higher++;
    if (isBelowPeak) belowPeak++;
    if (by === 'limit') byLimit++;
    if (sq) squeezed++;
    if (Number.isFinite(goal)) finite++;
    // Frequency estimate over the stretches that ended at a goal (not runtime.GC(), not the first).
    if (prev === null || c.forced) {
      estimate += 1;
      continue;
    }
    if (!Number.isFinite(goal)) continue;
    const liveMid = live + MID;
    estimate += Math.max(1, actual - liveMid) / Math.max(1, goal - liveMid);
  }
  return {
    rows,
    lower,
    higher,
    belowPeak,
    byLimit,
    squeezed,
    cycles: { actual: cycles.length, estimate: squeezed > 0 ? null : Math.round(estimate), none: cycles.length > 0 && finite === 0 },
  };
}

export interface InferredGogc {
  /** The GOGC whose goals come closest to the printed ones (common values first). */
  gogc: number;
  /** Cycles compared (live heap ≥ 4 MB before, not forced). */
  count: number;
  /** Its goals are within 1.5 MB of the printed ones on average: the trace fits one GOGC. */
  consistent: boolean;
}

const COMMON_GOGC = [100, 50, 200, 25, 75, 150, 300, 400, 500, 800, 1000];

/** Which GOGC the printed goals fit, when they fit one: a hint, from whole-MB figures. */
export function inferGogc(cycles: readonly GcCycle[]): InferredGogc | null {
  const pairs: [GcCycle, GcCycle][] = [];
  for (let i = 1; i < cycles.length; i++) {
    const c = cycles[i]!;
    const p = cycles[i - 1]!;
    if (!c.forced && p.heap.live >= 4) pairs.push([p, c]);
  }
  if (pairs.length < 3) return null;
  // A first guess from the printed figures, then the candidate that predicts the goals best.
  const rootsOf = (p: GcCycle): number => p.heap.live + MID + (p.stacks ?? 0) + (p.globals ?? 0);
  const est = pairs
    .map(([p, c]) => (100 * (c.goal - p.heap.live)) / rootsOf(p))
    .sort((a, b) => a - b);
  const median = Math.max(0, Math.round(est[Math.floor(est.length / 2)]!));
  const error = (gogc: number): number => {
    let sum = 0;
    for (const [p, c] of pairs) {
      sum += Math.abs(p.heap.live + MID + (rootsOf(p) * gogc) / 100 - (c.goal + MID));
    }
    return sum / pairs.length;
  };
  let best = COMMON_GOGC[0]!;
  let bestErr = error(best);
  for (const g of COMMON_GOGC.slice(1)) {
    const e = error(g);
    if (e < bestErr - 0.05) {
      best = g;
      bestErr = e;
    }
  }
  // An uncommon GOGC only when no common one explains the goals to within the rounding.
  if (bestErr > 1 && error(median) < bestErr) {
    best = median;
    bestErr = error(median);
  }
  return { gogc: best, count: pairs.length, consistent: bestErr <= 1.5 };
}

const UNITS: Record<string, number> = { b: 1, kib: 1024, mib: MiB, gib: 1024 * MiB, tib: 1024 * 1024 * MiB, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };

/**
 * GOMEMLIMIT as the runtime reads it (runtime/debug docs: a number of bytes with an optional
 * unit suffix B, KiB, MiB, GiB, TiB; "off" = no limit). Also accepts KB/MB/GB (powers of 10), case-insensitive,
 * for convenience. Returns bytes, null for off, or undefined when unreadable.
 */
export function parseMemoryLimit(text: string): number | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'off') return null;
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)?$/.exec(t);
  if (!m) return undefined;
  const v = Number(m[1]) * (UNITS[m[2] ?? 'b'] ?? NaN);
  if (!Number.isFinite(v) || v < 1) return undefined;
  return Math.floor(v);
}

/** GOGC: a non-negative integer or "off" (-1). Undefined when unreadable. */
export function parseGogc(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'off') return -1;
  if (!/^\d{1,6}$/.test(t)) return undefined;
  return Number(t);
}
