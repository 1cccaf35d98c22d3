// The settings a reader moves: GOGC on a log-like scale ending in "off", GOMEMLIMIT ending in
// "none", GOMAXPROCS, and the workload (the engine's five presets and the GC guide's five graphs).
// Pure data and functions: the config controls, the interventions and the tests share them.
import { GUIDE_WORKLOADS, WORKLOAD_IDS, scenarios, type Phase, type PacerConfig, type WorkloadId } from '../../../simulators/pacer/index.ts';
import { GUIDE_NO_LIMIT } from '../../../simulators/pacer/guide/index.ts';
import type { Localized } from '../../../simulators/core/types.ts';

export const MiB = 1 << 20;

/** GOGC positions: roughly even steps of log(GOGC), round numbers, then off (-1). */
export const GOGC_STEPS: readonly number[] = [10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 125, 150, 200, 250, 300, 400, 500, 750, 1000, 1500, 2000, 5000, 10000, -1];

/** GOMEMLIMIT positions in MiB, then none (null). */
export const LIMIT_STEPS_MIB: readonly (number | null)[] = [8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 100, 112, 128, 144, 160, 192, 224, 256, 320, 384, 512, 768, 1024, 2048, 4096, null];

export const PROCS_STEPS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 24, 32, 48, 64];

/** Index of the step nearest to `v` (by ratio, so 110 lands on 100, not 125). */
function nearest(steps: readonly number[], v: number): number {
  let best = 0;
  let bestD = Infinity;
  steps.forEach((s, i) => {
    const d = Math.abs(Math.log(s) - Math.log(v));
    if (d < bestD) [best, bestD] = [i, d];
  });
  return best;
}

export function gogcPosition(gogc: number): number {
  if (gogc < 0) return GOGC_STEPS.length - 1;
  return nearest(GOGC_STEPS.slice(0, -1), Math.max(1, gogc));
}

export function limitPosition(limit: number | null): number {
  if (limit === null) return LIMIT_STEPS_MIB.length - 1;
  return nearest(LIMIT_STEPS_MIB.slice(0, -1) as number[], Math.max(1, limit / MiB));
}

export function limitAt(position: number): number | null {
  const v = LIMIT_STEPS_MIB[Math.max(0, Math.min(LIMIT_STEPS_MIB.length - 1, position))]!;
  return v === null ? null : v * MiB;
}

export function procsPosition(n: number): number {
  return nearest(PROCS_STEPS, Math.max(1, n));
}

export function fmtGogc(gogc: number): string {
  return gogc < 0 ? 'off' : String(gogc);
}

// ---- workloads ---------------------------------------------------------------------------------

export const WORKLOAD_TITLES: Record<WorkloadId, Localized> = {
  steady: { en: 'Steady: 24 MiB live', 'zh-cn': '稳态：存活 24 MiB' },
  growing: { en: 'Growing: 16 → 192 MiB live', 'zh-cn': '增长：存活 16 → 192 MiB' },
  spike: { en: 'Spike: 20 MiB live, +64 MiB for 2 s', 'zh-cn': '峰值：存活 20 MiB，2 秒内 +64 MiB' },
  container: { en: 'Container: 32 MiB live', 'zh-cn': '容器：存活 32 MiB' },
  'death-spiral': { en: 'Leak: 16 → 92 MiB live', 'zh-cn': '泄漏：存活 16 → 92 MiB' },
};

/**
 * One of the GC guide's five graphs as a runtime workload: the guide runs on one CPU, so each
 * phase allocates the guide's MiB per CPU-second on one P; the live heap moves from what the
 * guide keeps to what it keeps after the phase (survivors of new allocation in, deaths of the old
 * heap out), linearly. The guide has no roots: stacks and globals are 0.
 */
export function guidePhases(id: string): Phase[] {
  const g = GUIDE_WORKLOADS.find((w) => w.id === id);
  if (!g) throw new Error(`unknown guide workload ${id}`);
  let live = (g.inputs.initialLive ?? 0) * MiB;
  return g.inputs.workload.map((p) => {
    const end = live * (1 - p.oldDeathRate) + p.duration * p.allocRate * p.newSurvivalRate * MiB;
    const phase: Phase = { duration: p.duration, allocRate: p.allocRate * MiB, live, stacks: 0, globals: 0 };
    if (end !== live) {
      phase.liveEnd = end;
      phase.shape = 'grow';
    }
    live = end;
    return phase;
  });
}

const guideCache = new Map<string, Phase[]>();
function cachedGuidePhases(id: string): Phase[] {
  let p = guideCache.get(id);
  if (!p) guideCache.set(id, (p = guidePhases(id)));
  return p;
}

/**
 * Which of the guide's graphs a program is, if any: the same phases (deep equality) and other
 * memory. Two graphs share a program (the spike, without and with a memory limit); a limit picks
 * the one that has a limit slider.
 */
export function guideWorkloadOf(phases: readonly Phase[], otherMem = 0, memoryLimit: number | null = null): string | null {
  const hits = GUIDE_WORKLOADS.filter((g) => {
    const ref = cachedGuidePhases(g.id);
    return g.inputs.otherMem * MiB === otherMem && ref.length === phases.length && ref.every((p, i) => samePhase(p, phases[i]!));
  });
  if (hits.length === 0) return null;
  const withLimit = hits.find((g) => g.sliders.includes('memoryLimit') === (memoryLimit !== null));
  return (withLimit ?? hits[0]!).id;
}

function samePhase(a: Phase, b: Phase): boolean {
  return (
    a.duration === b.duration &&
    a.allocRate === b.allocRate &&
    a.live === b.live &&
    (a.liveEnd ?? a.live) === (b.liveEnd ?? b.live) &&
    a.stacks === b.stacks &&
    a.globals === b.globals &&
    (a.shape ?? 'grow') === (b.shape ?? 'grow')
  );
}

/** The workload select's value for a config: a preset id, `guide:<id>`, or `custom`. */
export function workloadValue(c: PacerConfig): string {
  if (typeof c.workload === 'string') return c.workload;
  const g = guideWorkloadOf(c.workload, c.otherMem ?? 0, c.memoryLimit);
  return g ? `guide:${g}` : 'custom';
}

/**
 * The config after choosing a workload. A guide graph brings the guide's setting with it: one
 * CPU (GOMAXPROCS=1), its other memory, no stacks or globals.
 */
export function withWorkload(c: PacerConfig, value: string): PacerConfig {
  if ((WORKLOAD_IDS as string[]).includes(value)) {
    const id = value as WorkloadId;
    // A preset brings its scenario's other memory; leaving a guide graph also restores its GOMAXPROCS.
    const preset = scenarios.find((s) => s.config.workload === id)!.config;
    const { otherMem: _drop, ...rest } = c;
    const next: PacerConfig = { ...rest, workload: id };
    if (preset.otherMem !== undefined) next.otherMem = preset.otherMem;
    if (workloadValue(c).startsWith('guide:')) next.gomaxprocs = preset.gomaxprocs;
    return next;
  }
  if (value.startsWith('guide:')) {
    const id = value.slice(6);
    const g = GUIDE_WORKLOADS.find((w) => w.id === id);
    if (!g) return c;
    // The guide's graph as it first appears: its GOGC and memory limit too.
    const gogc = g.inputs.gogc === 'off' ? -1 : g.inputs.gogc;
    const memoryLimit = g.inputs.memoryLimit >= GUIDE_NO_LIMIT ? null : g.inputs.memoryLimit * MiB;
    return { ...c, gogc, memoryLimit, gomaxprocs: 1, otherMem: g.inputs.otherMem * MiB, workload: cachedGuidePhases(id) };
  }
  return c;
}

export const WORKLOAD_OPTIONS: { value: string; label: Localized }[] = [
  ...WORKLOAD_IDS.map((id) => ({ value: id, label: WORKLOAD_TITLES[id] })),
  ...GUIDE_WORKLOADS.map((g, i) => ({
    value: `guide:${g.id}`,
    label: { en: `GC guide ${i + 1}: ${g.title.en}`, 'zh-cn': `GC 指南图 ${i + 1}：${g.title['zh-cn']}` },
  })),
  { value: 'custom', label: { en: 'Custom (from the link)', 'zh-cn': '自定义（来自链接）' } },
];
