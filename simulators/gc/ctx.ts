// Copy-on-write working copy of a GcState for one move, and event emission.
//
// step() must not modify its input (timelines keep old states) and must stay fast on a
// 250-object heap, so only what a move writes is copied: the objects record, the goroutine
// list and the globals once per move, and each object or goroutine the first time it is written.
// `ev` is null in explore's quiet mode, which builds no events at all.
import type { Actors, Narration, SimEvent, SourceRef } from '../core/types.ts';
import type { GcObject, GcState, GState } from './types.ts';

export type Ctx = {
  s: GcState;
  ev: SimEvent[] | null;
  objsOwned: boolean;
  ownObj: Set<string>;
  gsOwned: boolean;
  ownG: Set<number>;
  globalsOwned: boolean;
  workOwned: boolean;
};

export function draft(state: GcState, quiet = false): Ctx {
  return {
    s: { ...state },
    ev: quiet ? null : [],
    objsOwned: false,
    ownObj: new Set(),
    gsOwned: false,
    ownG: new Set(),
    globalsOwned: false,
    workOwned: false,
  };
}

/** Every object is built here, so all share one hidden class (V8 then keeps records fast). */
export function mkObj(color: GcObject['color'], fields: (string | null)[], freed: boolean, fresh: boolean): GcObject {
  return { color, fields, freed, fresh };
}

export function obj(c: Ctx, name: string): GcObject {
  const o = c.s.objects[name];
  if (!o) throw new Error(`gc: no object ${name}`);
  return o;
}

/** A writable copy of object `name` (copies the record and the object on first write). */
export function wObj(c: Ctx, name: string): GcObject {
  if (!c.objsOwned) {
    // Object.assign copies a fast-mode record in about a microsecond; a spread is far slower.
    c.s.objects = Object.assign({}, c.s.objects);
    c.objsOwned = true;
  }
  if (c.ownObj.has(name)) return c.s.objects[name]!;
  const o = obj(c, name);
  const n = mkObj(o.color, o.fields.slice(), o.freed, o.fresh);
  c.s.objects[name] = n;
  c.ownObj.add(name);
  return n;
}

/** Adds a new object (its name must be unused). */
export function addObj(c: Ctx, name: string, o: GcObject): void {
  // Copied with the new property in one literal rather than `objects[name] = o`: adding a
  // property by a keyed store turns a record of a few hundred objects into a V8 dictionary, and
  // every later move then pays ~100 µs to copy it. A spread keeps it in fast mode (measured on
  // the large scenario: this beat Object.fromEntries and Object.assign with a third source).
  c.s.objects = { ...c.s.objects, [name]: o };
  c.objsOwned = true;
  c.ownObj.add(name);
}

/** A writable copy of goroutine i (and its stack). */
export function wG(c: Ctx, i: number): GState {
  if (!c.gsOwned) {
    c.s.goroutines = c.s.goroutines.slice();
    c.gsOwned = true;
  }
  if (c.ownG.has(i)) return c.s.goroutines[i]!;
  const g = c.s.goroutines[i];
  if (!g) throw new Error(`gc: no goroutine ${i}`);
  const n: GState = { ...g, stack: g.stack.slice() };
  c.s.goroutines[i] = n;
  c.ownG.add(i);
  return n;
}

export function wGlobals(c: Ctx): (string | null)[] {
  if (!c.globalsOwned) {
    c.s.globals = c.s.globals.slice();
    c.globalsOwned = true;
  }
  return c.s.globals;
}

/** The work list, copied once per move before the first change. */
export function wWork(c: Ctx): string[] {
  if (!c.workOwned) {
    c.s.work = c.s.work.slice();
    c.workOwned = true;
  }
  return c.s.work;
}

/** Records an event unless the move runs quietly (explore). */
export function emit(c: Ctx, kind: string, source: SourceRef, key: string, params: Narration['params'], actors: Actors): void {
  if (c.ev) c.ev.push({ kind, actors, narration: { key, params }, source });
}

// Source references, one per modelled runtime function.
export const SRC = {
  gcStart: { file: 'runtime/mgc.go', func: 'gcStart' },
  markroot: { file: 'runtime/mgcmark.go', func: 'markroot' },
  scanstack: { file: 'runtime/mgcmark.go', func: 'scanstack' },
  markrootBlock: { file: 'runtime/mgcmark.go', func: 'markrootBlock' },
  scanobject: { file: 'runtime/mgcmark.go', func: 'scanobject' },
  greyobject: { file: 'runtime/mgcmark.go', func: 'greyobject' },
  shade: { file: 'runtime/mgcmark.go', func: 'shade' },
  gcWriteBarrier: { file: 'runtime/asm_amd64.s', func: 'gcWriteBarrier' },
  // A store with no barrier: the name mbarrier.go's own comment gives a pointer write.
  writePointer: { file: 'runtime/mbarrier.go', func: 'writePointer' },
  mallocgc: { file: 'runtime/malloc.go', func: 'mallocgc' },
  gcmarknewobject: { file: 'runtime/mgcmark.go', func: 'gcmarknewobject' },
  gcMarkDone: { file: 'runtime/mgc.go', func: 'gcMarkDone' },
  gcMarkTermination: { file: 'runtime/mgc.go', func: 'gcMarkTermination' },
  sweepone: { file: 'runtime/mgcsweep.go', func: 'sweepone' },
  panicmem: { file: 'runtime/panic.go', func: 'panicmem' },
} as const satisfies Record<string, SourceRef>;
