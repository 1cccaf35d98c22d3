// Public API of the GC pacer engine (DESIGN.md "Simulator engines"): the platform Engine, the
// runtime's pacing formulas as pure functions, the GC guide's model, and data for the page.
import type { Engine } from '../core/types.ts';
import type { SimUrlSpec } from '../core/url-state.ts';
import { apply } from './apply.ts';
import { check } from './check.ts';
import { init } from './init.ts';
import { scenarios } from './scenarios.ts';
import { PacerActionSchema, PacerConfigSchema } from './schema.ts';
import { isTerminal, runCycles, step } from './step.ts';
import type { PacerAction, PacerConfig, PacerState } from './types.ts';

export { apply, check, init, isTerminal, runCycles, scenarios, step };
export { scenarioById, type PacerScenario } from './scenarios.ts';
export { PacerActionSchema, PacerConfigSchema, LIMITS, validateAction, validateConfig } from './schema.ts';
export { NARRATION, narrate, narrationKeys, narrator } from './narration.ts';
export { gcPercentHeapGoal, heapGoal, heapGoalInternal, heapMinimum, memoryLimitHeapGoal, type HeadroomRule, type HeapGoal, type HeapGoalInput } from './heapGoal.ts';
export { runway, trigger, type TriggerInput, type TriggerResult } from './trigger.ts';
export { revise, type ReviseInput, type ReviseResult } from './revise.ts';
export { endCycle } from './endCycle.ts';
export { markWorkers } from './startCycle.ts';
export { accumulate, limiterWindow, newLimiter, resetCapacity, type LimiterBucket } from './gcCPULimiter.ts';
export { gctraceLine } from './gctrace.ts';
export { fmtNSAsMS, itoaDiv } from '../core/fmtNSAsMS.ts';
export { pacing, type Pacing } from './pacing.ts';
export { markRates } from './markPhase.ts';
export { heapSeries, summary, type HeapPoint, type PacerSummary } from './summary.ts';
export { WORKLOADS, WORKLOAD_IDS, liveAt, resolvePhases } from './workload.ts';
export { OVERSHOOT_RULE, SIMPLIFICATIONS, statedOvershoot, type Note } from './simplifications.ts';
export { GUIDE_DEPARTURES, GUIDE_WORKLOADS, guideModel, guideGogc, type GuideInputs, type GuideResult, type GuidePhase } from './guide/index.ts';
export * as constants from './constants.ts';
export type * from './types.ts';

/** The engine as one object, for the timeline and the simulator shell. */
export const pacerEngine: Engine<PacerConfig, PacerState, PacerAction> = {
  init,
  step,
  apply: (s, a) => apply(s, a),
  check,
  scenarios,
  isTerminal,
};

/** What the URL codec needs to validate `sim=pacer` links. */
export const pacerUrlSpec: SimUrlSpec = {
  scenarios: scenarios.map((s) => s.id),
  actionSchema: PacerActionSchema,
  configSchema: PacerConfigSchema,
};
