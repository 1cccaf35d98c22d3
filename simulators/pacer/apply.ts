// apply(state, action): a reader's intervention. Refused input leaves the state alone and returns
// one 'invalidAction' event saying why; apply never throws on input.
import type { SimEvent, StepResult } from '../core/types.ts';
import { commit } from './commit.ts';
import { draft, emit, SRC, type SrcName } from './ctx.ts';
import { procresize } from './gcMarkTermination.ts';
import { heapMinimum } from './heapGoal.ts';
import { validateAction } from './schema.ts';
import type { PacerState } from './types.ts';

const FUNC_OF: Record<string, SrcName> = {
  setGogc: 'setGCPercent',
  setMemoryLimit: 'setMemoryLimit',
  setGomaxprocs: 'GOMAXPROCS',
  forceGC: 'GC',
};

function invalid(state: PacerState, reason: string, detail: string, src: SrcName): StepResult<PacerState> {
  const source = { ...SRC[src] };
  const e: SimEvent = { kind: 'invalidAction', actors: {}, narration: { key: 'pacer.invalidAction', params: { reason, detail } }, source };
  return { state, events: [e] };
}

export function apply(state: PacerState, action: unknown): StepResult<PacerState> {
  const type = action !== null && typeof action === 'object' ? (action as { type?: unknown }).type : undefined;
  const src: SrcName = (typeof type === 'string' && Object.prototype.hasOwnProperty.call(FUNC_OF, type) ? FUNC_OF[type] : undefined) ?? 'setGCPercent';
  const checked = validateAction(action);
  if (!checked.ok) return invalid(state, 'schema', checked.message, src);
  if (state.exited) return invalid(state, 'exited', '', src);
  const a = checked.value;
  const c = draft(state);
  const s = c.s;
  // What mark termination still had to tell happened first; it leads this step's caption.
  if (s.narrateNext.length > 0) {
    c.ev.push(...s.narrateNext);
    s.narrateNext = [];
  }
  switch (a.type) {
    case 'setGogc': {
      const old = s.gcPercent;
      s.gcPercent = a.value < 0 ? -1 : a.value;
      emit(c, 'setGCPercent', 'pacer.setGCPercent', { old, value: s.gcPercent, heapMin: s.gcPercent < 0 ? -1 : heapMinimum(s.gcPercent) });
      commit(c, s.sweepDone);
      break;
    }
    case 'setMemoryLimit': {
      const old = s.memoryLimit ?? -1;
      s.memoryLimit = a.bytes;
      emit(c, 'setMemoryLimit', 'pacer.setMemoryLimit', { old, bytes: a.bytes ?? -1 });
      if (old !== (a.bytes ?? -1)) commit(c, s.sweepDone);
      break;
    }
    case 'setGomaxprocs': {
      if (s.mark) {
        // GOMAXPROCS stops the world with stopTheWorldGC, which waits for the cycle to release gcsema.
        s.pendingProcs = a.n;
        emit(c, 'GOMAXPROCS', 'pacer.gomaxprocs.wait', { n: a.n, gc: s.mark.n });
      } else {
        emit(c, 'GOMAXPROCS', 'pacer.gomaxprocs', { old: s.gomaxprocs, n: a.n });
        if (a.n !== s.gomaxprocs) procresize(c, a.n);
      }
      break;
    }
    case 'forceGC': {
      if (s.mark) {
        s.forceAfter = true;
        emit(c, 'GC', 'pacer.GC.wait', { gc: s.mark.n, n: s.mark.n + 1 });
      } else if (s.pending !== null) {
        emit(c, 'GC', 'pacer.GC.pending', { n: s.numgc + 1 });
        s.pending = 'cycle';
      } else {
        s.pending = 'cycle';
        emit(c, 'GC', 'pacer.GC', { n: s.numgc + 1 });
      }
      break;
    }
  }
  return { state: s, events: c.ev };
}
