// The store a mutator's statement ends with, and the write barrier in front of it.
//
// The compiler emits `if writeBarrier.enabled { gcWriteBarrier(…) }; *slot = ptr` for pointer
// stores to globals and the heap, and no barrier for stores into the goroutine's own stack
// frame ("The compiler omits write barriers for writes to the current frame", mbarrier.go).
// writeBarrier.enabled is true in _GCmark and _GCmarktermination (setGCPhase, mgc.go).
// The runtime's gcWriteBarrier only records *slot and ptr in the per-P buffer and shades them
// when the buffer is flushed (wbBufFlush1, before marking can finish); shading at once is the
// same as far as marking is concerned, because gcMarkDone flushes every buffer first.
import { emit, SRC, wG, wGlobals, wObj, type Ctx } from './ctx.ts';
import { loadLoc, locName, type Loc } from './ref.ts';
import { shade } from './shade.ts';

export function barrierOn(c: Ctx): boolean {
  return c.s.phase === 'mark' || c.s.phase === 'marktermination';
}

function put(c: Ctx, loc: Loc, ptr: string | null): void {
  if (loc.kind === 'stack') wG(c, loc.g).stack[loc.i] = ptr;
  else if (loc.kind === 'global') wGlobals(c)[loc.i] = ptr;
  else wObj(c, loc.obj).fields[loc.k] = ptr;
}

/** Goroutine g stores `ptr` at `loc` (the statement's text is `stmt`), with the barrier if one applies. */
export function store(c: Ctx, g: number, loc: Loc, ptr: string | null, stmt: string): void {
  const slot = locName(loc);
  const old = loadLoc(c.s, loc);
  const params = { g, stmt, slot, old: old ?? 'nil', ptr: ptr ?? 'nil' };
  const actors = { g: [g], obj: [old, ptr].filter((x): x is string => x !== null), ...(loc.kind === 'stack' ? { stack: [g] } : {}) };
  if (loc.kind === 'stack') {
    emit(c, 'writePointer', SRC.writePointer, 'gc.write.stack', params, actors);
    put(c, loc, ptr);
    return;
  }
  const barrier = c.s.config.barrier;
  if (!barrierOn(c)) {
    emit(c, 'writePointer', SRC.writePointer, 'gc.write.off', params, actors);
    put(c, loc, ptr);
    return;
  }
  if (barrier === 'none') {
    emit(c, 'writePointer', SRC.writePointer, 'gc.write.none', params, actors);
    put(c, loc, ptr);
    return;
  }
  const stackGrey = c.s.goroutines[g]!.stackColor === 'grey';
  const key = barrier === 'hybrid' ? (stackGrey ? 'gc.gcWriteBarrier.hybrid.grey' : 'gc.gcWriteBarrier.hybrid.black') : `gc.gcWriteBarrier.${barrier}`;
  emit(c, 'gcWriteBarrier', SRC.gcWriteBarrier, key, params, actors);
  // Deletion half first, then insertion half, as mbarrier.go's pseudocode writes them.
  if (barrier === 'yuasa' || barrier === 'hybrid' || barrier === 'hybrid-go') shade(c, old, g, 'old');
  if (barrier === 'dijkstra' || barrier === 'hybrid-go' || (barrier === 'hybrid' && stackGrey)) shade(c, ptr, g, 'new');
  put(c, loc, ptr);
}
