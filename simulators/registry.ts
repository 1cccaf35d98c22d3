// The one list of simulators (DESIGN.md: adding one = engine folder, view folder, a line here,
// its pages). Pure: the build reads titles, scenarios and schemas from here; the browser loads
// each simulator's view on demand from src/simulators/<id>/mechanism.ts (found by folder name).
import type { GenericSchema } from 'valibot';
import type { Narrator } from './core/narrator.ts';
import type { Engine, Localized } from './core/types.ts';
import * as gmp from './gmp/index.ts';

export type SimulatorEntry = {
  title: Localized;
  /** The simulator's own page, from the site root, without base or locale: `simulators/gmp/`. */
  page: string;
  /** The scenario instructors open first; the layout tests run every viewport on it. */
  flagship: string;
  /** The chapter that shows the simulator inline, if any (same form as `page`). */
  chapter?: string;
  engine: Engine<any, any, any>;
  narrator: Narrator;
  configSchema: GenericSchema;
  actionSchema: GenericSchema;
};

const registry = {
  gmp: { title: { en: 'GMP scheduler', 'zh-cn': 'GMP 调度器' }, page: 'simulators/gmp/', flagship: 'work-stealing', chapter: 'runtime/scheduler/', engine: gmp.gmpEngine, narrator: gmp.narrator, configSchema: gmp.GmpConfigSchema, actionSchema: gmp.GmpActionSchema },
} satisfies Record<string, SimulatorEntry>;

export type SimId = keyof typeof registry;
/** Typed as entries, not as each literal: code that loops over ids sees every optional field. */
export const simulators: Record<SimId, SimulatorEntry> = registry;
export const simIds = Object.keys(simulators) as SimId[];

export function isSimId(id: string): id is SimId {
  return Object.prototype.hasOwnProperty.call(simulators, id);
}
