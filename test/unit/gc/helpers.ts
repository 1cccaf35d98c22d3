// Helpers for GC unit tests: stage a run move by move (by move id, through scheduleFor and
// step, the path a scenario takes) and look at what happened.
import type { SimEvent } from '../../../simulators/core/types.ts';
import { enabledMoves, init, moveId, scheduleFor, step } from '../../../simulators/gc/index.ts';
import type { GcConfig, GcState } from '../../../simulators/gc/index.ts';

/** Runs the named moves from init (each must be enabled at its turn); returns every state and the events. */
export function run(config: GcConfig, moves: readonly string[], seed = 1): { state: GcState; states: GcState[]; events: SimEvent[]; last: SimEvent[] } {
  let state = init({ ...config, schedule: scheduleFor(config, moves) }, seed);
  const states = [state];
  let events: SimEvent[] = [];
  let last: SimEvent[] = [];
  for (let i = 0; i < moves.length; i++) {
    const r = step(state);
    state = r.state;
    states.push(state);
    last = r.events;
    events = events.concat(r.events);
  }
  return { state, states, events, last };
}

export function ids(state: GcState): string[] {
  return enabledMoves(state).map(moveId);
}

export function kinds(events: readonly SimEvent[]): string[] {
  return events.map((e) => e.kind);
}

export function keys(events: readonly SimEvent[]): string[] {
  return events.map((e) => e.narration.key);
}

export function colors(s: GcState): Record<string, string> {
  return Object.fromEntries(Object.entries(s.objects).map(([n, o]) => [n, o.freed ? 'freed' : o.color]));
}

/** A one-goroutine program on heap {A → B}, global g0 = A, stack [s0 = null]. */
export function tiny(over: Partial<GcConfig> = {}, ops: GcConfig['goroutines'][number]['ops'] = []): GcConfig {
  return {
    barrier: 'hybrid-go',
    heap: { A: ['B', null], B: [null, null], C: [null, null] },
    globals: ['A'],
    goroutines: [{ stack: [null], ops }],
    ...over,
  };
}
