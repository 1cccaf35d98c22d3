// A mutable draft of a state for one step/apply, and event construction. The input state is never
// touched: nested objects that change are copied first; `cycles` is replaced, never pushed to.
import type { Actors, SimEvent, SourceRef } from '../core/types.ts';
import type { PacerState } from './types.ts';

/**
 * `ownCycles`: the draft's `cycles` array is private to this run (runCycles), so records may be
 * pushed; otherwise it is shared with the input state and replaced on append.
 */
export type Ctx = { s: PacerState; ev: SimEvent[]; ownCycles?: boolean };

export function draft(state: PacerState): Ctx {
  return {
    s: {
      ...state,
      mark: state.mark ? { ...state.mark } : null,
      limiter: { ...state.limiter },
      lastConsMark: state.lastConsMark.slice(),
    },
    ev: [],
  };
}

/** Where each modelled function lives in the Go tree. */
export const SRC = {
  test: { file: 'runtime/mgc.go', func: 'test', receiver: 't gcTrigger' },
  gcStart: { file: 'runtime/mgc.go', func: 'gcStart' },
  startCycle: { file: 'runtime/mgcpacer.go', func: 'startCycle', receiver: 'c *gcControllerState' },
  gcAssistAlloc: { file: 'runtime/mgcmark.go', func: 'gcAssistAlloc' },
  update: { file: 'runtime/mgclimit.go', func: 'update', receiver: 'l *gcCPULimiterState' },
  gcMarkDone: { file: 'runtime/mgc.go', func: 'gcMarkDone' },
  gcMarkTermination: { file: 'runtime/mgc.go', func: 'gcMarkTermination' },
  endCycle: { file: 'runtime/mgcpacer.go', func: 'endCycle', receiver: 'c *gcControllerState' },
  commit: { file: 'runtime/mgcpacer.go', func: 'commit', receiver: 'c *gcControllerState' },
  trigger: { file: 'runtime/mgcpacer.go', func: 'trigger', receiver: 'c *gcControllerState' },
  gcSweep: { file: 'runtime/mgc.go', func: 'gcSweep' },
  sweepEnd: { file: 'runtime/mgcsweep.go', func: 'end', receiver: 'a *activeSweep' },
  main: { file: 'runtime/proc.go', func: 'main' },
  setGCPercent: { file: 'runtime/mgcpacer.go', func: 'setGCPercent' },
  setMemoryLimit: { file: 'runtime/mgcpacer.go', func: 'setMemoryLimit' },
  GOMAXPROCS: { file: 'runtime/debug.go', func: 'GOMAXPROCS' },
  procresize: { file: 'runtime/proc.go', func: 'procresize' },
  GC: { file: 'runtime/mgc.go', func: 'GC' },
} as const satisfies Record<string, SourceRef>;

export type SrcName = keyof typeof SRC;

export function emit(c: Ctx, src: SrcName, key: string, params: Record<string, string | number>, actors: Actors = {}): void {
  const source: SourceRef = { ...SRC[src] };
  c.ev.push({ kind: source.func, actors, narration: { key, params }, source });
}
