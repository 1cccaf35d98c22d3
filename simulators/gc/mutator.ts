// One statement of a goroutine, as one atomic move: read the source, run the barrier, store.
// A path through a nil pointer ('s0.1' while s0 is nil) is where Go would panic with a nil
// dereference (sigpanic → panicmem); the model reports that and skips the statement (the
// goroutine goes on with its next one), so a reader's program can never crash the engine.
import { emit, SRC, type Ctx } from './ctx.ts';
import { mallocgc } from './mallocgc.ts';
import { readRef, resolveDst } from './ref.ts';
import type { GcOp } from './types.ts';
import { store } from './writebarrier.ts';

export function opText(op: GcOp): string {
  return op.op === 'new' ? `${op.dst} = new(T)` : `${op.dst} = ${op.src}`;
}

function panicmem(c: Ctx, g: number, nilAt: string, stmt: string): void {
  emit(c, 'panicmem', SRC.panicmem, 'gc.panicmem', { g, at: nilAt, stmt }, { g: [g] });
}

/**
 * Goroutine g runs `op`. `allocName` names an object it allocates. Returns false when the
 * statement would panic (and did nothing).
 */
export function runOp(c: Ctx, g: number, op: GcOp, allocName: string): boolean {
  const stmt = opText(op);
  if (op.op === 'write') {
    const v = readRef(c.s, g, op.src);
    if (!v.ok) return panicmem(c, g, v.nilAt, stmt), false;
    const d = resolveDst(c.s, g, op.dst);
    if (!d.ok) return panicmem(c, g, d.nilAt, stmt), false;
    store(c, g, d.value, v.value, stmt);
    return true;
  }
  const d = resolveDst(c.s, g, op.dst);
  if (!d.ok) return panicmem(c, g, d.nilAt, stmt), false;
  const name = mallocgc(c, g, allocName);
  store(c, g, d.value, name, stmt);
  return true;
}
