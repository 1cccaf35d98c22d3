// apply(): a reader's statement runs as goroutine g, through the same barrier; bad input is refused.
import { describe, expect, it } from 'vitest';
import { apply, check, init, narrator } from '../../../simulators/gc/index.ts';
import { keys, run, tiny } from './helpers.ts';

describe('apply', () => {
  it('runs a write as the goroutine, through the barrier, without moving its pc', () => {
    const { state } = run(tiny({ barrier: 'yuasa' }, [{ op: 'write', dst: 's0', src: 'nil' }]), ['gcStart']);
    const r = apply(state, { type: 'write', g: 0, dst: 'g0.0', src: 'nil' });
    expect(keys(r.events)).toEqual(['gc.gcWriteBarrier.yuasa', 'gc.shade.old']);
    expect(r.state.objects.A!.fields[0]).toBeNull();
    expect(r.state.objects.B!.color).toBe('grey');
    expect(r.state.goroutines[0]!.pc).toBe(0);
    expect(state.objects.A!.fields[0]).toBe('B'); // the input is untouched
  });

  it('allocates with fresh names per action', () => {
    const s0 = init(tiny(), 1);
    const a = apply(s0, { type: 'new', g: 0, dst: 's0' });
    const b = apply(a.state, { type: 'new', g: 0, dst: 'g0.1' });
    expect(Object.keys(b.state.objects)).toEqual(['A', 'B', 'C', 'r0', 'r1']);
    expect(b.state.goroutines[0]!.stack).toEqual(['r0']);
    expect(b.state.objects.A!.fields).toEqual(['B', 'r1']);
    expect(check(b.state)).toEqual([]);
  });

  it('refuses junk, unknown goroutines, refs outside the program, nil paths and the stopped world', () => {
    const s0 = init(tiny(), 1);
    const cases: [unknown, string][] = [
      [null, 'schema'],
      [{ type: 'write', g: 0, dst: 's0' }, 'schema'],
      [{ type: 'write', g: 3, dst: 's0', src: 'nil' }, 'no-such-goroutine'],
      [{ type: 'write', g: 0, dst: 's5', src: 'nil' }, 'bad-ref'],
      [{ type: 'write', g: 0, dst: 's0', src: 'g0.7' }, 'bad-ref'],
      [{ type: 'write', g: 0, dst: 'nil', src: 'g0' }, 'bad-ref'],
      [{ type: 'write', g: 0, dst: 's0', src: 'g0.1.0' }, 'nil-deref'],
      [{ type: 'new', g: 0, dst: 's0.0' }, 'nil-deref'],
    ];
    for (const [action, reason] of cases) {
      const r = apply(s0, action as never);
      expect(r.state).toBe(s0);
      expect(r.events).toHaveLength(1);
      expect(r.events[0]).toMatchObject({ kind: 'invalidAction', narration: { key: 'gc.invalidAction', params: { reason } } });
      expect(narrator.narrate('gc.invalidAction', r.events[0]!.narration.params, 'zh-cn')).toMatch(/^操作被拒绝/);
    }
    const stw = run(tiny(), ['gcStart', 'markroot:0', 'markroot:globals', 'scanobject:A', 'scanobject:B', 'gcMarkDone']).state;
    const r = apply(stw, { type: 'new', g: 0, dst: 's0' });
    expect(r.state).toBe(stw);
    expect(r.events[0]!.narration.params.reason).toBe('world-stopped');
  });
});
