// valibot schemas for GC configs and reader actions (used by init, apply and the URL codec),
// plus the checks a schema cannot express: every name an object, every ref inside the program.
import * as v from 'valibot';
import { refProblem } from './ref.ts';
import type { GcAction, GcConfig } from './types.ts';

export const LIMITS = {
  maxObjects: 2000,
  maxFields: 8,
  maxGoroutines: 16,
  maxStack: 32,
  maxGlobals: 64,
  maxOps: 5000,
  maxSchedule: 200_000,
  maxName: 32,
} as const;

const NAME_RE = /^[A-Za-z0-9_'#-]+$/;
const Name = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxName), v.regex(NAME_RE), v.check((s) => s !== 'nil' && s !== '__proto__', 'reserved name'));
const Slot = v.nullable(Name);
const RefS = v.pipe(v.string(), v.maxLength(64));
const Line = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)));

const OpSchema = v.variant('op', [
  v.object({ op: v.literal('write'), dst: RefS, src: RefS, line: Line }),
  v.object({ op: v.literal('new'), dst: RefS, line: Line }),
]);

const GoroutineSchema = v.object({
  stack: v.pipe(v.array(Slot), v.maxLength(LIMITS.maxStack)),
  ops: v.pipe(v.array(OpSchema), v.maxLength(LIMITS.maxOps)),
});

/** valibot's record drops a "__proto__" key silently; refuse it on the raw input instead. */
function noProtoKey(x: unknown): boolean {
  const heap = x !== null && typeof x === 'object' ? (x as { heap?: unknown }).heap : undefined;
  return !(heap !== null && typeof heap === 'object' && Object.prototype.hasOwnProperty.call(heap, '__proto__'));
}

export const GcConfigSchema: v.GenericSchema<GcConfig> = v.pipe(
  v.unknown(),
  v.check(noProtoKey, '"__proto__" is a reserved name'),
  v.object({
    barrier: v.picklist(['none', 'dijkstra', 'yuasa', 'hybrid', 'hybrid-go']),
    rescanStacks: v.optional(v.boolean()),
    stackBeforeHeap: v.optional(v.boolean()),
    allocBlack: v.optional(v.boolean()),
    fields: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.maxFields))),
    heap: v.pipe(
      v.record(Name, v.pipe(v.array(Slot), v.maxLength(LIMITS.maxFields))),
      v.check((h) => Object.keys(h).length <= LIMITS.maxObjects, `at most ${LIMITS.maxObjects} objects`),
    ),
    globals: v.pipe(v.array(Slot), v.maxLength(LIMITS.maxGlobals)),
    goroutines: v.pipe(v.array(GoroutineSchema), v.maxLength(LIMITS.maxGoroutines)),
    schedule: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000))), v.maxLength(LIMITS.maxSchedule))),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = configProblem(dataset.value as GcConfig);
    if (problem) addIssue({ message: problem });
  }),
) as v.GenericSchema<GcConfig>;

export const GcActionSchema: v.GenericSchema<GcAction> = v.variant('type', [
  v.object({ type: v.literal('write'), g: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxGoroutines - 1)), dst: RefS, src: RefS }),
  v.object({ type: v.literal('new'), g: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxGoroutines - 1)), dst: RefS }),
]) as v.GenericSchema<GcAction>;

/** What is wrong with a config that has the right shape: dangling names, refs out of range. */
export function configProblem(c: GcConfig): string | null {
  const fields = c.fields ?? 2;
  const has = (n: string | null) => n === null || Object.prototype.hasOwnProperty.call(c.heap, n);
  for (const [name, fs] of Object.entries(c.heap)) {
    if (fs.length > fields) return `${name} has ${fs.length} fields (objects have ${fields})`;
    for (const f of fs) if (!has(f)) return `${name} points to unknown object ${f}`;
  }
  for (const gl of c.globals) if (!has(gl)) return `a global points to unknown object ${gl}`;
  for (const [i, g] of c.goroutines.entries()) {
    for (const p of g.stack) if (!has(p)) return `goroutine ${i}'s stack points to unknown object ${p}`;
    for (const op of g.ops) {
      const d = refProblem(op.dst, g.stack.length, c.globals.length, fields, true);
      if (d) return `goroutine ${i}: ${d}`;
      if (op.op === 'write') {
        const s = refProblem(op.src, g.stack.length, c.globals.length, fields, false);
        if (s) return `goroutine ${i}: ${s}`;
      }
    }
  }
  return null;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const i = issues[0];
  if (!i) return 'invalid';
  const path = v.getDotPath(i);
  return path ? `${path}: ${i.message}` : i.message;
}

export function validateConfig(config: unknown): Checked<GcConfig> {
  const r = v.safeParse(GcConfigSchema, config);
  return r.success ? { ok: true, value: config as GcConfig } : { ok: false, message: firstIssue(r.issues) };
}

export function validateAction(action: unknown): Checked<GcAction> {
  const r = v.safeParse(GcActionSchema, action);
  return r.success ? { ok: true, value: action as GcAction } : { ok: false, message: firstIssue(r.issues) };
}
