// Figures a gctrace view leads with. Plain arithmetic over parsed cycles; no formatting here
// (pages format with simulators/core/format.ts).
import type { GcCycle } from './types.ts';

export interface GctraceSummary {
  cycles: number;
  forced: number;
  /** Seconds between the first and the last cycle read. */
  spanS: number;
  /**
   * GC cycles per second. From the GC numbers of the first and last cycle over the time between
   * them, so unreadable lines in between do not lower it; for a single cycle, n / @time. Null
   * when there is no time to divide by.
   */
  frequency: number | null;
  /** The longest stop-the-world phase (sweep termination or mark termination, wall clock). */
  worstStw: { n: number; phase: 'sweepTerm' | 'markTerm'; ms: number } | null;
  /** Mean of the live heap (the third heap number, bytes marked), MB. */
  meanLiveHeapMB: number | null;
  /** Largest heap at GC end, MB. */
  peakHeapMB: number | null;
  /** CPU ms summed over all cycles, per phase; `total` excludes idle marking. */
  cpuMs: { sweepTerm: number; assist: number; background: number; idle: number; markTerm: number; total: number };
  /**
   * Assist CPU / GC CPU, 0..1. GC CPU leaves out idle-time marking, which runs only on Ps that
   * had nothing else to do, as the runtime's own GC CPU fraction does in current Go
   * ((GCTotalTime − GCIdleTime) / TotalTime). Null when no GC CPU was recorded.
   */
  assistShare: number | null;
  /** The runtime's own figure: `#%` of the last cycle, % of CPU spent in GC since program start. */
  gcCpuPercent: number | null;
}

export function summarizeGctrace(cycles: readonly GcCycle[]): GctraceSummary {
  const cpuMs = { sweepTerm: 0, assist: 0, background: 0, idle: 0, markTerm: 0, total: 0 };
  let forced = 0;
  let worstStw: GctraceSummary['worstStw'] = null;
  let liveSum = 0;
  let peak: number | null = null;
  for (const c of cycles) {
    if (c.forced) forced++;
    for (const phase of ['sweepTerm', 'markTerm'] as const) {
      const v = c.clock[phase];
      if (worstStw === null || v > worstStw.ms) worstStw = { n: c.n, phase, ms: v };
    }
    liveSum += c.heap.live;
    peak = peak === null ? c.heap.end : Math.max(peak, c.heap.end);
    cpuMs.sweepTerm += c.cpu.sweepTerm;
    cpuMs.assist += c.cpu.assist;
    cpuMs.background += c.cpu.background;
    cpuMs.idle += c.cpu.idle;
    cpuMs.markTerm += c.cpu.markTerm;
  }
  cpuMs.total = cpuMs.sweepTerm + cpuMs.assist + cpuMs.background + cpuMs.markTerm;
  const first = cycles[0];
  const last = cycles[cycles.length - 1];
  const spanS = first && last ? Math.max(0, last.at - first.at) : 0;
  let frequency: number | null = null;
  if (first && last && cycles.length >= 2 && spanS > 0) {
    const count = last.n > first.n ? last.n - first.n : cycles.length - 1;
    frequency = count / spanS;
  } else if (first && cycles.length === 1 && first.at > 0) {
    frequency = first.n / first.at;
  }
  return {
    cycles: cycles.length,
    forced,
    spanS,
    frequency,
    worstStw,
    meanLiveHeapMB: cycles.length > 0 ? liveSum / cycles.length : null,
    peakHeapMB: peak,
    cpuMs,
    assistShare: cpuMs.total > 0 ? cpuMs.assist / cpuMs.total : null,
    gcCpuPercent: last ? last.cpuPercent : null,
  };
}
