// step(state): advance virtual time to the runtime's next event — a trigger, gcStart, the first
// assist, the limiter turning on or off, gcMarkDone, mark termination (with the gctrace line and the
// new goal), the end of sweeping, or the program's exit. Quiet stretches (allocation between
// events, workload phase boundaries, mark sub-steps) do not end a step.
//
// runCycles(state, n): the same transitions at cycle granularity, for charts and long runs: events
// are dropped and the cycle records are appended to one private array instead of copied per cycle.
import type { StepResult } from '../core/types.ts';
import { draft, type Ctx } from './ctx.ts';
import { gcMarkTermination } from './gcMarkTermination.ts';
import { gcStart } from './gcStart.ts';
import { markAdvance } from './markPhase.ts';
import { sweepPhaseAdvance } from './sweepPhase.ts';
import type { PacerState } from './types.ts';

/** Guard against a runaway internal loop (a model bug, never valid input). */
const MAX_INTERNAL = 100_000;

function advance(c: Ctx): void {
  if (c.s.pending !== null) gcStart(c);
  else if (c.s.mark?.done) gcMarkTermination(c);
  else if (c.s.mark) markAdvance(c);
  else sweepPhaseAdvance(c);
}

function runaway(c: Ctx): never {
  throw new Error(`pacer: no progress after ${MAX_INTERNAL} internal steps at t=${c.s.now} ns`);
}

export function step(state: PacerState): StepResult<PacerState> {
  // Mark termination's second half: same instant, its own step.
  if (state.narrateNext.length > 0) return { state: { ...state, narrateNext: [] }, events: state.narrateNext };
  if (state.exited) return { state, events: [] };
  const c = draft(state);
  for (let i = 0; c.ev.length === 0; i++) {
    if (i >= MAX_INTERNAL) runaway(c);
    advance(c);
  }
  return { state: c.s, events: c.ev };
}

/** Runs until `cycles` more GC cycles have ended or the program exits; the input is not modified. */
export function runCycles(state: PacerState, cycles = Infinity): PacerState {
  if (state.exited || cycles <= 0) return state;
  const c = draft(state);
  c.s.cycles = state.cycles.slice();
  c.s.narrateNext = [];
  c.ownCycles = true;
  const target = state.numgc + cycles;
  let n = c.s.numgc;
  for (let i = 0; !c.s.exited && c.s.numgc < target; i++) {
    if (c.s.numgc !== n) {
      n = c.s.numgc;
      i = 0;
    }
    if (i >= MAX_INTERNAL) runaway(c);
    advance(c);
    c.ev.length = 0;
    if (c.s.narrateNext.length > 0) c.s.narrateNext = [];
  }
  return c.s;
}

export function isTerminal(state: PacerState): boolean {
  return state.exited;
}
