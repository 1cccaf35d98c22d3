// The GMP engine as one object, for the timeline and the simulator shell. Kept apart from
// index.ts so the browser can load the engine without the captions of both locales.
import type { Engine } from '../core/types.ts';
import { apply } from './apply.ts';
import { check } from './check.ts';
import { init } from './init.ts';
import { scenarios } from './scenarios.ts';
import { isTerminal, step } from './step.ts';
import type { GmpAction, GmpConfig, GmpState } from './types.ts';

export const gmpEngine: Engine<GmpConfig, GmpState, GmpAction> = {
  init,
  step,
  apply: (s, a) => apply(s, a),
  check,
  scenarios,
  isTerminal,
};
