// UI strings as data: one flat, namespaced JSON file per locale (as Starlight keeps its own).
// Templates use {name} placeholders. A test fails when a key is missing in a locale.
import type { Locale } from '../../simulators/core/types.ts';
import en from './en.json';
import zh from './zh-cn.json';

export type UiKey = keyof typeof en;
export type UiStrings = Record<UiKey, string>;

export const ui: Record<Locale, UiStrings> = { en, 'zh-cn': zh };

export { fill } from './fill.ts';

/** The strings of one namespace (`sim.`), for handing to client code as data. */
export function pick(locale: Locale, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(ui[locale]).filter(([k]) => k.startsWith(prefix)));
}
