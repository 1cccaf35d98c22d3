// States for the view tests, made by the engine itself (init + step).
import { buildBenchProgram, init, step } from '../../../simulators/gmp/index.ts';
import type { GmpConfig, GmpState } from '../../../simulators/gmp/types.ts';

export function run(config: GmpConfig, steps: number, seed = 1): GmpState {
  let s = init(config, seed);
  for (let i = 0; i < steps && s.halted === null; i++) s = step(s).state;
  return s;
}

/** Runs until `pred` holds (or `max` steps pass); returns the state where it held. */
export function runUntil(config: GmpConfig, pred: (s: GmpState) => boolean, max = 5_000): GmpState {
  let s = init(config, 1);
  for (let i = 0; i < max && !pred(s) && s.halted === null; i++) s = step(s).state;
  return s;
}

/** The 8-P, 1,000-G benchmark program, a few thousand steps in (long queues everywhere). */
export function bigState(): GmpState {
  return run(buildBenchProgram(), 3_000);
}

/** main spawns `n` short CPU-bound goroutines on GOMAXPROCS `procs`, then computes. */
export function spawner(procs: number, n: number): GmpConfig {
  return {
    gomaxprocs: procs,
    main: [...Array.from({ length: n }, () => ({ op: 'go' as const, body: [{ op: 'compute' as const, us: 200 }] })), { op: 'compute', us: 5_000 }],
  };
}
