// apply(state, action): reader interventions. Invalid actions leave the state unchanged and
// return one 'invalidAction' event saying why; apply never throws.
import type { SimEvent, StepResult } from '../core/types.ts';
import { draft, emit, mOf, pOf, wM } from './ctx.ts';
import { compileBody } from './init.ts';
import { newproc1 } from './newproc.ts';
import { pidleremove } from './pidle.ts';
import { procresize } from './procresize.ts';
import { runqput } from './runqput.ts';
import { wakeSysmonIfNeeded } from './step.ts';
import { LIMITS, validateAction } from './schema.ts';
import type { GmpState, Op } from './types.ts';
import { resetspinning, startm, wakep } from './wakep.ts';

/** What a reader-spawned goroutine does when no body is given: 200 µs of work. */
export const DEFAULT_SPAWN_BODY: Op[] = [{ op: 'compute', us: 200 }];

function invalid(state: GmpState, reason: string, detail: string, func: string, file = 'runtime/proc.go'): StepResult<GmpState> {
  const e: SimEvent = {
    kind: 'invalidAction',
    actors: {},
    narration: { key: 'gmp.invalidAction', params: { reason, detail, func } },
    source: { file, func },
  };
  return { state, events: [e] };
}

export function apply(state: GmpState, action: unknown): StepResult<GmpState> {
  try {
    return applyUnsafe(state, action);
  } catch (e) {
    return invalid(state, 'internal', String(e).slice(0, 200), 'newproc');
  }
}

function applyUnsafe(state: GmpState, action: unknown): StepResult<GmpState> {
  const type = action !== null && typeof action === 'object' ? (action as { type?: unknown }).type : undefined;
  const func = type === 'setGomaxprocs' ? 'GOMAXPROCS' : 'newproc';
  const file = type === 'setGomaxprocs' ? 'runtime/debug.go' : 'runtime/proc.go';
  const checked = validateAction(action);
  if (!checked.ok) return invalid(state, 'schema', checked.message, func, file);
  if (state.halted !== null) return invalid(state, 'halted', state.halted, func, file);
  const a = checked.value;

  if (a.type === 'spawn') {
    if (a.p >= state.gomaxprocs) return invalid(state, 'no-such-p', `P${a.p} (GOMAXPROCS=${state.gomaxprocs})`, func, file);
    if (state.sched.goidgen > LIMITS.maxGoroutines) return invalid(state, 'too-many-goroutines', String(LIMITS.maxGoroutines), func, file);
    const c = draft(state);
    c.s.prog = c.s.prog.slice();
    const code = compileBody(a.body ?? DEFAULT_SPAWN_BODY, c.s.prog);
    const gid = newproc1(c, code, 0);
    const pid = a.p;
    emit(c, 'newproc', { g: [gid], p: [pid] }, { g: gid, p: pid }, { key: 'gmp.newproc.reader' });
    const wasIdle = pOf(c, pid).status === 'idle';
    runqput(c, pid, gid, true);
    if (wasIdle) {
      // An idle P that now has work needs an M (as handoffp/injectglist would do).
      pidleremove(c, pid);
      startm(c, pid, false);
    } else {
      const mid = pOf(c, pid).m;
      if (mid !== null && mOf(c, mid).spinning) {
        // A spinning M must own an empty queue: it has found work.
        const m = wM(c, mid);
        m.phase = 'sched';
        m.when = c.s.now;
        m.backoff = null;
        resetspinning(c, mid);
      }
    }
    wakep(c);
    wakeSysmonIfNeeded(c);
    return { state: c.s, events: c.ev };
  }

  // setGomaxprocs
  if (a.n === state.gomaxprocs) {
    const e: SimEvent = {
      kind: 'procresize',
      actors: {},
      narration: { key: 'gmp.procresize.same', params: { n: a.n } },
      source: { file: 'runtime/debug.go', func: 'GOMAXPROCS' },
    };
    return { state, events: [e] };
  }
  const c = draft(state);
  procresize(c, a.n);
  wakeSysmonIfNeeded(c);
  return { state: c.s, events: c.ev };
}
