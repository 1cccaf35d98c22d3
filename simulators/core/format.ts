// Number formatting shared by captions (engines' narration) and the shell's read-outs, so the
// caption and the read-out never disagree ("10.24 ms" in both). DOM-free.
import type { Locale } from './types.ts';

/** Fixed digits without trailing zeros: 10.20 → "10.2", 10 → "10" (only decimals are trimmed). */
function trim(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** Nanoseconds for readers: "850 ns", "12.5 µs", "10.24 ms", "2.5 s" (zh-cn: 纳秒/微秒/毫秒/秒). */
export function fmtDuration(ns: number, locale: Locale = 'en'): string {
  if (!Number.isFinite(ns)) return String(ns);
  const zh = locale === 'zh-cn';
  const a = Math.abs(ns);
  if (a < 1_000) return zh ? `${trim(ns, 0)} 纳秒` : `${trim(ns, 0)} ns`;
  if (a < 1_000_000) return zh ? `${trim(ns / 1e3, 1)} 微秒` : `${trim(ns / 1e3, 1)} µs`;
  if (a < 1_000_000_000) return zh ? `${trim(ns / 1e6, 2)} 毫秒` : `${trim(ns / 1e6, 2)} ms`;
  return zh ? `${trim(ns / 1e9, 3)} 秒` : `${trim(ns / 1e9, 3)} s`;
}

/** Bytes in binary units, as Go's docs write them: "512 B", "4 KiB", "18 MiB", "1.5 GiB". */
export function fmtBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return bytes > 0 ? '∞' : String(bytes);
  const a = Math.abs(bytes);
  if (a < 1024) return `${trim(bytes, 0)} B`;
  if (a < 1024 ** 2) return `${trim(bytes / 1024, 1)} KiB`;
  if (a < 1024 ** 3) return `${trim(bytes / 1024 ** 2, 2)} MiB`;
  return `${trim(bytes / 1024 ** 3, 2)} GiB`;
}

/** A plain number with grouping: 1,234,567 (both locales use Western digits and commas). */
export function fmtNumber(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = trim(n, digits).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A percentage: "25%", "3.5%". */
export function fmtPercent(x: number, digits = 1): string {
  return `${trim(x, digits)}%`;
}
