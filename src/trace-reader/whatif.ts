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
}

export interface WhatIfResult {
  rows: WhatIfRow[];
  /** Cycles whose goal would be below / above the printed one (by more than 1 MiB, the trace's resolution). */
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
    const g = heapGoal(
      {
        heapMarked: live * MiB,
        stackScan: stacks * MiB,
        globalsScan: globals * MiB,
        gcPercent: s.gogc,
        ...(s.memoryLimit === null ? {} : { memoryLimit: s.memoryLimit, nonHeap: stacks * MiB + s.otherMem, overage: 0 }),
      },
      s.rule,
    );
    const goal = mb(g.goal);
    const gogcGoal = mb(g.gcPercentGoal);
    const limitGoal = mb(g.memoryLimitGoal);
    const raw = s.gogc < 0 ? Infinity : live * MiB + Math.floor(((live + stacks + globals) * MiB * s.gogc) / 100);
    const floor = raw < heapMinimum(s.gogc);
    const by: GoalRule = !Number.isFinite(goal) ? 'none' : limitGoal < gogcGoal ? 'limit' : floor ? 'floor' : 'gogc';
    const sq = s.memoryLimit !== null && limitGoal <= live && limitGoal <= gogcGoal;
    const row: WhatIfRow = {
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
    };
    rows.push(row);
    if (goal < c.goal - 1) lower++;
    else if (goal > c.goal + 1) higher++;
    if (goal < c.heap.end && goal < c.goal - 1) belowPeak++;
    if (by === 'limit') byLimit++;
    if (sq) squeezed++;
    if (Number.isFinite(goal)) finite++;
    // Frequency estimate over the stretches that ended at a goal (not runtime.GC(), not the first).
    if (prev === null || c.forced) {
      estimate += 1;
      continue;
    }
    const runway = Math.max(1, c.goal - live);
    if (!Number.isFinite(goal)) continue;
    const room = Math.max(1, goal - live);
    estimate += runway / room;
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
  /**
   * Median of 100·(goal − live before)/(live + stacks + globals before), rounded. Whole-MB figures
   * are rounded down by the runtime, so each is read as the middle of its MB (+0.5).
   */
  gogc: number;
  /** Cycles it was computed from (live heap ≥ 4 MB before, not forced). */
  count: number;
  /** The estimates agree (interquartile range within a quarter of the median, or 10). */
  consistent: boolean;
}

/** Which GOGC the printed goals fit, when they fit one: a hint, from whole-MB figures. */
export function inferGogc(cycles: readonly GcCycle[]): InferredGogc | null {
  const est: number[] = [];
  for (let i = 1; i < cycles.length; i++) {
    const c = cycles[i]!;
    const p = cycles[i - 1]!;
    if (c.forced || p.heap.live < 4) continue;
    const live = p.heap.live + 0.5;
    const roots = live + (p.stacks === undefined ? 0 : p.stacks + 0.5) + (p.globals === undefined ? 0 : p.globals + 0.5);
    est.push((100 * (c.goal + 0.5 - live)) / roots);
  }
  if (est.length < 3) return null;
  est.sort((a, b) => a - b);
  const q = (f: number) => est[Math.min(est.length - 1, Math.floor(f * (est.length - 1) + 0.5))]!;
  const median = q(0.5);
  const iqr = q(0.75) - q(0.25);
  return { gogc: Math.round(median), count: est.length, consistent: iqr <= Math.max(10, Math.abs(median) / 4) };
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
