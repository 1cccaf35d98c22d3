// Which moves are enabled, in one deterministic order. A schedule entry (config.schedule, and
// what explore returns) is an index into this list at that point of the run:
//
//   1. the collector's moves —
//        phase off, cycle not run yet:  gcStart
//        phase mark:                    markroot(stack i) for each grey stack, in goroutine order;
//                                       then (at once, or with stackBeforeHeap only when no stack is
//                                       grey) markroot(globals) if not yet scanned and one
//                                       scanobject(x) per grey object x, in name order;
//                                       gcMarkDone when no root job and no grey object is left
//        phase marktermination:         gcMarkTermination (the world is stopped: nothing else runs)
//        phase sweep:                   sweep
//   2. then one move per goroutine that has statements left, in goroutine order (none while
//      the world is stopped).
import type { GcState, Move } from './types.ts';

const GC_START: Move = { actor: 'gc', kind: 'gcStart' };
const MARK_DONE: Move = { actor: 'gc', kind: 'gcMarkDone' };
const MARK_TERM: Move = { actor: 'gc', kind: 'gcMarkTermination' };
const SWEEP: Move = { actor: 'gc', kind: 'sweep' };

export function collectorMoves(s: GcState): Move[] {
  switch (s.phase) {
    case 'off':
      return s.cycleDone ? [] : [GC_START];
    case 'marktermination':
      return [MARK_TERM];
    case 'sweep':
      return [SWEEP];
    case 'mark': {
      const out: Move[] = [];
      for (let i = 0; i < s.goroutines.length; i++) if (s.goroutines[i]!.stackColor === 'grey') out.push({ actor: 'gc', kind: 'markroot', root: i });
      if (out.length === 0 || !s.config.stackBeforeHeap) {
        if (s.globalsColor === 'grey') out.push({ actor: 'gc', kind: 'markroot', root: 'globals' });
        for (const x of s.work) out.push({ actor: 'gc', kind: 'scanobject', obj: x });
      }
      if (out.length === 0) out.push(MARK_DONE);
      return out;
    }
  }
}

/** How many moves collectorMoves(s) would list, without building them. */
export function collectorMoveCount(s: GcState): number {
  if (s.phase === 'off') return s.cycleDone ? 0 : 1;
  if (s.phase !== 'mark') return 1;
  let n = 0;
  for (const g of s.goroutines) if (g.stackColor === 'grey') n++;
  if (n === 0 || !s.config.stackBeforeHeap) n += (s.globalsColor === 'grey' ? 1 : 0) + s.work.length;
  return n === 0 ? 1 : n;
}

/** collectorMoves(s)[k], without building the list (step's PRNG path on large heaps). */
export function collectorMoveAt(s: GcState, k: number): Move {
  if (s.phase !== 'mark') return collectorMoves(s)[k]!;
  for (let i = 0; i < s.goroutines.length; i++) {
    if (s.goroutines[i]!.stackColor === 'grey') {
      if (k === 0) return { actor: 'gc', kind: 'markroot', root: i };
      k--;
    }
  }
  if (s.globalsColor === 'grey') {
    if (k === 0) return { actor: 'gc', kind: 'markroot', root: 'globals' };
    k--;
  }
  const obj = s.work[k];
  return obj === undefined ? MARK_DONE : { actor: 'gc', kind: 'scanobject', obj };
}

/** Goroutines that can run a statement now. */
export function runnable(s: GcState): number[] {
  if (s.phase === 'marktermination') return [];
  const out: number[] = [];
  for (let i = 0; i < s.goroutines.length; i++) if (s.goroutines[i]!.pc < s.config.goroutines[i]!.ops.length) out.push(i);
  return out;
}

/** Every enabled move, in schedule order. */
export function enabledMoves(s: GcState): Move[] {
  const out = collectorMoves(s);
  for (const g of runnable(s)) out.push({ actor: 'g', g });
  return out;
}

export function isTerminal(s: GcState): boolean {
  return s.cycleDone && runnable(s).length === 0;
}

/**
 * A move as text: 'gcStart', 'markroot:0' (G1's stack), 'markroot:globals', 'scanobject:A',
 * 'gcMarkDone', 'gcMarkTermination', 'sweep', or 'g:0' (G1 runs its next statement).
 */
export function moveId(m: Move): string {
  if (m.actor === 'g') return `g:${m.g}`;
  if (m.kind === 'markroot') return `markroot:${m.root}`;
  if (m.kind === 'scanobject') return `scanobject:${m.obj}`;
  return m.kind;
}
