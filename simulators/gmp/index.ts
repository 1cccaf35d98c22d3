// Public API of the GMP scheduler engine (DESIGN.md "Simulator engines").
import type { Engine } from '../core/types.ts';
import { apply } from './apply.ts';
import { check } from './check.ts';
import { init } from './init.ts';
import { scenarios } from './scenarios.ts';
import { isTerminal, step } from './step.ts';
import type { GmpAction, GmpConfig, GmpState } from './types.ts';

export { apply, check, init, scenarios, step };
export { narrate, narrationKeys, narrationTable, narrator } from './narration.ts';
export { GmpActionSchema, GmpConfigSchema, validateConfig } from './schema.ts';
export { currentLine } from './inspect.ts';
export { buildBenchProgram } from './bench-program.ts';
export type * from './types.ts';

/** The engine as one object, for the timeline and the simulator shell. */
export const gmpEngine: Engine<GmpConfig, GmpState, GmpAction> = {
  init,
  step,
  apply: (s, a) => apply(s, a),
  check,
  scenarios,
  isTerminal,
};
