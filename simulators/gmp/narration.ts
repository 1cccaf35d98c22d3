// Captions for every narration key the GMP engine emits, in both locales. DOM-free.
// Each locale lives in its own file (narration/en.ts, narration/zh-cn.ts) so the browser can load
// only the reader's; this module joins them for the engine's API and its tests.
import { createNarrator, type NarrationTable } from '../core/narrator.ts';
import type { Locale } from '../core/types.ts';
import { en } from './narration/en.ts';
import { zhCn } from './narration/zh-cn.ts';
import { bind } from './narration/shared.ts';

/** The caption table in the shared narrator's shape. */
export const narrationTable: NarrationTable = /*#__PURE__*/ Object.fromEntries(Object.keys(en).map((k) => [k, { en: bind(en[k]!), 'zh-cn': bind(zhCn[k]!) }]));

/** Captions for readers: a broken template falls back to the key. */
export const narrator = /*#__PURE__*/ createNarrator(narrationTable);

/** Every narration key the engine can emit. */
export const narrationKeys: readonly string[] = /*#__PURE__*/ Object.keys(en);

/** A natural sentence for an event. Unknown keys fall back to the key itself. */
export function narrate(key: string, params: Record<string, string | number>, locale: Locale): string {
  return narrator.narrate(key, params, locale);
}
