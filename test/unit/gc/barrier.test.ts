// The store at the end of a mutator's statement and the write barrier in front of it.
import { describe, expect, it } from 'vitest';
import type { Barrier, GcConfig } from '../../../simulators/gc/index.ts';
import { colors, keys, run, tiny } from './helpers.ts';

// Heap: A (global 0) → B; C is global 1. The goroutine writes A.0 = C (old value B, new C).
const heapWrite = (barrier: Barrier, stack: (string | null)[] = [null]): GcConfig => ({
  barrier,
  heap: { A: ['B', null], B: [null, null], C: [null, null] },
  globals: ['A', 'C'],
  goroutines: [{ stack, ops: [{ op: 'write', dst: 'g0.0', src: 'g1' }] }],
});

/** Which of B (old) and C (new) the barrier shades, with the goroutine's stack grey or black. */
function shaded(barrier: Barrier, stackScanned: boolean): string[] {
  const moves = stackScanned ? ['gcStart', 'markroot:0', 'g:0'] : ['gcStart', 'g:0'];
  const { state } = run(heapWrite(barrier), moves);
  return ['B', 'C'].filter((n) => state.objects[n]!.color === 'grey');
}

describe('write barriers on a heap write *slot = ptr (old B, new C)', () => {
  it('none shades nothing', () => {
    expect(shaded('none', false)).toEqual([]);
    expect(shaded('none', true)).toEqual([]);
  });
  it('dijkstra shades ptr only', () => {
    expect(shaded('dijkstra', false)).toEqual(['C']);
    expect(shaded('dijkstra', true)).toEqual(['C']);
  });
  it('yuasa shades *slot only', () => {
    expect(shaded('yuasa', false)).toEqual(['B']);
    expect(shaded('yuasa', true)).toEqual(['B']);
  });
  it("hybrid shades *slot, and ptr only while the writer's stack is grey", () => {
    expect(shaded('hybrid', false)).toEqual(['B', 'C']);
    expect(shaded('hybrid', true)).toEqual(['B']);
  });
  it('hybrid-go shades both, whatever the stack', () => {
    expect(shaded('hybrid-go', false)).toEqual(['B', 'C']);
    expect(shaded('hybrid-go', true)).toEqual(['B', 'C']);
  });

  it("hybrid looks at the writing goroutine's own stack, not at any other", () => {
    const cfg: GcConfig = { ...heapWrite('hybrid'), goroutines: [{ stack: [null], ops: [{ op: 'write', dst: 'g0.0', src: 'g1' }] }, { stack: [null], ops: [] }] };
    const other = run(cfg, ['gcStart', 'markroot:1', 'g:0']); // G2 black, writer G1 grey
    expect(other.state.objects.C!.color).toBe('grey');
    const own = run(cfg, ['gcStart', 'markroot:0', 'g:0']); // writer G1 black
    expect(own.state.objects.C!.color).toBe('white');
    expect(keys(own.last)).toEqual(['gc.gcWriteBarrier.hybrid.black', 'gc.shade.old']);
  });

  it('stores the pointer and names the barrier in the event', () => {
    const { state, last } = run(heapWrite('yuasa'), ['gcStart', 'g:0']);
    expect(state.objects.A!.fields).toEqual(['C', null]);
    expect(last[0]).toMatchObject({ kind: 'gcWriteBarrier', narration: { key: 'gc.gcWriteBarrier.yuasa', params: { slot: 'A.0', old: 'B', ptr: 'C' } } });
    expect(last[1]).toMatchObject({ kind: 'shade', actors: { obj: ['B'] } });
  });

  it('writes to globals go through the barrier too', () => {
    const cfg: GcConfig = { ...heapWrite('yuasa'), goroutines: [{ stack: [null], ops: [{ op: 'write', dst: 'g1', src: 'nil' }] }] };
    const { state, last } = run(cfg, ['gcStart', 'g:0']);
    expect(state.globals).toEqual(['A', null]);
    expect(keys(last)).toEqual(['gc.gcWriteBarrier.yuasa', 'gc.shade.old']);
  });
});

describe('stores without a barrier', () => {
  it('a store into a stack slot never runs the barrier, whatever the barrier', () => {
    for (const barrier of ['dijkstra', 'yuasa', 'hybrid', 'hybrid-go'] as const) {
      const cfg = tiny({ barrier, goroutines: [{ stack: ['C'], ops: [{ op: 'write', dst: 's0', src: 'g0.0' }] }] });
      const { state, last } = run(cfg, ['gcStart', 'g:0']);
      expect(keys(last)).toEqual(['gc.write.stack']);
      expect(state.goroutines[0]!.stack).toEqual(['B']);
      expect(colors(state)).toEqual({ A: 'white', B: 'white', C: 'white' });
    }
  });

  it('before gcStart and after mark termination the barrier is off', () => {
    const cfg = tiny({ barrier: 'hybrid-go' }, [{ op: 'write', dst: 'g0.0', src: 'nil' }, { op: 'write', dst: 'g0.1', src: 'g0' }]);
    const before = run(cfg, ['g:0']);
    expect(keys(before.last)).toEqual(['gc.write.off']);
    expect(before.state.objects.A!.fields).toEqual([null, null]);
    const after = run(cfg, ['gcStart', 'markroot:0', 'markroot:globals', 'scanobject:A', 'scanobject:B', 'gcMarkDone', 'gcMarkTermination', 'g:0', 'g:0']);
    expect(keys(after.events).slice(-2)).toEqual(['gc.write.off', 'gc.write.off']);
    expect(after.state.objects.A!.fields).toEqual([null, 'A']);
  });

  it("barrier 'none' stores during marking with no shade", () => {
    const { last } = run(heapWrite('none'), ['gcStart', 'g:0']);
    expect(keys(last)).toEqual(['gc.write.none']);
  });
});

describe('paths through nil (a nil dereference in Go)', () => {
  it('skip the statement with a panicmem event, and the goroutine goes on', () => {
    const cfg = tiny({}, [
      { op: 'write', dst: 's0', src: 's0.1' }, // s0 is nil: reading s0.1 panics
      { op: 'write', dst: 's0.0', src: 'g0' }, // writing through nil s0 panics
      { op: 'new', dst: 'g0.1.0' }, // A.1 is nil
      { op: 'write', dst: 's0', src: 'g0.0' },
    ]);
    const { state, events } = run(cfg, ['g:0', 'g:0', 'g:0', 'g:0']);
    expect(keys(events)).toEqual(['gc.panicmem', 'gc.panicmem', 'gc.panicmem', 'gc.write.stack']);
    expect(events[0]!.narration.params).toMatchObject({ at: 's0', stmt: 's0 = s0.1' });
    expect(events[2]!.narration.params).toMatchObject({ at: 'g0.1' });
    expect(Object.keys(state.objects)).toEqual(['A', 'B', 'C']); // nothing was allocated
    expect(state.goroutines[0]).toMatchObject({ pc: 4, stack: ['B'] });
  });
});
