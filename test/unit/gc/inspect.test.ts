// Helpers for the view: edges, reachability, colour counts, current statements.
import { describe, expect, it } from 'vitest';
import { colorCounts, currentOps, floatingGarbage, goroutineLabel, heapEdges, init, reachableObjects } from '../../../simulators/gc/index.ts';
import { run, tiny } from './helpers.ts';

describe('inspect helpers', () => {
  it('heapEdges lists root and heap pointers and flags black → white', () => {
    const cfg = tiny({ barrier: 'hybrid', goroutines: [{ stack: ['C'], ops: [] }] });
    const { state } = run(cfg, ['gcStart', 'markroot:globals', 'scanobject:A']);
    expect(heapEdges(state)).toEqual([
      { from: { kind: 'stack', g: 0 }, slot: 0, to: 'C', blackToWhite: false },
      { from: { kind: 'globals' }, slot: 0, to: 'A', blackToWhite: false },
      { from: { kind: 'object', name: 'A' }, slot: 0, to: 'B', blackToWhite: false },
    ]);
    const b = run(cfg, ['gcStart', 'markroot:0', 'markroot:globals']);
    const stackEdge = heapEdges(b.state).find((e) => e.from.kind === 'stack')!;
    expect(stackEdge.blackToWhite).toBe(false); // C was shaded by the scan
    const c = run({ ...cfg, goroutines: [{ stack: [null], ops: [{ op: 'write', dst: 's0', src: 'g0.0' }] }] }, ['gcStart', 'markroot:0', 'g:0']);
    expect(heapEdges(c.state).find((e) => e.from.kind === 'stack')).toMatchObject({ to: 'B', blackToWhite: true });
  });

  it('reachableObjects, floatingGarbage and colorCounts', () => {
    const cfg = tiny({}, [{ op: 'write', dst: 'g0.0', src: 'nil' }]);
    expect(reachableObjects(init(cfg, 1))).toEqual(['A', 'B']);
    const { state } = run(cfg, ['gcStart', 'markroot:globals', 'scanobject:A', 'g:0']);
    expect(reachableObjects(state)).toEqual(['A']);
    expect(floatingGarbage(state)).toEqual(['B']); // shaded by the scan, then dropped
    expect(colorCounts(state)).toEqual({ white: 1, grey: 1, black: 1, freed: 0 });
  });

  it('currentOps gives each goroutine its next statement and line', () => {
    const cfg = tiny({ goroutines: [{ stack: [null], ops: [{ op: 'new', dst: 's0', line: 7 }] }, { stack: [], ops: [] }] });
    expect(currentOps(init(cfg, 1))).toEqual([
      { g: 0, label: 'G1', pc: 0, done: false, op: { op: 'new', dst: 's0', line: 7 }, text: 's0 = new(T)', line: 7 },
      { g: 1, label: 'G2', pc: 0, done: true, op: null, text: null, line: null },
    ]);
    expect(goroutineLabel(3)).toBe('G4');
  });
});
