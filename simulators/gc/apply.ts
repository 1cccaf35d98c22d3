// apply(state, action): a reader's intervention — goroutine g runs one extra statement now,
// through the same barrier as its own statements. Input it refuses (bad shape, unknown
// goroutine, a ref outside the program, a nil dereference, the world stopped) leaves the
// state unchanged and yields one 'invalidAction' event saying why. apply never throws on input.
import type { SimEvent, StepResult } from '../core/types.ts';
import { draft } from './ctx.ts';
import { runOp } from './mutator.ts';
import { readRef, refProblem, resolveDst } from './ref.ts';
import { validateAction } from './schema.ts';
import type { GcOp, GcState } from './types.ts';

function invalid(state: GcState, reason: string, detail: string): StepResult<GcState> {
  const e: SimEvent = {
    kind: 'invalidAction',
    actors: {},
    narration: { key: 'gc.invalidAction', params: { reason, detail } },
    source: { file: 'runtime/mbarrier.go', func: 'writePointer' },
  };
  return { state, events: [e] };
}

export function apply(state: GcState, action: unknown): StepResult<GcState> {
  const checked = validateAction(action);
  if (!checked.ok) return invalid(state, 'schema', checked.message);
  const a = checked.value;
  const g = state.goroutines[a.g];
  if (!g) return invalid(state, 'no-such-goroutine', `G${a.g + 1}`);
  if (state.phase === 'marktermination') return invalid(state, 'world-stopped', '');
  const f = state.config.fields;
  const dp = refProblem(a.dst, g.stack.length, state.globals.length, f, true);
  if (dp) return invalid(state, 'bad-ref', dp);
  if (a.type === 'write') {
    const sp = refProblem(a.src, g.stack.length, state.globals.length, f, false);
    if (sp) return invalid(state, 'bad-ref', sp);
    const v = readRef(state, a.g, a.src);
    if (!v.ok) return invalid(state, 'nil-deref', v.nilAt);
  }
  const d = resolveDst(state, a.g, a.dst);
  if (!d.ok) return invalid(state, 'nil-deref', d.nilAt);
  const op: GcOp = a.type === 'write' ? { op: 'write', dst: a.dst, src: a.src } : { op: 'new', dst: a.dst };
  const c = draft(state);
  runOp(c, a.g, op, `r${state.applied}`);
  c.s.applied++;
  return { state: c.s, events: c.ev! };
}
