// Per-P local run queue lengths over time, for a heat map (rows = Ps, columns = ticks).
import type { SchedTick } from './types.ts';

export interface RunQueueMatrix {
  /** Column times, ms since the first schedtrace (`SCHED <t>ms`). */
  atMs: number[];
  /** Row count: the most Ps any tick had (GOMAXPROCS can change at run time). */
  procs: number;
  /** cells[p][t]: P p's local run queue length at tick t (runnext not included); null if the tick had no P p. */
  cells: (number | null)[][];
  /** Largest cell (0 when there is none), for the colour scale. */
  max: number;
  /** Global run queue length per tick. */
  global: number[];
}

/** Reads `[..]` lengths, or P lines' runqsize= for scheddetail ticks. */
export function runQueueMatrix(ticks: readonly SchedTick[]): RunQueueMatrix {
  const rows: number[][] = ticks.map((t) => {
    if (t.runqsizes) return t.runqsizes;
    const byId: number[] = [];
    for (const p of t.ps ?? []) byId[p.id] = p.runqsize;
    return byId;
  });
  const procs = rows.reduce((n, r) => Math.max(n, r.length), 0);
  const cells: (number | null)[][] = [];
  let max = 0;
  for (let p = 0; p < procs; p++) {
    const row: (number | null)[] = [];
    for (const r of rows) {
      const v = r[p];
      row.push(v === undefined ? null : v);
      if (v !== undefined && v > max) max = v;
    }
    cells.push(row);
  }
  return { atMs: ticks.map((t) => t.atMs), procs, cells, max, global: ticks.map((t) => t.runqueue) };
}
