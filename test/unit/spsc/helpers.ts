// Small drivers for the SPSC engine tests.
import { apply, init, isTerminal, step, type Side, type SpscConfig, type SpscState } from '../../../simulators/spsc/index.ts';

export const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => i + from);

export function cfg(over: Partial<SpscConfig> = {}): SpscConfig {
  return { capacity: 4, scheme: 'free-running', publish: 'after-write', producer: range(6), pops: 6, ...over };
}

/** One atomic step of `side`. */
export function run(s: SpscState, side: Side): SpscState {
  const r = apply(s, { type: 'run', side });
  if (r.events[0]?.kind === 'invalidAction') throw new Error(`cannot run ${side}`);
  return r.state;
}

/** One whole TryPush/TryPop call of `side`; returns the state and whether the call returned true. */
export function call(s: SpscState, side: Side): { state: SpscState; ok: boolean } {
  const before = side === 'producer' ? s.producer.pushed : s.receivedCount;
  const r = apply(s, { type: 'call', side });
  if (r.events[0]?.kind === 'invalidAction') throw new Error(`cannot call ${side}`);
  const after = side === 'producer' ? r.state.producer.pushed : r.state.receivedCount;
  return { state: r.state, ok: after > before };
}

/** Pushes until TryPush returns false; returns the state and how many pushes succeeded. */
export function fill(s: SpscState): { state: SpscState; pushed: number } {
  let pushed = 0;
  for (;;) {
    const r = call(s, 'producer');
    s = r.state;
    if (!r.ok) return { state: s, pushed };
    pushed++;
  }
}

export function runToEnd(config: SpscConfig, seed = 1, max = 2_000_000): SpscState {
  let s = init(config, seed);
  while (!isTerminal(s) && s.steps < max) s = step(s).state;
  return s;
}
