// step(state): advance virtual time to the runtime's next event — a trigger, gcStart, the first
// assist, the limiter turning on or off, gcMarkDone, mark termination (with the gctrace line and the
// new goal), the end of sweeping, or the program's exit. Quiet stretches (allocation between
// events, workload phase boundaries, mark sub-steps) do not end a step.
import type { StepResult } from '../core/types.ts';
import { draft } from './ctx.ts';
import { gcMarkTermination } from './gcMarkTermination.ts';
import { gcStart } from './gcStart.ts';
import { markAdvance } from './markPhase.ts';
import { sweepPhaseAdvance } from './sweepPhase.ts';
import type { PacerState } from './types.ts';

/** Guard against a runaway internal loop (a model bug, never valid input). */
const MAX_INTERNAL = 100_000;

export function step(state: PacerState): StepResult<PacerState> {
  if (state.exited) return { state, events: [] };
  const c = draft(state);
  for (let i = 0; c.ev.length === 0; i++) {
    if (i >= MAX_INTERNAL) throw new Error(`pacer: no event after ${MAX_INTERNAL} internal steps at t=${c.s.now} ns`);
    if (c.s.pending !== null) gcStart(c);
    else if (c.s.mark?.done) gcMarkTermination(c);
    else if (c.s.mark) markAdvance(c);
    else sweepPhaseAdvance(c);
  }
  return { state: c.s, events: c.ev };
}

export function isTerminal(state: PacerState): boolean {
  return state.exited;
}
