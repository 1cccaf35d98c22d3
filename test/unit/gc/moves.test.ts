// gcStart, markroot, scanobject, greyobject, gcMarkDone, gcMarkTermination and sweep, move by move.
import { describe, expect, it } from 'vitest';
import { check, init, isTerminal, step } from '../../../simulators/gc/index.ts';
import { colors, ids, keys, kinds, run, tiny } from './helpers.ts';

describe('gcStart', () => {
  it('is the only collector move before the cycle; it starts mark and shades nothing', () => {
    const s0 = init(tiny({}, [{ op: 'write', dst: 's0', src: 'g0' }]), 1);
    expect(s0.phase).toBe('off');
    expect(ids(s0)).toEqual(['gcStart', 'g:0']);
    const { state, last } = run(tiny(), ['gcStart']);
    expect(state.phase).toBe('mark');
    expect(kinds(last)).toEqual(['gcStart']);
    expect(Object.values(state.objects).every((o) => o.color === 'white')).toBe(true);
    expect(state.goroutines[0]!.stackColor).toBe('grey');
    expect(state.globalsColor).toBe('grey');
    expect(state.work).toEqual([]);
  });
});

describe('markroot', () => {
  it('scans a stack: shades its pointers, blackens it, and never offers it again', () => {
    const cfg = tiny({ goroutines: [{ stack: ['B', null], ops: [] }] });
    const { state, last } = run(cfg, ['gcStart', 'markroot:0']);
    expect(kinds(last)).toEqual(['markroot', 'greyobject']);
    expect(last[0]!.source.func).toBe('scanstack');
    expect(state.goroutines[0]!.stackColor).toBe('black');
    expect(colors(state)).toMatchObject({ A: 'white', B: 'grey' });
    expect(state.work).toEqual(['B']);
    expect(ids(state)).not.toContain('markroot:0');
  });

  it('scans the globals as one root job', () => {
    const { state, last } = run(tiny(), ['gcStart', 'markroot:globals']);
    expect(keys(last)).toEqual(['gc.markroot.globals', 'gc.greyobject']);
    expect(state.globalsColor).toBe('black');
    expect(state.work).toEqual(['A']);
  });

  it('with stackBeforeHeap, offers neither the globals nor a grey object until every stack is black', () => {
    const cfg = tiny({ stackBeforeHeap: true, goroutines: [{ stack: ['C'], ops: [] }, { stack: [null], ops: [] }] });
    const a = run(cfg, ['gcStart', 'markroot:0']);
    expect(ids(a.state)).toEqual(['markroot:1']);
    const b = run(cfg, ['gcStart', 'markroot:0', 'markroot:1']);
    expect(ids(b.state)).toEqual(['markroot:globals', 'scanobject:C']);
    const c = run({ ...cfg, stackBeforeHeap: false }, ['gcStart', 'markroot:0']);
    expect(ids(c.state)).toEqual(['markroot:1', 'markroot:globals', 'scanobject:C']);
  });
});

describe('scanobject and greyobject', () => {
  it('takes one grey object, shades its white fields, blackens it; shading is idempotent', () => {
    const cfg = tiny({ heap: { A: ['B', 'B'], B: ['A', null] } });
    const { state, last } = run(cfg, ['gcStart', 'markroot:globals', 'scanobject:A']);
    expect(keys(last)).toEqual(['gc.scanobject', 'gc.greyobject']);
    expect(colors(state)).toEqual({ A: 'black', B: 'grey' });
    const b = run(cfg, ['gcStart', 'markroot:globals', 'scanobject:A', 'scanobject:B']);
    expect(kinds(b.last)).toEqual(['scanobject']);
    expect(colors(b.state)).toEqual({ A: 'black', B: 'black' });
    expect(b.state.work).toEqual([]);
  });

  it('keeps the work list a sorted set, and offers one scanobject per grey object', () => {
    const cfg = tiny({ heap: { Z: [null, null], M: [null, null], A: [null, null] }, globals: ['Z', 'A', 'M', 'A'] });
    const { state } = run(cfg, ['gcStart', 'markroot:globals']);
    expect(state.work).toEqual(['A', 'M', 'Z']);
    expect(ids(state).filter((i) => i.startsWith('scanobject'))).toEqual(['scanobject:A', 'scanobject:M', 'scanobject:Z']);
  });
});

describe('gcMarkDone and gcMarkTermination', () => {
  const marked = ['gcStart', 'markroot:0', 'markroot:globals', 'scanobject:A', 'scanobject:B'];

  it('gcMarkDone is offered only once no root and no grey object is left, and stops the world', () => {
    const cfg = tiny({}, [{ op: 'write', dst: 's0', src: 'nil' }]);
    expect(ids(run(cfg, marked.slice(0, 4)).state)).not.toContain('gcMarkDone');
    const { state } = run(cfg, [...marked, 'gcMarkDone']);
    expect(state.phase).toBe('marktermination');
    expect(ids(state)).toEqual(['gcMarkTermination']); // the goroutine is stopped too
  });

  it('gcMarkTermination ends marking: phase sweep, barrier off, nothing grey', () => {
    const { state, last } = run(tiny(), [...marked, 'gcMarkDone', 'gcMarkTermination']);
    expect(state.phase).toBe('sweep');
    expect(keys(last)).toEqual(['gc.gcMarkTermination']);
    expect(ids(state)).toEqual(['sweep']);
  });

  it('with rescanStacks, re-scans every stack with the world stopped and drains what it finds', () => {
    const prog = tiny({ barrier: 'dijkstra', rescanStacks: true }, [{ op: 'write', dst: 's0', src: 'g0.0' }, { op: 'write', dst: 'g0.0', src: 'nil' }]);
    const moves = ['gcStart', 'markroot:0', 'markroot:globals', 'g:0', 'g:0', 'scanobject:A', 'gcMarkDone', 'gcMarkTermination'];
    const { state, last } = run(prog, moves);
    expect(keys(last)).toEqual(['gc.gcMarkTermination.rescan', 'gc.rescan.stack', 'gc.greyobject', 'gc.scanobject']);
    expect(colors(state)).toMatchObject({ A: 'black', B: 'black' });
    expect(check(state)).toEqual([]);
    const without = run({ ...prog, rescanStacks: false }, moves);
    expect(check(without.state).map((v) => v.rule)).toEqual(['lost-object']);
  });
});

describe('sweep', () => {
  it('frees every white object, ends the cycle and leaves marked objects alone', () => {
    const cfg = tiny();
    const { state, last } = run(cfg, ['gcStart', 'markroot:0', 'markroot:globals', 'scanobject:A', 'scanobject:B', 'gcMarkDone', 'gcMarkTermination', 'sweep']);
    expect(kinds(last)).toEqual(['sweepone']);
    expect(last[0]!.narration.params.freed).toBe(1);
    expect(colors(state)).toEqual({ A: 'black', B: 'black', C: 'freed' });
    expect(state.phase).toBe('off');
    expect(state.cycleDone).toBe(true);
    expect(isTerminal(state)).toBe(true);
    expect(step(state)).toEqual({ state, events: [] });
    expect(check(state)).toEqual([]);
  });
});
