// History over an engine: step forward/back, jump, scrub, and reader interventions.
//
// Positions. Position 0 is `engine.init(config, seed)`. Position k+1 is made from position k
// by ONE transition: if some actions have `atStep === k`, they are applied (in list order) and
// that is the transition; otherwise `engine.step`. So an intervention is a position of its own,
// "back" undoes it visually, and a URL's `{seed, actions, step}` names exactly one state.
// When the engine is terminal and no action is due, the timeline ends (knownEnd).
//
// Memory. States are immutable (engines never mutate their input), so the timeline keeps:
//   - checkpoints every K positions (K starts at `checkpointEvery`, doubles when there are
//     more than `maxCheckpoints`, thinning the old ones), and
//   - a small window of recent positions (`cacheSize`) so repeated "back" is cheap.
// Any other position is rebuilt by deterministic replay from the nearest checkpoint.
import type { Engine, SimEvent, TimedAction } from './types.ts';

export type TimelineOptions = {
  /** Initial checkpoint spacing (positions). Default 64. */
  checkpointEvery?: number;
  /** Most checkpoints kept; beyond this the spacing doubles. Default 256. */
  maxCheckpoints?: number;
  /** Recent positions kept in full. Default 128. */
  cacheSize?: number;
  /** Hard cap on positions (URL codec caps step at 1e6 too). Default 1_000_000. */
  maxPosition?: number;
};

type Entry<S> = { state: S; events: SimEvent[] };

export class Timeline<Config, State, Action> {
  readonly engine: Engine<Config, State, Action>;
  readonly config: Config;
  readonly seed: number;
  private _actions: TimedAction<Action>[];
  private _pos = 0;
  private _cur: Entry<State>;
  private _end: number | null = null;
  private spacing: number;
  private readonly maxCheckpoints: number;
  private readonly cacheSize: number;
  private readonly maxPosition: number;
  private readonly checkpoints = new Map<number, Entry<State>>();
  private readonly cache = new Map<number, Entry<State>>();

  constructor(
    engine: Engine<Config, State, Action>,
    config: Config,
    seed: number,
    actions: readonly TimedAction<Action>[] = [],
    options: TimelineOptions = {},
  ) {
    this.engine = engine;
    this.config = config;
    this.seed = seed;
    // Stable sort by atStep keeps the relative order of actions made at the same position.
    this._actions = actions
      .filter((a) => Number.isInteger(a.atStep) && a.atStep >= 0)
      .map((a) => ({ atStep: a.atStep, action: a.action }))
      .sort((a, b) => a.atStep - b.atStep);
    this.spacing = Math.max(1, Math.floor(options.checkpointEvery ?? 64));
    this.maxCheckpoints = Math.max(2, Math.floor(options.maxCheckpoints ?? 256));
    this.cacheSize = Math.max(1, Math.floor(options.cacheSize ?? 128));
    this.maxPosition = Math.max(0, Math.floor(options.maxPosition ?? 1_000_000));
    this._cur = { state: engine.init(config, seed), events: [] };
    this.checkpoints.set(0, this._cur);
    this.cache.set(0, this._cur);
  }

  /** Current position (0 = initial state). */
  get position(): number {
    return this._pos;
  }
  /** State at the current position. Do not mutate it. */
  get state(): State {
    return this._cur.state;
  }
  /** Events of the transition that produced the current state (empty at position 0). */
  get events(): readonly SimEvent[] {
    return this._cur.events;
  }
  /** Recorded actions, sorted by atStep (what a URL stores). */
  get actions(): readonly TimedAction<Action>[] {
    return this._actions;
  }
  /** Last position, once the run has been seen to end; null while unknown. */
  get knownEnd(): number | null {
    return this._end;
  }
  /** True when no further position exists after the current one. */
  get atEnd(): boolean {
    return this._end !== null && this._pos >= this._end;
  }
  /** Number of checkpoints held (for tests and the bench). */
  get checkpointCount(): number {
    return this.checkpoints.size;
  }

  /** One position forward. Returns false at the end. */
  forward(): boolean {
    const next = this.transition(this._pos, this._cur);
    if (next === null) return false;
    this._pos += 1;
    this._cur = next;
    this.remember(this._pos, next);
    return true;
  }

  /** One position back. Returns false at position 0. */
  back(): boolean {
    if (this._pos === 0) return false;
    this.moveTo(this._pos - 1, true);
    return true;
  }

  /** Go to position k (clamped to [0, end]). Returns the position reached. */
  jump(k: number): number {
    const target = Math.max(0, Math.min(Number.isFinite(k) ? Math.floor(k) : 0, this.maxPosition));
    this.moveTo(target, false);
    return this._pos;
  }

  /** Back to position 0. */
  reset(): void {
    this.jump(0);
  }

  /**
   * A reader intervention at the current position: the future is discarded (actions at or
   * after this position, cached states beyond it), the action is recorded at this position,
   * and the timeline moves one position forward onto its result. Returns its events.
   */
  intervene(action: Action): readonly SimEvent[] {
    const at = this._pos;
    this._actions = this._actions.filter((a) => a.atStep < at);
    this._actions.push({ atStep: at, action });
    for (const k of [...this.checkpoints.keys()]) if (k > at) this.checkpoints.delete(k);
    for (const k of [...this.cache.keys()]) if (k > at) this.cache.delete(k);
    this._end = null;
    this.forward();
    return this._cur.events;
  }

  /**
   * Events of positions from+1 … to (each with the position it produced), for a log view.
   * Replays from the nearest checkpoint; at most `limit` entries (the latest ones).
   */
  eventsBetween(from: number, to: number, limit = 500): { position: number; events: readonly SimEvent[] }[] {
    const lo = Math.max(0, Math.floor(from));
    const hi = Math.min(Math.floor(to), this._end ?? Number.MAX_SAFE_INTEGER, this.maxPosition);
    if (hi <= lo) return [];
    const start = Math.max(lo, hi - Math.max(1, limit));
    const out: { position: number; events: readonly SimEvent[] }[] = [];
    let [pos, entry] = this.nearestAtOrBefore(start);
    while (pos < hi) {
      const next = this.transition(pos, entry);
      if (next === null) break;
      pos += 1;
      entry = next;
      if (pos % this.spacing === 0 && !this.checkpoints.has(pos)) this.addCheckpoint(pos, entry);
      if (pos > start) out.push({ position: pos, events: entry.events });
    }
    return out;
  }

  // ---- internals -------------------------------------------------------------------------

  private transition(pos: number, from: Entry<State>): Entry<State> | null {
    if (pos >= this.maxPosition) {
      this._end = pos;
      return null;
    }
    const due = this.actionsAt(pos);
    if (due.length > 0) {
      let state = from.state;
      const events: SimEvent[] = [];
      for (const a of due) {
        const r = this.engine.apply(state, a.action);
        state = r.state;
        for (const e of r.events) events.push(e);
      }
      return { state, events };
    }
    if (this.engine.isTerminal?.(from.state)) {
      if (this.laterActionExists(pos)) return { state: from.state, events: [] };
      this._end = pos;
      return null;
    }
    const r = this.engine.step(from.state);
    if (r.events.length === 0 && r.state === from.state) {
      // The engine has nothing left to do (engines without isTerminal).
      if (this.laterActionExists(pos)) return { state: from.state, events: [] };
      this._end = pos;
      return null;
    }
    return { state: r.state, events: r.events };
  }

  private actionsAt(pos: number): TimedAction<Action>[] {
    // Actions are sorted; binary search for the first with atStep >= pos.
    const xs = this._actions;
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (xs[mid]!.atStep < pos) lo = mid + 1;
      else hi = mid;
    }
    const out: TimedAction<Action>[] = [];
    for (let i = lo; i < xs.length && xs[i]!.atStep === pos; i++) out.push(xs[i]!);
    return out;
  }

  private laterActionExists(pos: number): boolean {
    const last = this._actions[this._actions.length - 1];
    return last !== undefined && last.atStep > pos;
  }

  private remember(pos: number, entry: Entry<State>): void {
    if (pos % this.spacing === 0) this.addCheckpoint(pos, entry);
    this.cache.set(pos, entry);
    while (this.cache.size > this.cacheSize) {
      // Evict the cached position farthest from the current one (checkpoints stay).
      let worst = -1;
      let worstDist = -1;
      for (const k of this.cache.keys()) {
        const d = Math.abs(k - this._pos);
        if (d > worstDist) {
          worst = k;
          worstDist = d;
        }
      }
      this.cache.delete(worst);
    }
  }

  private addCheckpoint(pos: number, entry: Entry<State>): void {
    this.checkpoints.set(pos, entry);
    while (this.checkpoints.size > this.maxCheckpoints) {
      this.spacing *= 2;
      for (const k of [...this.checkpoints.keys()]) if (k % this.spacing !== 0) this.checkpoints.delete(k);
    }
  }

  private nearestAtOrBefore(target: number): [number, Entry<State>] {
    let bestPos = 0;
    let best = this.checkpoints.get(0)!;
    for (const [k, e] of this.checkpoints) if (k <= target && k > bestPos) [bestPos, best] = [k, e];
    for (const [k, e] of this.cache) if (k <= target && k > bestPos) [bestPos, best] = [k, e];
    if (this._pos <= target && this._pos > bestPos) [bestPos, best] = [this._pos, this._cur];
    return [bestPos, best];
  }

  private moveTo(target: number, fillCache: boolean): void {
    if (target === this._pos) return;
    const hit = this.cache.get(target) ?? this.checkpoints.get(target);
    if (hit) {
      this._pos = target;
      this._cur = hit;
      return;
    }
    let [pos, entry] = this.nearestAtOrBefore(target);
    // When stepping back, keep the replayed window so the next few "back"s are cache hits.
    const keepFrom = fillCache ? Math.max(pos, target - this.cacheSize + 1) : target;
    while (pos < target) {
      const next = this.transition(pos, entry);
      if (next === null) break;
      pos += 1;
      entry = next;
      if (pos % this.spacing === 0 && !this.checkpoints.has(pos)) this.addCheckpoint(pos, entry);
      if (pos >= keepFrom) this.cache.set(pos, entry);
    }
    this._pos = pos;
    this._cur = entry;
    this.remember(pos, entry);
  }
}

/** Builds a timeline; `actions` are what a URL or a scenario carries. */
export function createTimeline<Config, State, Action>(
  engine: Engine<Config, State, Action>,
  config: Config,
  seed: number,
  actions: readonly TimedAction<Action>[] = [],
  options: TimelineOptions = {},
): Timeline<Config, State, Action> {
  return new Timeline(engine, config, seed, actions, options);
}
