// The shell's words arrive as data in the page (a JSON <script> the server renders from
// src/i18n/<locale>.json), so the client bundle carries no strings of either locale.
import { fill } from '../../i18n/fill.ts';

export type ShellText = (key: string, params?: Record<string, string | number>) => string;

export function readStrings(root: HTMLElement): ShellText {
  let table: Record<string, string> = {};
  try {
    table = JSON.parse(root.querySelector('script.sim-strings')?.textContent ?? '{}') as Record<string, string>;
  } catch {
    table = {};
  }
  return (key, params) => fill(table[`sim.${key}`] ?? key, params);
}
