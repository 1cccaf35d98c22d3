// valibot schemas for GMP configs and reader actions (used by init, apply and the URL codec).
import * as v from 'valibot';
import type { GmpAction, GmpConfig, Op } from './types.ts';

export const LIMITS = {
  maxProcs: 256,
  /** Longest compute/syscall/sleep, in µs (1,000 s). */
  maxUs: 1e9,
  maxOpsPerBody: 20_000,
  maxTotalOps: 200_000,
  maxGoDepth: 16,
  maxChannels: 64,
  maxChanCap: 1_000_000,
  maxChanName: 64,
  /** Reader-spawned goroutines and go statements together. */
  maxGoroutines: 100_000,
} as const;

const Us = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(LIMITS.maxUs));
const Line = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)));
const ChanName = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxChanName));

const OpSchema: v.GenericSchema<Op> = v.variant('op', [
  v.object({ op: v.literal('compute'), us: Us, line: Line }),
  v.object({ op: v.literal('go'), body: v.lazy(() => BodySchema), line: Line }),
  v.object({ op: v.literal('send'), ch: ChanName, line: Line }),
  v.object({ op: v.literal('recv'), ch: ChanName, line: Line }),
  v.object({ op: v.literal('syscall'), us: Us, line: Line }),
  v.object({ op: v.literal('sleep'), us: Us, line: Line }),
  v.object({ op: v.literal('gosched'), line: Line }),
]) as v.GenericSchema<Op>;

const BodySchema: v.GenericSchema<Op[]> = v.pipe(v.array(OpSchema), v.maxLength(LIMITS.maxOpsPerBody));

export const GmpConfigSchema: v.GenericSchema<GmpConfig> = v.pipe(
  v.object({
    gomaxprocs: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.maxProcs)),
    main: BodySchema,
    channels: v.optional(
      v.pipe(
        v.record(ChanName, v.object({ cap: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxChanCap)) })),
        v.check((r) => Object.keys(r).length <= LIMITS.maxChannels, `at most ${LIMITS.maxChannels} channels`),
      ),
    ),
  }),
  v.check((c) => bodyWithinLimits(c.main), `programs may nest go statements ${LIMITS.maxGoDepth} deep and hold ${LIMITS.maxTotalOps} ops`),
) as v.GenericSchema<GmpConfig>;

export const GmpActionSchema: v.GenericSchema<GmpAction> = v.variant('type', [
  v.object({
    type: v.literal('spawn'),
    p: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxProcs - 1)),
    body: v.optional(v.pipe(BodySchema, v.check((b) => bodyWithinLimits(b), 'body too large or too deeply nested'))),
  }),
  v.object({
    type: v.literal('setGomaxprocs'),
    n: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.maxProcs)),
  }),
]) as v.GenericSchema<GmpAction>;

/** Depth and total size of a program, without recursion (so hostile input cannot overflow the stack). */
function bodyWithinLimits(body: readonly Op[]): boolean {
  const stack: { ops: readonly Op[]; depth: number }[] = [{ ops: body, depth: 1 }];
  let total = 0;
  while (stack.length > 0) {
    const { ops, depth } = stack.pop()!;
    if (depth > LIMITS.maxGoDepth) return false;
    total += ops.length;
    if (total > LIMITS.maxTotalOps) return false;
    for (const op of ops) if (op.op === 'go') stack.push({ ops: op.body, depth: depth + 1 });
  }
  return true;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const i = issues[0];
  if (!i) return 'invalid';
  const path = v.getDotPath(i);
  return path ? `${path}: ${i.message}` : i.message;
}

export function validateConfig(config: unknown): Checked<GmpConfig> {
  // Nesting is checked before valibot walks the recursive schema.
  if (tooDeep(config, LIMITS.maxGoDepth * 3 + 4)) return { ok: false, message: 'config nested too deeply' };
  const r = v.safeParse(GmpConfigSchema, config);
  return r.success ? { ok: true, value: config as GmpConfig } : { ok: false, message: firstIssue(r.issues) };
}

export function validateAction(action: unknown): Checked<GmpAction> {
  if (tooDeep(action, LIMITS.maxGoDepth * 3 + 4)) return { ok: false, message: 'action nested too deeply' };
  const r = v.safeParse(GmpActionSchema, action);
  return r.success ? { ok: true, value: action as GmpAction } : { ok: false, message: firstIssue(r.issues) };
}

/** Iterative nesting depth check over plain JSON-like data. */
function tooDeep(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let seen = 0;
  while (stack.length > 0) {
    const [x, d] = stack.pop()!;
    if (d > max) return true;
    if (++seen > 1_000_000) return true;
    if (x !== null && typeof x === 'object') {
      for (const k of Object.keys(x)) stack.push([(x as Record<string, unknown>)[k], d + 1]);
    }
  }
  return false;
}
