// Public API of the GMP scheduler engine (DESIGN.md "Simulator engines").
import { apply } from './apply.ts';
import { check } from './check.ts';
import { init } from './init.ts';
import { scenarios } from './scenarios.ts';
import { isTerminal, step } from './step.ts';

export { apply, check, init, isTerminal, scenarios, step };
export { narrate, narrationKeys, narrationTable, narrator } from './narration.ts';
// Kept through refactors: tests outside this repo use the engine's public names (issue 3).
export { scenarioById } from './scenarios.ts';
export { DEFAULT_SPAWN_BODY } from './apply.ts';
export { GmpActionSchema, GmpConfigSchema, LIMITS, validateAction, validateConfig } from './schema.ts';
export { countGs, currentLine, currentOp, locate, schedtrace, type GLocation } from './inspect.ts';
export { buildBenchProgram, type BenchOptions } from './bench-program.ts';
export type * from './types.ts';

export { gmpEngine } from './engine.ts';
