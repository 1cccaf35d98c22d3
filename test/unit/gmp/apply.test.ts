// Reader interventions: spawn, setGomaxprocs (procresize), and invalid actions.
import { describe, expect, it } from 'vitest';
import { apply, check, init, step } from '../../../simulators/gmp/index.ts';
import { build, keys, runConfig } from './helpers.ts';

describe('spawn', () => {
  it('creates a G as if by newproc on that P: into runnext, then wakep', () => {
    const s = build({ procs: 2, ps: [{ runnext: 4 }, {}], ms: [{ p: 0, phase: 'run', curg: 1, when: 5_000_000 }] });
    const r = apply(s, { type: 'spawn', p: 0 });
    const id = s.sched.goidgen;
    expect(keys(r.events).slice(0, 2)).toEqual(['gmp.newproc.reader', 'gmp.runqput.kick']);
    expect(r.state.ps[0]!.runnext).toBe(id);
    expect(r.state.ps[0]!.runq).toEqual([4]);
    expect(r.state.gs[id]!.status).toBe('runnable');
    expect(keys(r.events)).toContain('gmp.wakep');
    expect(check(r.state)).toEqual([]);
  });

  it('on an idle P, starts an M for it', () => {
    const s = build({ procs: 3, ms: [{ p: 0, phase: 'run', curg: 1, when: 5_000_000 }] });
    const r = apply(s, { type: 'spawn', p: 2, body: [{ op: 'compute', us: 50 }] });
    expect(r.state.ps[2]!.status).toBe('running');
    expect(r.state.sched.pidle).not.toContain(2);
    expect(check(r.state)).toEqual([]);
    // The new G runs its own body.
    let x = r.state;
    for (let i = 0; i < 10 && x.gs[s.sched.goidgen]!.status !== 'dead'; i++) x = step(x).state;
    expect(x.gs[s.sched.goidgen]!.status).toBe('dead');
  });

  it('does not modify the input state', () => {
    const s = init({ gomaxprocs: 2, main: [{ op: 'compute', us: 10 }] }, 3);
    const before = JSON.stringify(s);
    apply(s, { type: 'spawn', p: 1 });
    apply(s, { type: 'setGomaxprocs', n: 4 });
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('setGomaxprocs (procresize)', () => {
  it('moves the runq of destroyed Ps, then their runnext, to the HEAD of the global queue', () => {
    const s = build({
      procs: 4,
      ps: [{}, {}, { runq: [7, 8], runnext: 9 }, { runq: [10], runnext: 11 }],
      ms: [
        { p: 0, phase: 'run', curg: 1, when: 5_000_000 },
        { p: 2, phase: 'run', curg: 2, when: 5_000_000 },
        { p: 3, phase: 'run', curg: 3, when: 5_000_000 },
      ],
      global: [5],
    });
    const r = apply(s, { type: 'setGomaxprocs', n: 2 });
    expect(check(r.state)).toEqual([]);
    expect(r.state.ps.length).toBe(2);
    // STW: running G2 (P2) and G3 (P3) go to their P's runnext, kicking 9 and 11 to the tails.
    // p.destroy(P2) then p.destroy(P3), each popping its runq from the tail onto the global head,
    // then its runnext: P3's Gs end up in front of P2's, both in front of the old global queue.
    expect(r.state.globrunq).toEqual([3, 10, 11, 2, 7, 8, 9, 5]);
    expect(keys(r.events)).toContain('gmp.procresize.shrink');
  });

  it('keeps running goroutines in their P runnext, so they resume first', () => {
    const s = build({ procs: 2, ps: [{ runq: [5] }, {}], ms: [{ p: 0, phase: 'run', curg: 1, when: 5_000_000 }] });
    const r = apply(s, { type: 'setGomaxprocs', n: 3 });
    expect(r.state.ps[0]!.runnext).toBe(1);
    expect(r.state.ps[0]!.m).toBe(0); // its previous M, oldm, is preferred
    // New P2 joins the idle list (at its head); startTheWorld's wakep then hands it a spinning M.
    expect(r.state.ps[1]!.status).toBe('idle');
    expect(r.state.ps[2]!.status).toBe('running');
    expect(r.state.ms[r.state.ps[2]!.m!]!.spinning).toBe(true);
    expect(keys(r.events).slice(-3)).toEqual(['gmp.procresize.grow', 'gmp.wakep', 'gmp.startm.new']);
    expect(check(r.state)).toEqual([]);
    const next = step(r.state);
    expect(keys(next.events)).toContain('gmp.runqget.runnext');
  });

  it('the same value is a no-op (no stop-the-world)', () => {
    const s = init({ gomaxprocs: 2, main: [] }, 1);
    const r = apply(s, { type: 'setGomaxprocs', n: 2 });
    expect(r.state).toBe(s);
    expect(keys(r.events)).toEqual(['gmp.procresize.same']);
  });
});

describe('invalid actions', () => {
  it('return the same state and one invalidAction event, never throwing', () => {
    const s = runConfig({ gomaxprocs: 2, main: [{ op: 'compute', us: 100_000 }] }, 1).states[1]!;
    expect(s.halted).toBeNull();
    const bad: unknown[] = [
      null,
      42,
      'spawn',
      {},
      { type: 'spawn' },
      { type: 'spawn', p: 2 },
      { type: 'spawn', p: -1 },
      { type: 'spawn', p: 0.5 },
      { type: 'spawn', p: 0, body: [{ op: 'fly' }] },
      { type: 'spawn', p: 0, body: 'x' },
      { type: 'setGomaxprocs', n: 0 },
      { type: 'setGomaxprocs', n: 257 },
      { type: 'setGomaxprocs', n: '4' },
      { type: 'block', g: 1 },
    ];
    for (const a of bad) {
      const r = apply(s, a);
      expect(r.state).toBe(s);
      expect(r.events.length).toBe(1);
      expect(r.events[0]!.kind).toBe('invalidAction');
    }
    expect(apply(s, { type: 'spawn', p: 2 }).events[0]!.narration.params['reason']).toBe('no-such-p');
  });

  it('are refused once the program has ended', () => {
    const t = runConfig({ gomaxprocs: 1, main: [] }, 5);
    const end = t.states[t.states.length - 1]!;
    expect(end.halted).toBe('exit');
    const r = apply(end, { type: 'spawn', p: 0 });
    expect(r.state).toBe(end);
    expect(r.events[0]!.narration.params['reason']).toBe('halted');
  });
});
