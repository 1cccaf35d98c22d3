// Public API of the SPSC ring buffer engine (DESIGN.md "Simulator engines"): the memory-model
// chapter's Go ring (RING_SOURCE), taken apart into atomic steps of its two goroutines.
import type { SimUrlSpec } from '../core/url-state.ts';
import type { Engine } from '../core/types.ts';
import { apply } from './apply.ts';
import { check } from './check.ts';
import { init } from './init.ts';
import { scenarios } from './scenarios.ts';
import { SpscActionSchema, SpscConfigSchema } from './schema.ts';
import { isTerminal, step } from './step.ts';
import type { SpscAction, SpscConfig, SpscState } from './types.ts';

export { apply, check, init, isTerminal, scenarios, step };
export { explore, stateKey, type ExploreOptions, type ExploreResult } from './explore.ts';
export { scenarioById, scheduleFor, STALE_READ_SCHEDULE } from './scenarios.ts';
export { narrator, narrationKeys, narrationTable } from './narration.ts';
export { LIMITS, settings, SpscActionSchema, SpscConfigSchema, validateAction, validateConfig } from './schema.ts';
export { RING_FILE, RING_PACKAGE, RING_SOURCE } from './ring-source.ts';
export { MAIN_LINES, mainSource, ringSource, type RingLines, type RingSource } from './source.ts';
export { layout, LINE_BYTES, SLOTS_PER_LINE, slotLine, type Field, type Layout, type LineInfo } from './layout.ts';
export { MESI_NAMES, type Mesi } from './coherence.ts';
export { currentLine, lineStates, type LineState } from './view.ts';
export { canRun, stuck } from './step.ts';
export { isFull, usable, used } from './indices.ts';
export { RECEIVED_WINDOW } from './TryPop.ts';
export { format as formatRace, GOROUTINE, raceReport, type Race, type RaceAccess, type RaceReport, type RaceRun } from './race.ts';
export { channelCounters, compareWithChannel, type ChanCounters, type Comparison } from './chan.ts';
export { CONSUMER, PRODUCER } from './types.ts';
export type * from './types.ts';

/** The engine as one object, for the timeline and the simulator shell. */
export const spscEngine: Engine<SpscConfig, SpscState, SpscAction> = {
  init,
  step,
  apply: (s, a) => apply(s, a),
  check,
  scenarios,
  isTerminal,
};

/** What the URL codec needs to validate `sim=spsc` links. */
export const spscUrlSpec: SimUrlSpec = {
  scenarios: scenarios.map((s) => s.id),
  actionSchema: SpscActionSchema,
  configSchema: SpscConfigSchema,
};
