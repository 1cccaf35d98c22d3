// Public API of the tri-colour GC marking engine (DESIGN.md "Simulator engines").
import type { Engine } from '../core/types.ts';
import type { SimUrlSpec } from '../core/url-state.ts';
import { apply } from './apply.ts';
import { check } from './check.ts';
import { init } from './init.ts';
import { scenarios } from './scenarios.ts';
import { GcActionSchema, GcConfigSchema } from './schema.ts';
import { isTerminal, step } from './step.ts';
import type { GcAction, GcConfig, GcState } from './types.ts';

export { apply, check, init, isTerminal, scenarios, step };
export { explore, stateKey, type ExploreOptions, type ExploreResult } from './explore.ts';
export { lostObjects, markingEnded, reachable } from './check.ts';
export { invariants, type Holder, type Invariants, type StrongBreach } from './invariants.ts';
export { narrationTable, narrator } from './narration.ts';
export { GcActionSchema, GcConfigSchema, LIMITS, validateAction, validateConfig } from './schema.ts';
export { collectorMoves, enabledMoves, moveId, runnable } from './moves.ts';
export { movesOf, scheduleFor } from './schedule.ts';
export { applyMove } from './step.ts';
export { parseRef } from './ref.ts';
export { opText } from './mutator.ts';
export { barrierTable, BARRIERS, classicPrograms, collectorVariants, withOptions, type BarrierTableRow, type ClassicProgram, type CollectorOptions, type Program, type ProgramId } from './programs.ts';
export { scenarioById, fourPrograms, STORED_SCHEDULES, type GcScenario } from './scenarios.ts';
export { buildLargeHeap, type LargeHeapLines, type LargeHeapOptions } from './large-heap.ts';
export * from './inspect.ts';
export type * from './types.ts';

/** The engine as one object, for the timeline and the simulator shell. */
export const gcEngine: Engine<GcConfig, GcState, GcAction> = {
  init,
  step,
  apply: (s, a) => apply(s, a),
  check,
  scenarios,
  isTerminal,
};

/** What the URL codec needs to validate `sim=gc` links. */
export const gcUrlSpec: SimUrlSpec = {
  scenarios: scenarios.map((s) => s.id),
  actionSchema: GcActionSchema,
  configSchema: GcConfigSchema,
};
