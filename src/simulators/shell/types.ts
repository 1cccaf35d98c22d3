// What each mechanism gives the shared shell: its engine, its words, its view,
// and its controls as data. The shell renders and wires every control; a mechanism never
// touches the toolbar, the caption or the URL.
import type { GenericSchema } from 'valibot';
import type { Narrator } from '../../../simulators/core/narrator.ts';
import type { Engine, Locale, Localized, SimEvent, SourceRef, TimedAction } from '../../../simulators/core/types.ts';

export type ViewOptions = {
  /** Tween from the previous frame (off while playing fast and under reduced motion). */
  animate: boolean;
  /** Presentation mode: larger marks, projector palette. */
  presenting: boolean;
  /** The room the picture may take, in CSS px; lay out to fit it (height 0 = no limit). */
  box: { width: number; height: number };
};

/**
 * The run the view's states belong to, read live from the shell: what a view needs to replay or
 * analyse the whole run (a race detector, a comparison), which a single state cannot tell.
 */
export type RunContext<Config, Action> = {
  readonly config: Config;
  readonly seed: number;
  readonly actions: readonly TimedAction<Action>[];
  readonly position: number;
};

export interface MechanismView<State> {
  /** Draws `state`; `events` are what produced it (highlight their actors). */
  render(state: State, events: readonly SimEvent[], opts: ViewOptions): void;
}

/** A line of the scenario's program to mark in the shell's source panel. */
export type SourceMark = { line: number; text: string; tone?: 'run' | 'wait' | 'block' | 'alert' };

export type Choice = { value: string; label: string };

/** A field of an intervention form. Options and bounds may depend on the current state. */
export type FieldSpec<State> =
  | { name: string; type: 'select'; label: Localized; options(state: State, locale: Locale): Choice[] }
  | { name: string; type: 'number'; label: Localized; min: number; max(state: State): number; value(state: State): number };

/** A reader intervention: a small form whose values become an engine `Action` at the current step. */
export type InterventionSpec<State, Action> = {
  id: string;
  /** The submit button's text (Go code reads well here: `go func()`). */
  submit: Localized;
  fields: FieldSpec<State>[];
  /** The action, or the reason the values cannot make one. */
  toAction(values: Record<string, string>, state: State): Action | { error: Localized };
};

/**
 * A setting of the program itself (a barrier, GOGC, a ring's capacity). Changing it restarts
 * the scenario with the new config, which the URL keeps in `cfg=`.
 */
export type ConfigControlSpec<Config> = {
  id: string;
  label: Localized;
  hint?: Localized;
} & (
  | { type: 'select'; options: { value: string; label: Localized }[]; read(c: Config): string; write(c: Config, v: string): Config }
  | { type: 'checkbox'; read(c: Config): boolean; write(c: Config, v: boolean): Config }
  | {
      type: 'range';
      /** Slider positions 0…steps-1 map to values; `format` shows one. */
      steps: number;
      read(c: Config): number;
      write(c: Config, position: number): Config;
      format(c: Config, locale: Locale): string;
    }
);

/** A command that computes a new config, e.g. "find a losing interleaving" (explore in a worker). */
export type CommandSpec<Config> = {
  id: string;
  label: Localized;
  /** Resolves with a config to load (or none) and a message for the reader. */
  run(config: Config, signal: AbortSignal): Promise<{ config?: Config; message: Localized }>;
};

export interface Mechanism<Config, State, Action> {
  engine: Engine<Config, State, Action>;
  actionSchema: GenericSchema;
  configSchema: GenericSchema;
  /** Captions in both locales; or, to ship only the reader's locale, `loadNarrator`. */
  narrator?: Narrator;
  loadNarrator?(locale: Locale): Promise<Narrator>;
  /** The position read-out next to "step n of N": virtual time, heap size, indices… */
  readout(state: State, locale: Locale): string;
  /**
   * URL of the view's stylesheet (`import stylesheet from './x.css?url'`). The shell links it when
   * the mechanism loads: a plain CSS import from a script would put every simulator's CSS on
   * every page of the site, render-blocking.
   */
  stylesheet?: string;
  /** Builds the picture inside the shell's stage. */
  createView(stage: HTMLElement, locale: Locale, run: RunContext<Config, Action>): MechanismView<State>;
  /**
   * The Go program a config stands for, when settings change the code (default: the scenario's
   * `source`). The source panel shows it and the marks point into it.
   */
  programSource?(config: Config): string;
  /**
   * Where an event's source link goes, when not to the Go tree at the pinned release (e.g. the
   * site's own ring code). Return undefined to keep the default.
   */
  sourceLink?(ref: SourceRef, locale: Locale): string | undefined;
  /** Lines of the scenario's Go program to mark (the shell draws the source panel). */
  sourceMarks?(state: State, locale: Locale): SourceMark[];
  /** Text alternative of the state, rendered into `container` (a DOM table, not a picture). */
  renderText(container: HTMLElement, state: State, locale: Locale): void;
  interventions?: InterventionSpec<State, Action>[];
  configControls?: ConfigControlSpec<Config>[];
  commands?: CommandSpec<Config>[];
}
