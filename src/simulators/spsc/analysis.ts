// What the picture and the page say about a whole run, beyond its current state: the race
// detector's verdict (raceReport, with the ring's sync/atomic indices and with plain ones) and
// the same values through a buffered channel (channelCounters). Pure and DOM-free: the worker
// (explore.worker.ts) runs it off the main thread, the unit tests run it in Node.
import type { TimedAction } from '../../../simulators/core/types.ts';
import { apply, channelCounters, explore, init, isTerminal, raceReport, step, type Race, type SpscAction, type SpscConfig, type SpscState } from '../../../simulators/spsc/index.ts';

export type RunSpec = { config: SpscConfig; seed: number; actions: readonly TimedAction<SpscAction>[] };

/** One access of a race, as the picture names it. */
export type RaceSide = { goroutine: number; func: 'TryPush' | 'TryPop'; write: boolean; atomic: boolean; field: string; slot: number; line: number };

export type RaceVerdict = {
  /** Timeline position whose step makes the detector print its report; null: no report in the part checked. */
  position: number | null;
  /** The report as `go test -race` prints it (empty when silent). */
  text: string;
  current: RaceSide | null;
  previous: RaceSide | null;
  /** Positions replayed. */
  checked: number;
  /** True when the whole run was replayed (not cut at RACE_LIMIT). */
  complete: boolean;
};

export type RingTotals = { steps: number; remoteIndexLoads: number; lineTransfers: number; spins: number; received: number };

export type ChanTotals = { ops: number; lockAcquisitions: number; remoteIndexLoads: number; lineTransfers: number; parks: number; directHandoffs: number };

export type RaceAnalysis = { atomic: RaceVerdict; plain: RaceVerdict };
export type CompareAnalysis = { ring: RingTotals; channel: ChanTotals };

/**
 * Positions the race check replays. The detector model costs about 10 µs a step; a 100,000-value
 * stream is 800,000 steps, so beyond this the verdict says how far it looked.
 */
export const RACE_LIMIT = 120_000;

/** Steps the whole-run ring totals replay at most (the timeline's own cap). */
export const RUN_LIMIT = 1_000_000;

function side(a: Race['current']): RaceSide {
  return { goroutine: a.goroutine, func: a.func, write: a.write, atomic: a.atomic, field: a.field, slot: a.slot, line: a.line };
}

/** Replays the run once to its end (or `limit`), applying the reader's actions as the timeline does. */
export function replay(run: RunSpec, limit = RUN_LIMIT): { state: SpscState; positions: number } {
  const actions = [...run.actions].filter((a) => Number.isInteger(a.atStep) && a.atStep >= 0).sort((a, b) => a.atStep - b.atStep);
  let s = init(run.config, run.seed);
  let ai = 0;
  let k = 0;
  for (; k < limit; k++) {
    if (ai < actions.length && actions[ai]!.atStep === k) {
      while (ai < actions.length && actions[ai]!.atStep === k) s = apply(s, actions[ai++]!.action).state;
      continue;
    }
    if (isTerminal(s)) {
      // The timeline keeps going while an action is still ahead (an idle position).
      if (ai < actions.length) continue;
      break;
    }
    s = step(s).state;
  }
  return { state: s, positions: k };
}

function verdict(run: RunSpec, atomics: boolean, limit: number): RaceVerdict {
  const r = raceReport({ config: run.config, seed: run.seed, actions: run.actions, steps: limit }, { atomics });
  if (r.race) return { position: r.race.position, text: r.text, current: side(r.race.current), previous: side(r.race.previous), checked: r.race.position, complete: true };
  // No report: find out whether the replay covered the whole run.
  const { positions } = replay(run, limit);
  return { position: null, text: '', current: null, previous: null, checked: positions, complete: positions < limit };
}

export function analyseRaces(run: RunSpec, limit = RACE_LIMIT): RaceAnalysis {
  return { atomic: verdict(run, true, limit), plain: verdict(run, false, limit) };
}

export function compareRun(run: RunSpec): CompareAnalysis {
  const { state } = replay(run);
  const ch = channelCounters(run.config, run.seed);
  return {
    ring: {
      steps: state.steps,
      remoteIndexLoads: state.counters.remoteIndexLoads,
      lineTransfers: state.counters.lineTransfers,
      spins: state.producer.spins + state.consumer.spins,
      received: state.receivedCount,
    },
    channel: {
      ops: ch.ops,
      lockAcquisitions: ch.lockAcquisitions,
      remoteIndexLoads: ch.remoteIndexLoads,
      lineTransfers: ch.lineTransfers,
      parks: ch.parks,
      directHandoffs: ch.directHandoffs,
    },
  };
}

/** Largest program explore searches as it is; bigger ones are searched with their first values. */
export const EXPLORE_MAX_VALUES = 12;
export const EXPLORE_MAX_STATES = 400_000;

export type ExploreOutcome = {
  violated: boolean;
  rule?: string;
  schedule?: number[];
  explored: number;
  truncated: boolean;
  /** Values searched, when the program had more than EXPLORE_MAX_VALUES (the config returned keeps only these). */
  trimmedTo?: number;
  /** The config to load: the program searched, with the schedule that breaks it. */
  config?: SpscConfig;
};

/**
 * explore() on the reader's program. Every interleaving of a long run is out of reach, so a
 * program with more than EXPLORE_MAX_VALUES values is searched with its first ones (a bad
 * interleaving of the shorter program is one of the longer program too, up to where it breaks).
 */
export function exploreProgram(config: SpscConfig): ExploreOutcome {
  const { schedule: _drop, ...base } = config;
  const n = base.producer.length;
  const trimmed = n > EXPLORE_MAX_VALUES || base.pops > EXPLORE_MAX_VALUES;
  const searched: SpscConfig = trimmed ? { ...base, producer: base.producer.slice(0, EXPLORE_MAX_VALUES), pops: Math.min(base.pops, EXPLORE_MAX_VALUES) } : base;
  const r = explore(searched, { maxStates: EXPLORE_MAX_STATES });
  const out: ExploreOutcome = { violated: r.violated, explored: r.explored, truncated: r.truncated === true };
  if (trimmed) out.trimmedTo = searched.producer.length;
  if (r.violated) {
    out.rule = r.rule;
    out.schedule = r.schedule;
    out.config = { ...searched, schedule: r.schedule };
  }
  return out;
}

export { runKey } from './run-key.ts';
