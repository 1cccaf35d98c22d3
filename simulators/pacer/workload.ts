// Workload presets and the program model: the live heap, the allocation rate and the non-heap
// memory at a point of the program's progress.
import { MiB } from './constants.ts';
import type { Phase, PacerConfig, WorkloadId } from './types.ts';

const s = 1;
/** The five workload presets (also the scenarios' workloads). Lines point into the scenarios' Go sources. */
export const WORKLOADS: Record<WorkloadId, Phase[]> = {
  // A service whose cache fills in the first second, then serves requests with a steady live heap.
  steady: [
    { duration: 1 * s, allocRate: 32 * MiB, live: 0, liveEnd: 24 * MiB, shape: 'grow', stacks: 1 * MiB, globals: 1 * MiB, line: 19 },
    { duration: 11 * s, allocRate: 32 * MiB, live: 24 * MiB, stacks: 1 * MiB, globals: 1 * MiB, line: 22 },
  ],
  // An in-memory index that keeps growing: the live heap goes from 16 MiB to 192 MiB.
  growing: [
    { duration: 16 * s, allocRate: 40 * MiB, live: 16 * MiB, liveEnd: 192 * MiB, shape: 'grow', stacks: 2 * MiB, globals: 1 * MiB, line: 20 },
    { duration: 4 * s, allocRate: 40 * MiB, live: 192 * MiB, stacks: 2 * MiB, globals: 1 * MiB, line: 24 },
  ],
  // A steady 20 MiB, then a batch job that briefly holds 64 MiB more, then steady again.
  spike: [
    { duration: 1 * s, allocRate: 24 * MiB, live: 0, liveEnd: 20 * MiB, shape: 'grow', stacks: 1 * MiB, globals: 1 * MiB, line: 19 },
    { duration: 4 * s, allocRate: 24 * MiB, live: 20 * MiB, stacks: 1 * MiB, globals: 1 * MiB, line: 22 },
    { duration: 2 * s, allocRate: 24 * MiB, live: 20 * MiB, liveEnd: 84 * MiB, shape: 'spike', stacks: 1 * MiB, globals: 1 * MiB, line: 25 },
    { duration: 5 * s, allocRate: 24 * MiB, live: 20 * MiB, stacks: 1 * MiB, globals: 1 * MiB, line: 22 },
  ],
  // A container with a hard budget: run with GOGC=off and GOMEMLIMIT; 32 MiB live.
  container: [
    { duration: 1 * s, allocRate: 48 * MiB, live: 0, liveEnd: 32 * MiB, shape: 'grow', stacks: 1 * MiB, globals: 1 * MiB, line: 17 },
    { duration: 11 * s, allocRate: 48 * MiB, live: 32 * MiB, stacks: 1 * MiB, globals: 1 * MiB, line: 21 },
  ],
  // A leak grows the live heap up to the memory limit and stays there.
  'death-spiral': [
    { duration: 6 * s, allocRate: 256 * MiB, live: 16 * MiB, liveEnd: 92 * MiB, shape: 'grow', stacks: 1 * MiB, globals: 1 * MiB, line: 16 },
    { duration: 8 * s, allocRate: 256 * MiB, live: 92 * MiB, stacks: 1 * MiB, globals: 1 * MiB, line: 18 },
  ],
};

export const WORKLOAD_IDS = Object.keys(WORKLOADS) as WorkloadId[];

export function resolvePhases(workload: PacerConfig['workload']): Phase[] {
  return typeof workload === 'string' ? WORKLOADS[workload] : workload;
}

/** Phase length in ns of progress. */
export function phaseNs(p: Phase): number {
  return p.duration * 1e9;
}

/** The program's live (reachable) heap at `progress` ns into phase p. */
export function liveAt(p: Phase, progress: number): number {
  const shape = p.shape ?? (p.liveEnd === undefined ? 'constant' : 'grow');
  const end = p.liveEnd ?? p.live;
  const f = Math.min(1, Math.max(0, progress / phaseNs(p)));
  if (shape === 'constant') return p.live;
  if (shape === 'grow') return p.live + (end - p.live) * f;
  return f <= 0.5 ? p.live + (end - p.live) * 2 * f : end - (end - p.live) * (2 * f - 1);
}

/** Rise of the live heap in bytes per ns of progress (0 where it falls or stays). */
export function liveRise(p: Phase, progress: number): number {
  const shape = p.shape ?? (p.liveEnd === undefined ? 'constant' : 'grow');
  const d = (p.liveEnd ?? p.live) - p.live;
  if (shape === 'constant') return 0;
  if (shape === 'grow') return Math.max(0, d / phaseNs(p));
  const firstHalf = progress < phaseNs(p) / 2;
  return Math.max(0, ((firstHalf ? 2 : -2) * d) / phaseNs(p));
}

/**
 * Bytes allocated per ns of progress: allocRate per CPU-second on each P. Where the live heap
 * rises faster than that, the program allocates at least what stays live.
 */
export function allocPerProgressNs(p: Phase, progress: number, procs: number): number {
  return Math.max((p.allocRate * procs) / 1e9, liveRise(p, progress));
}

/** Memory the runtime maps besides the heap: goroutine stacks + other runtime memory. */
export function nonHeapOf(p: Phase, otherMem: number): number {
  return p.stacks + otherMem;
}

/** Progress (ns) where the current linear piece of the live heap ends: a spike's peak, or the phase end. */
export function segmentEnd(p: Phase, progress: number): number {
  const len = phaseNs(p);
  if ((p.shape ?? 'grow') === 'spike' && progress < len / 2) return len / 2;
  return len;
}
