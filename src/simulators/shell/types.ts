// What each mechanism (gmp, gc, spsc) gives the shared shell: its engine, its words, its view.
import type { GenericSchema } from 'valibot';
import type { Engine, Locale, SimEvent } from '../../../simulators/core/types.ts';

export interface MechanismView<State> {
  /** Draws `state`; `events` are what produced it (highlight their actors). */
  render(state: State, events: readonly SimEvent[], opts: { animate: boolean }): void;
  destroy(): void;
}

/** Lets a mechanism's intervention controls act on the timeline through the shell. */
export interface InterventionHost<State, Action> {
  readonly state: State;
  intervene(action: Action): void;
}

export interface Mechanism<Config, State, Action> {
  id: string;
  engine: Engine<Config, State, Action>;
  actionSchema: GenericSchema;
  configSchema: GenericSchema;
  narrate(key: string, params: Record<string, string | number>, locale: Locale): string;
  /** Virtual time of a state in nanoseconds, for the position read-out. */
  now(state: State): number;
  /** Builds the view inside the shell's stage; `source` is the scenario's program text. */
  createView(stage: HTMLElement, locale: Locale): MechanismView<State> & { setSource(source: string): void };
  /** Text alternative of the state, rendered into `container` (a DOM table, not a picture). */
  renderText(container: HTMLElement, state: State, locale: Locale): void;
  /** Wires the server-rendered intervention controls inside `root`; called on every render with the new state. */
  bindInterventions(root: HTMLElement, host: InterventionHost<State, Action>): (state: State) => void;
}
