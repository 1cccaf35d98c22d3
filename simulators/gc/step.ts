// step(state): one atomic move of one actor. With entries left in config.schedule the next
// entry picks the move (an index into enabledMoves, taken modulo its length so any number is
// valid); otherwise the seeded PRNG picks an actor — the collector or one runnable goroutine,
// uniformly — and then one of that actor's moves, uniformly. Picking by actor first keeps the
// mutators running while the collector has hundreds of grey objects to choose from.
import { nextInt } from '../core/prng.ts';
import type { StepResult } from '../core/types.ts';
import { draft, wG, type Ctx } from './ctx.ts';
import { gcMarkDone } from './gcMarkDone.ts';
import { gcMarkTermination } from './gcMarkTermination.ts';
import { gcStart } from './gcStart.ts';
import { markroot } from './markroot.ts';
import { collectorMoveAt, collectorMoveCount, enabledMoves, isTerminal, runnable } from './moves.ts';
import { runOp } from './mutator.ts';
import { scanobject } from './scanobject.ts';
import { sweepone } from './sweepone.ts';
import type { GcState, Move } from './types.ts';

/** The name mallocgc gives the object allocated by goroutine g's statement pc. */
export function allocName(g: number, pc: number): string {
  return `n${g}_${pc}`;
}

export function doMove(c: Ctx, m: Move): void {
  if (m.actor === 'g') {
    const g = c.s.goroutines[m.g]!;
    const op = c.s.config.goroutines[m.g]!.ops[g.pc];
    if (!op) throw new Error(`gc: goroutine ${m.g} has no statement left`);
    runOp(c, m.g, op, allocName(m.g, g.pc));
    wG(c, m.g).pc++;
  } else {
    switch (m.kind) {
      case 'gcStart':
        gcStart(c);
        break;
      case 'markroot':
        markroot(c, m.root);
        break;
      case 'scanobject':
        scanobject(c, m.obj);
        break;
      case 'gcMarkDone':
        gcMarkDone(c);
        break;
      case 'gcMarkTermination':
        gcMarkTermination(c);
        break;
      case 'sweep':
        sweepone(c);
        break;
    }
  }
  c.s.steps++;
}

/** The state after `m`, without building events (explore's fast path). */
export function applyMove(state: GcState, m: Move): GcState {
  const c = draft(state, true);
  doMove(c, m);
  return c.s;
}

function pick(s: GcState): { move: Move; prng: number; schedPos: number } {
  const sched = s.config.schedule;
  if (s.schedPos < sched.length) {
    const moves = enabledMoves(s);
    const k = sched[s.schedPos]! % moves.length;
    return { move: moves[k]!, prng: s.prng, schedPos: s.schedPos + 1 };
  }
  const gc = collectorMoveCount(s);
  const gs = runnable(s);
  const actors = (gc > 0 ? 1 : 0) + gs.length;
  let [a, prng] = nextInt(s.prng, actors);
  if (gc > 0) {
    if (a === 0) {
      let k = 0;
      if (gc > 1) [k, prng] = nextInt(prng, gc);
      return { move: collectorMoveAt(s, k), prng, schedPos: s.schedPos };
    }
    a--;
  }
  return { move: { actor: 'g', g: gs[a]! }, prng, schedPos: s.schedPos };
}

export function step(state: GcState): StepResult<GcState> {
  if (isTerminal(state)) return { state, events: [] };
  const { move, prng, schedPos } = pick(state);
  const c = draft(state);
  c.s.prng = prng;
  c.s.schedPos = schedPos;
  doMove(c, move);
  return { state: c.s, events: c.ev! };
}

export { isTerminal };
