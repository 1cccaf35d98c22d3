// Copy-on-write working copy of an SpscState for one step, plus the memory accesses a step makes.
//
// step() never modifies its input, and it must stay O(1)-ish on a 1,024-slot ring streaming
// 100,000 values, so each array is copied only the first time the step writes it.
import { access, MOVED, type Core } from './coherence.ts';
import { layoutOf, slotLine, type Field, type Layout } from './layout.ts';
import { RING_FILE } from './ring-source.ts';
import type { Fault, Side, SpscState } from './types.ts';
import type { Actors, SimEvent, SourceRef } from '../core/types.ts';

/** One memory access of a step, for the race detector model (race.ts). */
export type Access = {
  side: Side;
  field: Field | 'slot';
  slot: number;
  write: boolean;
  /** sync/atomic operation (a synchronisation to the race detector) or a plain access. */
  atomic: boolean;
  /** The side's pc when the step began (its line in ring.go). */
  pc: string;
  /** The call is a retry after TryPush/TryPop returned false (main's second call site). */
  retry: boolean;
};

export type Ctx = {
  /** The state the step started from (never written). */
  base: SpscState;
  s: SpscState;
  ev: SimEvent[];
  lay: Layout;
  /** Keep the cache-line model and counters up to date (explore turns this off). */
  model: boolean;
  sink: Access[] | null;
  /** pc and retry of the side taking this step, for the sink. */
  pc: string;
  retry: boolean;
  /** Lines that moved between the cores during this step. */
  moved: number[];
  ownSlots: boolean;
  ownSeq: boolean;
  ownUnread: boolean;
  ownCache: boolean;
};

export function draft(state: SpscState, model = true, sink: Access[] | null = null): Ctx {
  const s: SpscState = { ...state, counters: model ? { ...state.counters } : state.counters };
  return {
    base: state,
    s,
    ev: [],
    lay: layoutOf(state.config),
    model,
    sink,
    pc: '',
    retry: false,
    moved: [],
    ownSlots: false,
    ownSeq: false,
    ownUnread: false,
    ownCache: false,
  };
}

export function wSlots(c: Ctx): (number | null)[] {
  if (!c.ownSlots) {
    c.s.slots = c.s.slots.slice();
    c.ownSlots = true;
  }
  return c.s.slots;
}
export function wSeq(c: Ctx): number[] {
  if (!c.ownSeq) {
    c.s.slotSeq = c.s.slotSeq.slice();
    c.ownSeq = true;
  }
  return c.s.slotSeq;
}
/** Whether slot i holds a value that was written and not read yet (a ghost for the overwrite rule). */
export function slotUnread(s: SpscState, slot: number): boolean {
  return ((s.unreadBits[slot >> 5]! >>> (slot & 31)) & 1) === 1;
}

export function setUnread(c: Ctx, slot: number, on: boolean): void {
  if (slotUnread(c.s, slot) === on) return;
  if (!c.ownUnread) {
    c.s.unreadBits = c.s.unreadBits.slice();
    c.ownUnread = true;
  }
  c.s.unreadBits[slot >> 5] = (c.s.unreadBits[slot >> 5]! ^ (1 << (slot & 31))) >>> 0;
}

function coreOf(side: Side): Core {
  return side === 'producer' ? 0 : 1;
}

/** Records one access: the cache-line model, and the race detector's trace when one listens. */
export function touch(c: Ctx, side: Side, field: Field | 'slot', write: boolean, atomic: boolean, slot = -1): void {
  if (c.sink) c.sink.push({ side, field, slot, write, atomic, pc: c.pc, retry: c.retry });
  if (!c.model) return;
  const line = field === 'slot' ? slotLine(c.lay, slot) : c.lay.fieldLine[field];
  if (line === undefined) throw new Error(`spsc: field ${field} has no cache line in this layout`);
  const before = c.s.cache[line]!;
  const r = access(before, coreOf(side), write);
  const after = r & ~MOVED;
  if (after !== before) {
    if (!c.ownCache) {
      c.s.cache = c.s.cache.slice();
      c.ownCache = true;
    }
    c.s.cache[line] = after;
  }
  if (r & MOVED) {
    c.s.counters.lineTransfers++;
    if (!c.moved.includes(line)) c.moved.push(line);
  }
}

export function addFault(c: Ctx, f: Fault): void {
  if (c.s.faults.some((x) => x.rule === f.rule)) return;
  c.s.faults = [...c.s.faults, f];
}

/** sync/atomic's typed method, e.g. Load on x *Uint64. */
export function atomicSrc(c: Ctx, func: 'Load' | 'Store'): SourceRef {
  return { file: 'sync/atomic/type.go', func, receiver: c.s.config.indexBits === 32 ? 'x *Uint32' : 'x *Uint64' };
}

export function ringSrc(func: 'TryPush' | 'TryPop'): SourceRef {
  return { file: RING_FILE, func, receiver: 'r *Ring[T]' };
}

export function emit(c: Ctx, kind: string, source: SourceRef, actors: Actors, key: string, params: Record<string, string | number>): void {
  if (c.moved.length > 0) actors['line'] = c.moved.slice();
  params['moved'] = c.moved.length;
  c.ev.push({ kind, actors, narration: { key, params }, source });
}
