// The large scenario's program: four goroutines churn through four circular lists while the
// collector marks. Each list node's data has one child. On its first lap a goroutine drops
// every node's data and keeps the child in its place; on later laps it gives every fourth node
// a new object. A dropped object is white garbage, freed by sweep, if it was dropped before
// marking reached it, and floating garbage (marked, kept until the next cycle) if a scan or
// the barrier's shade(*slot) got to it first. A few objects are unreachable from the start.
import type { GcConfig, GcOp } from './types.ts';

export type LargeHeapOptions = { lists?: number; length?: number; laps?: number; garbage?: number; every?: number };

/** Line numbers of the statements in the scenario's Go source. */
export type LargeHeapLines = { load: number; drop: number; alloc: number; advance: number };

export function buildLargeHeap(lines: LargeHeapLines, o: LargeHeapOptions = {}): GcConfig {
  const lists = o.lists ?? 4;
  const length = o.length ?? 20;
  const laps = o.laps ?? 3;
  const garbage = o.garbage ?? 16;
  const every = o.every ?? 4;
  const heap: Record<string, (string | null)[]> = {};
  for (let i = 0; i < lists; i++) {
    for (let k = 0; k < length; k++) {
      heap[`L${i}n${k}`] = [`L${i}n${(k + 1) % length}`, `L${i}d${k}`];
      heap[`L${i}d${k}`] = [`L${i}c${k}`, null];
      heap[`L${i}c${k}`] = [null, null];
    }
  }
  // Left over from before the cycle: short chains nothing points to.
  for (let j = 0; j < garbage; j++) heap[`old${j}`] = [j % 4 === 3 ? null : `old${j + 1}`, null];
  const globals = Array.from({ length: lists }, (_, i) => `L${i}n0`);
  const goroutines = Array.from({ length: lists }, (_, i) => {
    const ops: GcOp[] = [{ op: 'write', dst: 's0', src: `g${i}`, line: lines.load }];
    for (let n = 0; n < laps * length; n++) {
      if (n < length) ops.push({ op: 'write', dst: 's0.1', src: 's0.1.0', line: lines.drop });
      else if (n % every === 0) ops.push({ op: 'new', dst: 's0.1', line: lines.alloc });
      ops.push({ op: 'write', dst: 's0', src: 's0.0', line: lines.advance });
    }
    return { stack: [null], ops };
  });
  return { barrier: 'hybrid-go', allocBlack: true, heap, globals, goroutines };
}
