// Groups of consecutive items for charts: a trace of 200,000 cycles is drawn as at most a few
// hundred points, each the largest (or the sum) of the items it covers. Pure.

/** Item index ranges [from, to), in order, covering 0..n with at most maxBins groups. */
export interface Bin {
  from: number;
  to: number;
}

export function binRanges(n: number, maxBins: number): Bin[] {
  const bins: Bin[] = [];
  if (n <= 0) return bins;
  const k = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(maxBins))));
  for (let from = 0; from < n; from += k) bins.push({ from, to: Math.min(n, from + k) });
  return bins;
}

/** The largest value of `get(i)` in each bin (NaN values are skipped; NaN when a bin has none). */
export function binMax<T>(items: readonly T[], bins: readonly Bin[], get: (t: T) => number): number[] {
  return bins.map((b) => {
    let m = NaN;
    for (let i = b.from; i < b.to; i++) {
      const v = get(items[i]!);
      if (!Number.isNaN(v) && !(v <= m)) m = v;
    }
    return m;
  });
}

/** The smallest value in each bin. */
export function binMin<T>(items: readonly T[], bins: readonly Bin[], get: (t: T) => number): number[] {
  return bins.map((b) => {
    let m = NaN;
    for (let i = b.from; i < b.to; i++) {
      const v = get(items[i]!);
      if (!Number.isNaN(v) && !(v >= m)) m = v;
    }
    return m;
  });
}

/** The sum over each bin. */
export function binSum<T>(items: readonly T[], bins: readonly Bin[], get: (t: T) => number): number[] {
  return bins.map((b) => {
    let s = 0;
    for (let i = b.from; i < b.to; i++) s += get(items[i]!);
    return s;
  });
}

/** The bin holding item `i`. */
export function binOf(bins: readonly Bin[], i: number): number {
  if (bins.length === 0) return -1;
  const k = bins[0]!.to - bins[0]!.from;
  return Math.min(bins.length - 1, Math.max(0, Math.floor(i / k)));
}
