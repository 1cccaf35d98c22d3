// "GC guide mode": the same program run through the GC guide's model (go.dev/doc/gc-guide), to
// set beside the runtime model. The guide's model runs on one CPU; here that CPU stands for all
// GOMAXPROCS Ps (allocation and scanning P times as fast), so heap sizes, seconds and CPU shares
// mean the same on both sides. On one of the guide's own five graphs (GOMAXPROCS=1) the guide's
// own inputs are used, so its side is exactly the guide's graph.
import { GUIDE_WORKLOADS, guideModel, type GuideInputs, type GuidePhase, type GuideResult, type PacerState, type Phase } from '../../../simulators/pacer/index.ts';
import { GUIDE_NO_LIMIT } from '../../../simulators/pacer/guide/index.ts';
import { STW_MARK_TERM_NS, STW_SWEEP_TERM_NS } from '../../../simulators/pacer/constants.ts';
import { guideWorkloadOf, MiB } from './settings.ts';

export type GuideRun = {
  inputs: GuideInputs;
  result: GuideResult;
  /** The guide graph this is (its own inputs), or null for a converted workload. */
  graph: string | null;
};

/** Seconds the guide charges per GC besides scanning: our two stop-the-world pauses. */
export const MODEL_FIXED_COST = (STW_SWEEP_TERM_NS + STW_MARK_TERM_NS) / 1e9;

/**
 * The guide's inputs for a runtime state's program and settings. Live-heap shapes become the
 * guide's survival and death rates phase by phase (a spike is two phases: up, then down).
 */
export function guideInputs(s: Pick<PacerState, 'phases' | 'gcPercent' | 'memoryLimit' | 'gomaxprocs' | 'scanRate' | 'otherMem'>): { inputs: GuideInputs; graph: string | null } {
  const P = s.gomaxprocs;
  const gogc = s.gcPercent < 0 ? ('off' as const) : s.gcPercent;
  const memoryLimit = s.memoryLimit === null ? GUIDE_NO_LIMIT : s.memoryLimit / MiB;
  const graph = guideWorkloadOf(s.phases, s.otherMem, s.memoryLimit);
  if (graph !== null) {
    const g = GUIDE_WORKLOADS.find((w) => w.id === graph)!;
    const workload = g.inputs.workload.map((p) => ({ ...p, allocRate: p.allocRate * P, scanRate: (s.scanRate / MiB) * P }));
    return { graph, inputs: { ...g.inputs, workload, gogc, memoryLimit, otherMem: s.otherMem / MiB } };
  }
  const scanRate = (s.scanRate / MiB) * P;
  const workload: GuidePhase[] = [];
  let live = s.phases[0]!.live / MiB;
  const add = (duration: number, allocRate: number, from: number, to: number) => {
    if (duration <= 0) return;
    // Allocation at least covers the growth of the live heap (as in the runtime model).
    const rate = Math.max(allocRate, (to - from) / duration);
    const newSurvivalRate = to > from && rate > 0 ? Math.min(1, (to - from) / (duration * rate)) : 0;
    const oldDeathRate = to < from && from > 0 ? Math.min(1, (from - to) / from) : 0;
    workload.push({ duration, allocRate: rate, scanRate, newSurvivalRate, oldDeathRate });
    live = to;
  };
  for (const p of s.phases) {
    const rate = (p.allocRate / MiB) * P;
    const start = p.live / MiB;
    const end = (p.liveEnd ?? p.live) / MiB;
    const shape = p.shape ?? (p.liveEnd === undefined ? 'constant' : 'grow');
    // A phase that starts above where the last one ended: the jump is allocated (and survives) at once.
    if (start > live) add(1e-6, rate, live, start);
    else if (start < live) live = start;
    if (shape === 'spike') {
      add(p.duration / 2, rate, live, end);
      add(p.duration / 2, rate, end, start);
    } else add(p.duration, rate, live, shape === 'constant' ? start : end);
  }
  const otherMem = Math.max(...s.phases.map((p: Phase) => p.stacks)) / MiB + s.otherMem / MiB;
  return { graph: null, inputs: { workload, gogc, memoryLimit, otherMem, fixedCost: MODEL_FIXED_COST, initialLive: s.phases[0]!.live / MiB } };
}

const cache = new Map<string, GuideRun>();

/** The guide's model run on a state's program and settings (cached per settings). */
export function guideRun(s: Pick<PacerState, 'phases' | 'gcPercent' | 'memoryLimit' | 'gomaxprocs' | 'scanRate' | 'otherMem'>): GuideRun {
  const { inputs, graph } = guideInputs(s);
  const key = JSON.stringify(inputs);
  let r = cache.get(key);
  if (!r) {
    r = { inputs, result: guideModel(inputs), graph };
    if (cache.size > 16) cache.clear();
    cache.set(key, r);
  }
  return r;
}
