// Public API of the GMP scheduler engine (DESIGN.md "Simulator engines").
import type { SimUrlSpec } from '../core/url-state.ts';
import type { Engine } from '../core/types.ts';
import { apply } from './apply.ts';
import { check } from './check.ts';
import { init } from './init.ts';
import { scenarios } from './scenarios.ts';
import { GmpActionSchema, GmpConfigSchema } from './schema.ts';
import { isTerminal, step } from './step.ts';
import type { GmpAction, GmpConfig, GmpState } from './types.ts';

export { apply, check, init, isTerminal, scenarios, step };
export { scenarioById } from './scenarios.ts';
export { DEFAULT_SPAWN_BODY } from './apply.ts';
export { narrate, narrationKeys, narrationTable, narrator } from './narration.ts';
export { GmpActionSchema, GmpConfigSchema, LIMITS, validateAction, validateConfig } from './schema.ts';
export { countGs, currentLine, currentOp, locate, schedtrace, type GLocation } from './view.ts';
export { buildBenchProgram, type BenchOptions } from './bench-program.ts';
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

/** What the URL codec needs to validate `sim=gmp` links. */
export const gmpUrlSpec: SimUrlSpec = {
  scenarios: scenarios.map((s) => s.id),
  actionSchema: GmpActionSchema,
  configSchema: GmpConfigSchema,
};
