// Figures for the page and the chart view: a run's summary and the heap over time.
import { nonHeapOf } from './workload.ts';
import type { PacerState } from './types.ts';

export type PacerSummary = {
  gcCount: number;
  /** GC CPU time as a share of all CPU time (GOMAXPROCS × wall time), in %. */
  gcCpuPercent: number;
  /** Largest heapLive + non-heap memory (stacks and other runtime memory). */
  peakMemory: number;
  peakHeap: number;
  /** The cycle whose mark assists used the most CPU: its number, assist CPU (ns) and share of the CPU during its mark phase (%). */
  worstAssist: { cycle: number | null; cpuNs: number; percentOfMark: number };
  /** Cycles during which the CPU limiter was limiting. */
  limitedCycles: number;
  wallNs: number;
};

export function summary(s: PacerState): PacerSummary {
  let worst: PacerSummary['worstAssist'] = { cycle: null, cpuNs: 0, percentOfMark: 0 };
  let limited = 0;
  for (const c of s.cycles) {
    if (c.limited) limited++;
    if (c.assistCpu > worst.cpuNs) {
      const markCpu = (c.tMarkTerm - c.tMark) * c.procs;
      worst = { cycle: c.n, cpuNs: c.assistCpu, percentOfMark: markCpu > 0 ? (c.assistCpu / markCpu) * 100 : 0 };
    }
  }
  return {
    gcCount: s.numgc,
    gcCpuPercent: s.totalCpu > 0 ? (s.gcCpu / s.totalCpu) * 100 : 0,
    peakMemory: s.peakTotal,
    peakHeap: s.peakHeap,
    worstAssist: worst,
    limitedCycles: limited,
    wallNs: s.now,
  };
}

export type HeapPoint = { t: number; heapLive: number; total: number; goal: number | null };

/**
 * The heap sawtooth for a chart: for each cycle its start (heap0), mark termination (heap1) and
 * end (heap2), then the current point. Between cycles the heap grows piecewise linearly.
 */
export function heapSeries(s: PacerState): HeapPoint[] {
  const pts: HeapPoint[] = [];
  for (const c of s.cycles) {
    const other = c.nonHeap;
    pts.push({ t: c.tSweepTerm, heapLive: c.heap0, total: c.heap0 + other, goal: c.goal });
    pts.push({ t: c.tMarkTerm, heapLive: c.heap1, total: c.heap1 + other, goal: c.goal });
    pts.push({ t: c.tEnd, heapLive: c.heap2, total: c.heap2 + other, goal: c.goal });
  }
  const ph = s.phases[Math.min(s.phase, s.phases.length - 1)]!;
  pts.push({ t: s.now, heapLive: s.heapLive, total: s.heapLive + nonHeapOf(ph, s.otherMem), goal: s.lastHeapGoal });
  return pts;
}
