// mallocgc and gcmarknewobject: the colour of a new object depends on the phase and allocBlack.
import { describe, expect, it } from 'vitest';
import { check } from '../../../simulators/gc/index.ts';
import { colors, keys, run, tiny } from './helpers.ts';

const alloc = (over = {}) => tiny(over, [{ op: 'new', dst: 's0' }]);
const toSweep = ['gcStart', 'markroot:0', 'markroot:globals', 'scanobject:A', 'scanobject:B', 'gcMarkDone', 'gcMarkTermination'];

describe('mallocgc', () => {
  it('allocates white before gcStart', () => {
    const { state, last } = run(alloc(), ['g:0']);
    expect(keys(last)).toEqual(['gc.mallocgc.off', 'gc.write.stack']);
    expect(state.objects.n0_0).toEqual({ color: 'white', fields: [null, null], freed: false, fresh: false });
    expect(state.goroutines[0]!.stack).toEqual(['n0_0']);
  });

  it('allocates black during mark with allocBlack (the default), via gcmarknewobject', () => {
    const { state, last } = run(alloc(), ['gcStart', 'g:0']);
    expect(keys(last)).toEqual(['gc.mallocgc.black', 'gc.gcmarknewobject', 'gc.write.stack']);
    expect(state.objects.n0_0!.color).toBe('black');
    expect(state.work).toEqual([]);
  });

  it('allocates white during mark without allocBlack: on a scanned stack the object is lost', () => {
    const { state, last } = run(alloc({ allocBlack: false }), ['gcStart', 'markroot:0', 'g:0', ...toSweep.slice(2)]);
    expect(keys(last)).toEqual(['gc.gcMarkTermination']);
    expect(colors(state).n0_0).toBe('white');
    expect(check(state).map((v) => v.rule)).toEqual(['lost-object']);
  });

  it('after mark termination the object is unmarked but "fresh": sweep leaves it alone', () => {
    const { state } = run(alloc(), [...toSweep, 'g:0', 'sweep']);
    expect(state.objects.n0_0).toEqual({ color: 'white', fields: [null, null], freed: false, fresh: true });
    expect(check(state)).toEqual([]);
  });

  it('names the object after its goroutine and statement, and stores it through the barrier', () => {
    const cfg = tiny({ barrier: 'yuasa', goroutines: [{ stack: [null], ops: [{ op: 'write', dst: 's0', src: 'nil' }, { op: 'new', dst: 'g0.0' }] }] });
    const { state, last } = run(cfg, ['gcStart', 'g:0', 'g:0']);
    expect(state.objects.A!.fields[0]).toBe('n0_1');
    expect(keys(last)).toEqual(['gc.mallocgc.black', 'gc.gcmarknewobject', 'gc.gcWriteBarrier.yuasa', 'gc.shade.old']);
  });

  it('never reuses a name the heap already has', () => {
    const cfg = tiny({ heap: { n0_0: [null, null] }, globals: [null] }, [{ op: 'new', dst: 's0' }]);
    const { state } = run(cfg, ['g:0']);
    expect(Object.keys(state.objects)).toEqual(['n0_0', "n0_0'"]);
  });
});
