// Read-only helpers for a view: the heap's edges (black → white ones flagged), what is
// reachable, what each goroutine runs next, and how a lost object got lost.
import type { SimEvent } from '../core/types.ts';
import { lostObjects, markingEnded, reachable } from './check.ts';
import { init } from './init.ts';
import { isTerminal } from './moves.ts';
import { opText } from './mutator.ts';
import { step } from './step.ts';
import type { Color, GcConfig, GcOp, GcState } from './types.ts';

/** Goroutine i as the captions name it: G1 for index 0 (main is G1 in the runtime). */
export function goroutineLabel(i: number): string {
  return `G${i + 1}`;
}

export type EdgeFrom = { kind: 'object'; name: string } | { kind: 'stack'; g: number } | { kind: 'globals' };

export type Edge = {
  from: EdgeFrom;
  /** Field index, stack slot or global slot. */
  slot: number;
  to: string;
  /** The holder is black (object, scanned stack or scanned globals) and the target white. */
  blackToWhite: boolean;
};

/** Every pointer in the program: from live objects, stacks and globals. */
export function heapEdges(s: GcState): Edge[] {
  const out: Edge[] = [];
  const white = (p: string) => s.objects[p]?.color === 'white';
  for (const [g, gs] of s.goroutines.entries()) {
    gs.stack.forEach((to, slot) => to !== null && out.push({ from: { kind: 'stack', g }, slot, to, blackToWhite: gs.stackColor === 'black' && white(to) }));
  }
  s.globals.forEach((to, slot) => to !== null && out.push({ from: { kind: 'globals' }, slot, to, blackToWhite: s.globalsColor === 'black' && white(to) }));
  for (const [name, o] of Object.entries(s.objects)) {
    if (o.freed) continue;
    o.fields.forEach((to, slot) => to !== null && out.push({ from: { kind: 'object', name }, slot, to, blackToWhite: o.color === 'black' && white(to) }));
  }
  return out;
}

/** Names of the objects reachable from any root, sorted. */
export function reachableObjects(s: GcState): string[] {
  return [...reachable(s)].sort();
}

/** Marked objects nothing reaches any more: they survive this cycle all the same. */
export function floatingGarbage(s: GcState): string[] {
  if (s.phase === 'off' && !s.cycleDone) return [];
  const r = reachable(s);
  return Object.keys(s.objects).filter((n) => !r.has(n) && s.objects[n]!.color !== 'white' && !s.objects[n]!.freed).sort();
}

/** How many objects have each colour (freed ones counted apart). */
export function colorCounts(s: GcState): Record<Color | 'freed', number> {
  const out = { white: 0, grey: 0, black: 0, freed: 0 };
  for (const o of Object.values(s.objects)) {
    if (o.freed) out.freed++;
    else out[o.color]++;
  }
  return out;
}

export type CurrentOp = { g: number; label: string; pc: number; done: boolean; op: GcOp | null; text: string | null; line: number | null };

/** What each goroutine runs next (its op, the op as text, and its Go source line). */
export function currentOps(s: GcState): CurrentOp[] {
  return s.goroutines.map((gs, g) => {
    const op = s.config.goroutines[g]!.ops[gs.pc] ?? null;
    return { g, label: goroutineLabel(g), pc: gs.pc, done: op === null, op, text: op ? opText(op) : null, line: op?.line ?? null };
  });
}

export type LossTrail = {
  /** Objects lost when marking ended. */
  lost: string[];
  /** Index of the move that ended marking (1-based position in the run). */
  at: number;
  /** Events of the run that touched a lost object, with the position they happened at. */
  events: { at: number; event: SimEvent }[];
};

/**
 * Replays config (its schedule, then the seeded PRNG) until marking ends and, if objects were
 * lost, returns the events that touched them. Null when nothing was lost. Stops after
 * `maxSteps` moves (small programs only: it keeps the events of the whole run).
 */
export function lossTrail(config: GcConfig, seed: number, maxSteps = 10_000): LossTrail | null {
  let s = init(config, seed);
  const log: { at: number; event: SimEvent }[] = [];
  for (let at = 1; at <= maxSteps && !isTerminal(s); at++) {
    const r = step(s);
    s = r.state;
    for (const event of r.events) log.push({ at, event });
    if (markingEnded(s)) {
      const lost = lostObjects(s);
      if (lost.length === 0) return null;
      const set = new Set(lost);
      return { lost, at, events: log.filter((e) => (e.event.actors.obj ?? []).some((o) => set.has(String(o)))) };
    }
  }
  return null;
}
