// Reader interventions: drive one side by hand (a side that can only spin may still be run, to
// watch it spin). Anything else is refused with a reason; apply never throws on bad input.
import type { SimEvent, StepResult } from '../core/types.ts';
import type { Access } from './ctx.ts';
import { RING_FILE } from './ring-source.ts';
import { validateAction } from './schema.ts';
import { runSide } from './step.ts';
import type { Side, SpscAction, SpscState } from './types.ts';

function refuse(state: SpscState, reason: string, side = ''): StepResult<SpscState> {
  const ev: SimEvent = {
    kind: 'invalidAction',
    actors: side ? { side: [side] } : {},
    narration: { key: 'spsc.invalidAction', params: { reason, side } },
    source: { file: RING_FILE, func: side === 'consumer' ? 'TryPop' : 'TryPush', receiver: 'r *Ring[T]' },
  };
  return { state, events: [ev] };
}

/** Longest call: load, remote, write/read, clear, store. */
const MAX_CALL_STEPS = 8;

export function apply(state: SpscState, action: SpscAction): StepResult<SpscState> {
  return applyTraced(state, action, null);
}

/** apply(), recording every memory access of the steps it runs (race.ts). */
export function applyTraced(state: SpscState, action: unknown, sink: Access[] | null): StepResult<SpscState> {
  const valid = validateAction(action);
  if (!valid.ok) return refuse(state, 'unknown');
  const a = valid.value;
  const side: Side = a.side;
  if (state[side].pc === 'done') return refuse(state, 'done', side);
  if (a.type === 'run') return runSide(state, side, { sink });
  // 'call': until TryPush/TryPop returns, i.e. the side is back at the start of a call (or done).
  let s = state;
  const events: SimEvent[] = [];
  for (let i = 0; i < MAX_CALL_STEPS; i++) {
    const r = runSide(s, side, { sink });
    s = r.state;
    events.push(...r.events);
    if (s[side].pc === 'load' || s[side].pc === 'done') break;
  }
  return { state: s, events };
}
