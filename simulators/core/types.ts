// Shared shapes of every simulator engine (see DESIGN.md, "Simulator engines").
// Plain data only: everything here survives JSON.stringify/JSON.parse unchanged.

/** Both locales of a piece of text shown to readers. */
export type Locale = 'en' | 'zh-cn';
/** One value per locale; text by default. */
export type Localized<T = string> = { en: T; 'zh-cn': T };

/**
 * Who took part in an event: actor kind → ids. GMP uses g/p/m/ch (the runtime's own numbers),
 * GC uses objects and stacks, SPSC slots and sides. Views highlight what they recognise.
 */
export type Actors = { [kind: string]: (number | string)[] | undefined };

/** A narration key plus its parameters; each mechanism translates it with its own `narrate`. */
export type Narration = { key: string; params: Record<string, string | number> };

/**
 * Where the modelled code lives in the Go tree, e.g. `{ file: 'runtime/proc.go', func: 'runqput' }`.
 * `receiver` is the method's receiver as declared, e.g. `c *gcControllerState` for
 * `func (c *gcControllerState) commit(`, so links find the declaration.
 */
export type SourceRef = { file: string; func: string; receiver?: string };

/** One thing the runtime did. `kind` is the Go runtime function it models. */
export type SimEvent = {
  kind: string;
  actors: Actors;
  narration: Narration;
  source: SourceRef;
};

/** A broken invariant reported by `check`. */
export type Violation = { rule: string; message: string };

/** What `step` and `apply` return. The input state is never modified. */
export type StepResult<State> = { state: State; events: SimEvent[] };

/** A reader intervention (or a scripted one) made at timeline position `atStep`. */
export type TimedAction<Action> = { atStep: number; action: Action };

/** A named preset: a program, a seed, scripted interventions, and the Go source it stands for. */
export type Scenario<Config, Action> = {
  id: string;
  title: Localized;
  /** Two or three sentences: what to watch for. */
  summary: Localized;
  config: Config;
  seed: number;
  actions: TimedAction<Action>[];
  /** The program as plausible Go source; ops carry `line` numbers into it. */
  source: string;
};

/** The small pure API every mechanism exports from `simulators/<name>/index.ts`. */
export interface Engine<Config, State, Action> {
  init(config: Config, seed: number): State;
  step(state: State): StepResult<State>;
  apply(state: State, action: Action): StepResult<State>;
  check(state: State): Violation[];
  scenarios: readonly Scenario<Config, Action>[];
  /** True when `step` can do nothing more (program exited, deadlock…). Optional. */
  isTerminal?(state: State): boolean;
}
