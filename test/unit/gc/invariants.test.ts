// invariants(): live monitors of the strong and weak tri-colour invariants.
import { describe, expect, it } from 'vitest';
import { invariants } from '../../../simulators/gc/index.ts';
import { run, tiny } from './helpers.ts';

describe('tri-colour invariants', () => {
  it("hybrid: a black goroutine's store into a black object breaks only the strong invariant", () => {
    // G1 scanned (black), A blackened, B still grey-protected through... nothing: B is white and
    // only reached from the stack, so the write barrier's deletion half must be what protects it.
    const cfg = tiny({ barrier: 'hybrid', heap: { A: [null, null], B: ['C', null], C: [null, null] }, globals: ['A', 'B'] }, [
      { op: 'write', dst: 'g0.0', src: 'g1.0' }, // A.0 = C (C still reachable from grey B)
    ]);
    const { state } = run(cfg, ['gcStart', 'markroot:0', 'markroot:globals', 'scanobject:A', 'g:0']);
    const inv = invariants(state);
    expect(inv.strong).toEqual([{ from: { kind: 'object', name: 'A' }, slot: 0, to: 'C' }]);
    expect(inv.weak).toEqual([]); // C is grey-protected by B
  });

  it('no barrier: the heap move leaves C unprotected — a weak breach before it is lost', () => {
    const cfg = tiny({ barrier: 'none', heap: { A: [null, null], B: ['C', null], C: [null, null] }, globals: ['A', 'B'] }, [
      { op: 'write', dst: 'g0.0', src: 'g1.0' },
      { op: 'write', dst: 'g1.0', src: 'nil' },
    ]);
    const { state } = run(cfg, ['gcStart', 'markroot:0', 'markroot:globals', 'scanobject:A', 'g:0', 'g:0']);
    expect(invariants(state).weak).toEqual(['C']);
  });

  it('a black stack pointing to an unprotected white object is a weak breach', () => {
    const cfg = tiny({ barrier: 'dijkstra' }, [{ op: 'write', dst: 's0', src: 'g0.0' }, { op: 'write', dst: 'g0.0', src: 'nil' }]);
    const { state } = run(cfg, ['gcStart', 'markroot:0', 'markroot:globals', 'g:0', 'g:0']);
    expect(invariants(state)).toEqual({ strong: [], weak: ['B'] });
  });

  it('reports nothing outside marking', () => {
    const cfg = tiny({}, [{ op: 'write', dst: 's0', src: 'g0.0' }]);
    expect(invariants(run(cfg, ['g:0']).state)).toEqual({ strong: [], weak: [] });
  });
});
