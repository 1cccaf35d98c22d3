// Scenario programs are Go source text; ops point at their lines. Lines are found by a unique
// snippet, so editing a program cannot silently shift what an op points at.

/** 1-based numbers of every line of `src` that contains `needle`. */
export function linesOf(src: string, needle: string): number[] {
  const hits: number[] = [];
  src.split('\n').forEach((l, i) => l.includes(needle) && hits.push(i + 1));
  return hits;
}

/** The only line containing `needle`, or its nth (0-based) occurrence; throws if absent or ambiguous. */
export function lineOf(src: string, needle: string, nth?: number): number {
  const hits = linesOf(src, needle);
  if (nth === undefined ? hits.length !== 1 : hits[nth] === undefined) throw new Error(`scenario source: "${needle}" found ${hits.length} times`);
  return hits[nth ?? 0]!;
}

/** Joins lines into a program text ending in a newline. */
export function goSource(lines: readonly string[]): string {
  return lines.join('\n') + '\n';
}
