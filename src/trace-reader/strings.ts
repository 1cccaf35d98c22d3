// The reader's words: the `trace.` namespace (src/i18n/trace.<locale>.json), handed to the page as
// JSON by TraceReader.astro, so the client carries only its own locale's strings.
import { fill } from '../i18n/fill.ts';
import { fmtNumber } from '../../simulators/core/format.ts';

export type Tr = (key: string, params?: Record<string, string | number>) => string;

export function translator(strings: Record<string, string>): Tr {
  return (key, params) => fill(strings[key] ?? key, params);
}

/** Whole numbers with grouping; other numbers with up to `digits` decimals (trailing zeros cut). */
export function num(n: number, digits = 2): string {
  return fmtNumber(n, digits);
}

/** Megabytes as gctrace prints them (MiB), "25", "0.4", "1,234". */
export function mb(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  return fmtNumber(n, n < 10 ? 1 : 0);
}

/** Milliseconds with two significant digits below 10 (as fmtNSAsMS prints them), whole above. */
export function ms(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (n === 0) return '0';
  if (n >= 10) return fmtNumber(n, 0);
  const digits = Math.max(0, 1 - Math.floor(Math.log10(Math.abs(n))));
  return fmtNumber(n, Math.min(6, digits));
}

/** A size in bytes for the input summary: "812 KB", "50.0 MB" (decimal megabytes, as file managers show). */
export function size(bytes: number): string {
  if (bytes < 1e3) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
