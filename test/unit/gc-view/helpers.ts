// States for the GC view tests, made by the engine itself (init + step, following a scenario's schedule).
import type { SimEvent } from '../../../simulators/core/types.ts';
import { init, isTerminal, scenarioById, step } from '../../../simulators/gc/index.ts';
import type { GcConfig, GcState } from '../../../simulators/gc/types.ts';

export type Frame = { state: GcState; events: SimEvent[] };

/** Every state of a run (with the events that produced it), from init to the end or `max` steps. */
export function frames(config: GcConfig, seed = 1, max = 5_000): Frame[] {
  let state = init(config, seed);
  const out: Frame[] = [{ state, events: [] }];
  for (let i = 0; i < max && !isTerminal(state); i++) {
    const r = step(state);
    state = r.state;
    out.push({ state, events: r.events });
  }
  return out;
}

export function scenario(id: string) {
  const sc = scenarioById(id);
  if (!sc) throw new Error(`no scenario ${id}`);
  return sc;
}

/** The state after `n` steps of scenario `id`, with the last step's events. */
export function at(id: string, n: number): Frame {
  const sc = scenario(id);
  return frames(sc.config, sc.seed, n)[n]!;
}

/** The last frame of scenario `id`'s run. */
export function end(id: string): Frame {
  const sc = scenario(id);
  const f = frames(sc.config, sc.seed);
  return f[f.length - 1]!;
}
