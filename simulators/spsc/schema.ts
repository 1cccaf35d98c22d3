// valibot schemas for SPSC configs and reader actions (init, apply and the URL codec use them).
import * as v from 'valibot';
import type { SpscAction, SpscConfig, SpscSettings } from './types.ts';

export const LIMITS = {
  minCapacity: 2,
  maxCapacity: 1024,
  /** Values pushed (the streaming scenario pushes 100,000). */
  maxValues: 100_000,
  maxPops: 100_000,
  /** Same cap as the URL codec's step. */
  maxSchedule: 1_000_000,
  /**
   * Highest startIndex for 64-bit indices. JS numbers are exact integers up to 2^53; a run adds at
   * most maxValues to an index, so every index of every run stays exact. Beyond 2^53 the model
   * would silently round, so it refuses instead (the real uint64 goes on to 2^64).
   */
  maxStartIndex64: 2 ** 53 - 2 ** 20,
} as const;

const Int = v.pipe(v.number(), v.integer());
const Value = v.pipe(v.number(), v.safeInteger());

export const SpscConfigSchema: v.GenericSchema<SpscConfig> = v.pipe(
  v.object({
    capacity: v.pipe(
      Int,
      v.minValue(LIMITS.minCapacity),
      v.maxValue(LIMITS.maxCapacity),
      v.check((n) => (n & (n - 1)) === 0, 'capacity must be a power of two'),
    ),
    scheme: v.picklist(['free-running', 'one-slack']),
    publish: v.picklist(['after-write', 'before-write']),
    cachedIndices: v.optional(v.boolean()),
    padding: v.optional(v.picklist([0, 64, 128])),
    producer: v.pipe(v.array(Value), v.maxLength(LIMITS.maxValues)),
    pops: v.pipe(Int, v.minValue(0), v.maxValue(LIMITS.maxPops)),
    schedule: v.optional(v.pipe(v.array(v.picklist([0, 1])), v.maxLength(LIMITS.maxSchedule))),
    indexBits: v.optional(v.picklist([32, 64])),
    startIndex: v.optional(v.pipe(Int, v.minValue(0), v.maxValue(LIMITS.maxStartIndex64))),
  }),
  v.check((c) => (c.indexBits === 32 ? (c.startIndex ?? 0) < 2 ** 32 : true), 'startIndex must fit in 32 bits when indexBits is 32'),
  v.check((c) => c.scheme === 'free-running' || (c.startIndex ?? 0) === 0, 'startIndex applies to the free-running scheme only'),
) as v.GenericSchema<SpscConfig>;

const SideSchema = v.picklist(['producer', 'consumer']);

export const SpscActionSchema: v.GenericSchema<SpscAction> = v.variant('type', [
  v.object({ type: v.literal('run'), side: SideSchema }),
  v.object({ type: v.literal('call'), side: SideSchema }),
]) as v.GenericSchema<SpscAction>;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const i = issues[0];
  if (!i) return 'invalid';
  const path = v.getDotPath(i);
  return path ? `${path}: ${i.message}` : i.message;
}

export function validateConfig(config: unknown): Checked<SpscConfig> {
  const r = v.safeParse(SpscConfigSchema, config);
  return r.success ? { ok: true, value: config as SpscConfig } : { ok: false, message: firstIssue(r.issues) };
}

export function validateAction(action: unknown): Checked<SpscAction> {
  const r = v.safeParse(SpscActionSchema, action);
  return r.success ? { ok: true, value: action as SpscAction } : { ok: false, message: firstIssue(r.issues) };
}

/** The config with its defaults: the chapter's ring (cached indices, 128 bytes of padding, uint64 indices). */
export function settings(c: SpscConfig): SpscSettings {
  return {
    capacity: c.capacity,
    scheme: c.scheme,
    publish: c.publish,
    cachedIndices: c.cachedIndices ?? true,
    padding: c.padding ?? 128,
    producer: c.producer,
    pops: c.pops,
    schedule: c.schedule ?? null,
    indexBits: c.indexBits ?? 64,
    startIndex: c.startIndex ?? 0,
  };
}
