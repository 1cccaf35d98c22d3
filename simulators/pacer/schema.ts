// valibot schemas for pacer configs and reader actions (init, apply and the URL codec's `cfg=`).
// Limits keep every byte figure below 2^53 so Go's integer arithmetic is reproduced exactly.
import * as v from 'valibot';
import { MiB } from './constants.ts';
import type { PacerAction, PacerConfig, Phase } from './types.ts';
import { WORKLOAD_IDS } from './workload.ts';

const GiB = 1024 * MiB;
export const LIMITS = {
  /** GOGC from off (-1) to 10000 (the GC guide's log slider tops out at 1024 = off). */
  minGogc: -1,
  maxGogc: 10_000,
  minMemoryLimit: 1 * MiB,
  maxMemoryLimit: 1024 * GiB,
  maxProcs: 256,
  minScanRate: 1 * MiB,
  maxScanRate: 64 * GiB,
  maxOtherMem: 16 * GiB,
  maxPhases: 32,
  /** Seconds per phase and for the whole workload (an hour). */
  maxPhaseSeconds: 3600,
  maxTotalSeconds: 3600,
  minPhaseSeconds: 0.001,
  maxAllocRate: 16 * GiB,
  maxLive: 64 * GiB,
  maxStacks: 4 * GiB,
  maxGlobals: 4 * GiB,
} as const;

const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const num = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));

export const PhaseSchema = v.object({
  duration: num(LIMITS.minPhaseSeconds, LIMITS.maxPhaseSeconds),
  allocRate: num(0, LIMITS.maxAllocRate),
  live: num(0, LIMITS.maxLive),
  liveEnd: v.optional(num(0, LIMITS.maxLive)),
  shape: v.optional(v.picklist(['constant', 'grow', 'spike'])),
  stacks: num(0, LIMITS.maxStacks),
  globals: num(0, LIMITS.maxGlobals),
  line: v.optional(int(1, 100_000)),
});

const MemoryLimit = v.nullable(int(LIMITS.minMemoryLimit, LIMITS.maxMemoryLimit));

export const PacerConfigSchema: v.GenericSchema<PacerConfig> = v.object({
  gogc: int(LIMITS.minGogc, LIMITS.maxGogc),
  memoryLimit: MemoryLimit,
  gomaxprocs: int(1, LIMITS.maxProcs),
  scanRate: v.optional(num(LIMITS.minScanRate, LIMITS.maxScanRate)),
  otherMem: v.optional(num(0, LIMITS.maxOtherMem)),
  workload: v.union([
    v.picklist(WORKLOAD_IDS),
    v.pipe(
      v.array(PhaseSchema),
      v.minLength(1),
      v.maxLength(LIMITS.maxPhases),
      v.check((ps) => ps.reduce((a, p) => a + p.duration, 0) <= LIMITS.maxTotalSeconds, `a workload lasts at most ${LIMITS.maxTotalSeconds} s`),
    ),
  ]),
}) as v.GenericSchema<PacerConfig>;

export const PacerActionSchema: v.GenericSchema<PacerAction> = v.variant('type', [
  v.object({ type: v.literal('setGogc'), value: int(LIMITS.minGogc, LIMITS.maxGogc) }),
  v.object({ type: v.literal('setMemoryLimit'), bytes: MemoryLimit }),
  v.object({ type: v.literal('setGomaxprocs'), n: int(1, LIMITS.maxProcs) }),
  v.object({ type: v.literal('forceGC') }),
]) as v.GenericSchema<PacerAction>;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const i = issues[0];
  if (!i) return 'invalid';
  const path = v.getDotPath(i);
  return path ? `${path}: ${i.message}` : i.message;
}

export function validateConfig(config: unknown): Checked<PacerConfig> {
  const r = v.safeParse(PacerConfigSchema, config);
  return r.success ? { ok: true, value: r.output } : { ok: false, message: firstIssue(r.issues) };
}

export function validateAction(action: unknown): Checked<PacerAction> {
  const r = v.safeParse(PacerActionSchema, action);
  return r.success ? { ok: true, value: r.output } : { ok: false, message: firstIssue(r.issues) };
}

export type { Phase };
