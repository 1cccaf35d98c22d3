// step(): the next atomic step of one side. Which side: the config's schedule while it lasts,
// then the seeded PRNG (uniform between the sides that can still move).
import { nextInt } from '../core/prng.ts';
import type { StepResult } from '../core/types.ts';
import { draft, type Access } from './ctx.ts';
import { isFull } from './indices.ts';
import { popStep } from './TryPop.ts';
import { pushStep } from './TryPush.ts';
import { CONSUMER, PRODUCER, type Side, type SpscState } from './types.ts';

/**
 * A side that can never get past its check: the producer when the consumer has returned and
 * the ring is full, the consumer when the producer has returned and the ring is empty. It would
 * spin forever, so it is not scheduled (and the run ends). Only judged at the start of a call,
 * so a call in progress finishes first. A cached index never shows more room than memory does.
 */
export function stuck(s: SpscState, side: Side): boolean {
  if (side === 'producer') return s.consumer.pc === 'done' && s.producer.pc === 'load' && isFull(s.config, s.tail, s.head);
  return s.producer.pc === 'done' && s.consumer.pc === 'load' && s.head === s.tail;
}

export function canRun(s: SpscState, side: Side): boolean {
  return s[side].pc !== 'done' && !stuck(s, side);
}

export function isTerminal(s: SpscState): boolean {
  return !canRun(s, 'producer') && !canRun(s, 'consumer');
}

/** One atomic step of `side` (which must be able to run). */
export function runSide(state: SpscState, side: Side, opts: { model?: boolean; sink?: Access[] | null } = {}): StepResult<SpscState> {
  const c = draft(state, opts.model ?? true, opts.sink ?? null);
  c.pc = state[side].pc;
  c.retry = state[side].retries > 0;
  if (side === 'producer') pushStep(c);
  else popStep(c);
  c.s.steps = state.steps + 1;
  return { state: c.s, events: c.ev };
}

/** Which side moves next, and the state after using up the schedule entry or PRNG draw. */
export function pickSide(s: SpscState): { side: Side; rng: number; schedPos: number } | null {
  const p = canRun(s, 'producer');
  const q = canRun(s, 'consumer');
  if (!p && !q) return null;
  const sched = s.config.schedule;
  if (sched && s.schedPos < sched.length) {
    const want = sched[s.schedPos] === CONSUMER ? 'consumer' : 'producer';
    // An entry naming a side that cannot move is given to the other side (explore never emits one).
    const side: Side = (want === 'producer' ? p : q) ? want : want === 'producer' ? 'consumer' : 'producer';
    return { side, rng: s.rng, schedPos: s.schedPos + 1 };
  }
  if (p && q) {
    const [r, rng] = nextInt(s.rng, 2);
    return { side: r === PRODUCER ? 'producer' : 'consumer', rng, schedPos: s.schedPos };
  }
  return { side: p ? 'producer' : 'consumer', rng: s.rng, schedPos: s.schedPos };
}

/** step(), reporting the side that moved and (with a sink) every memory access it made. */
export function stepTraced(state: SpscState, sink: Access[] | null): StepResult<SpscState> & { side: Side | null } {
  const pick = pickSide(state);
  if (!pick) return { state, events: [], side: null };
  const r = runSide(state, pick.side, { sink });
  r.state.rng = pick.rng;
  r.state.schedPos = pick.schedPos;
  return { ...r, side: pick.side };
}

export function step(state: SpscState): StepResult<SpscState> {
  const { state: s, events } = stepTraced(state, null);
  return { state: s, events };
}
