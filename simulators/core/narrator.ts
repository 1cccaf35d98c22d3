// One narrator factory for every mechanism: a table of caption templates per narration key,
// in both locales. Readers get a caption that never throws (a broken template falls back to
// the key); tests build a strict narrator, where an unknown key or a throwing template fails.
import { fmtBytes, fmtDuration, fmtNumber } from './format.ts';
import type { Locale, Localized } from './types.ts';

export type Params = Record<string, string | number>;

/** Helpers every template receives, already bound to the caption's locale. */
export type NarrationFormat = {
  locale: Locale;
  /** Nanoseconds → "12.5 µs" / "12.5 微秒". */
  dur: (v: unknown) => string;
  bytes: (v: unknown) => string;
  num: (v: unknown) => string;
  s: (v: unknown) => string;
};

export type Template = (p: Params, f: NarrationFormat) => string;
export type NarrationTable = Record<string, Localized<Template>>;

export type Narrator = {
  /** Every key the table covers. */
  readonly keys: readonly string[];
  narrate(key: string, params: Params, locale: Locale): string;
};

function toNum(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

function narrationFormat(locale: Locale): NarrationFormat {
  return {
    locale,
    dur: (v) => fmtDuration(toNum(v), locale),
    bytes: (v) => fmtBytes(toNum(v)),
    num: (v) => fmtNumber(toNum(v)),
    s: (v) => String(v ?? ''),
  };
}

const FORMATS: Localized<NarrationFormat> = { en: narrationFormat('en'), 'zh-cn': narrationFormat('zh-cn') };

export function createNarrator(table: NarrationTable, opts: { strict?: boolean } = {}): Narrator {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(table, k);
  return {
    keys: Object.keys(table),
    narrate(key, params, locale) {
      const loc: Locale = locale === 'zh-cn' ? 'zh-cn' : 'en';
      if (!has(key)) {
        if (opts.strict) throw new Error(`no caption for narration key "${key}"`);
        return key;
      }
      if (opts.strict) return table[key]![loc](params, FORMATS[loc]);
      try {
        return table[key]![loc](params, FORMATS[loc]);
      } catch {
        return key;
      }
    },
  };
}
