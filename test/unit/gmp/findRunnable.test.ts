// findRunnable's order: timers → schedtick%61 (one global G) → runnext → runq → global batch →
// spin & steal or give up. And execute's time-slice rule.
import { describe, expect, it } from 'vitest';
import { step } from '../../../simulators/gmp/index.ts';
import { build, edit, key, keys, runConfig } from './helpers.ts';

describe('the schedtick % 61 fairness check', () => {
  // P0's M is in the scheduler with local work (runnext G5, runq G3 G4) and two Gs globally.
  const at = (schedtick: number) =>
    build({ procs: 1, ps: [{ runnext: 5, runq: [3, 4], schedtick }], ms: [{ p: 0, phase: 'sched' }], global: [6, 7] });

  it('takes exactly ONE goroutine from the global queue when schedtick is a multiple of 61', () => {
    for (const tick of [61, 122, 0]) {
      const r = step(at(tick));
      expect(keys(r.events)).toContain('gmp.globrunqget.fairness');
      expect(r.state.ms[0]!.curg).toBe(6);
      expect(r.state.globrunq).toEqual([7]); // one, not a batch
      expect(r.state.ps[0]!.runnext).toBe(5); // local work untouched
      expect(r.state.ps[0]!.runq).toEqual([3, 4]);
      expect(r.state.ps[0]!.schedtick).toBe(tick + 1); // a global G starts a new slice
    }
  });

  it('otherwise prefers the local queue (runnext first)', () => {
    for (const tick of [1, 60, 62]) {
      const r = step(at(tick));
      expect(keys(r.events)[0]).toBe('gmp.runqget.runnext');
      expect(r.state.ms[0]!.curg).toBe(5);
      expect(r.state.globrunq).toEqual([6, 7]);
    }
  });

  it('does nothing special when the global queue is empty', () => {
    const s = build({ procs: 1, ps: [{ runq: [3], schedtick: 61 }], ms: [{ p: 0, phase: 'sched' }] });
    const r = step(s);
    expect(keys(r.events)[0]).toBe('gmp.runqget.runq');
    expect(r.state.ms[0]!.curg).toBe(3);
  });
});

describe('runnext inherits the time slice', () => {
  it('a G from runnext does not bump schedtick; a G from runq does', () => {
    // main starts three workers and blocks; on one P the last created runs first (runnext).
    const t = runConfig(
      {
        gomaxprocs: 1,
        channels: { done: { cap: 0 } },
        main: [
          { op: 'go', body: [{ op: 'compute', us: 100 }] },
          { op: 'go', body: [{ op: 'compute', us: 100 }] },
          { op: 'recv', ch: 'done' },
        ],
      },
      20,
    );
    const first = t.events.findIndex((es) => es.some(key('gmp.execute.inherit')));
    const e = t.events[first]!.find(key('gmp.execute.inherit'))!;
    expect(e.narration.params['g']).toBe(3); // runnext: the last go statement
    expect(t.states[first]!.ps[0]!.schedtick).toBe(t.states[first - 1]!.ps[0]!.schedtick);
    const next = t.events.findIndex((es) => es.some(key('gmp.execute')));
    expect(t.events[next]!.find(key('gmp.execute'))!.narration.params['g']).toBe(2);
    expect(t.states[next]!.ps[0]!.schedtick).toBe(t.states[next - 1]!.ps[0]!.schedtick + 1);
  });
});

describe('the global queue batch', () => {
  it('takes min(128, n, n/GOMAXPROCS+1) Gs: runs the first, queues the rest locally', () => {
    // GOMAXPROCS 4, 10 global Gs: 10/4+1 = 3.
    const s = build({
      procs: 4,
      ps: [{ schedtick: 5 }, {}, {}, {}],
      ms: [{ p: 0, phase: 'sched' }],
      global: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
    });
    const r = step(s);
    expect(keys(r.events)[0]).toBe('gmp.globrunqget.batch');
    expect(r.state.ms[0]!.curg).toBe(10);
    expect(r.state.ps[0]!.runq).toEqual([11, 12]);
    expect(r.state.globrunq).toEqual([13, 14, 15, 16, 17, 18, 19]);
  });

  it('is capped at 128 (half a local queue)', () => {
    const global = Array.from({ length: 300 }, (_, i) => i + 2);
    const s = build({ procs: 1, ps: [{ schedtick: 5 }], ms: [{ p: 0, phase: 'sched' }], global });
    const r = step(s);
    expect(r.state.ms[0]!.curg).toBe(2);
    expect(r.state.ps[0]!.runq.length).toBe(127);
    expect(r.state.globrunq.length).toBe(300 - 128);
  });
});

describe('nothing to run', () => {
  it('an M spins only if 2*nmspinning < GOMAXPROCS - npidle', () => {
    const busy = { phase: 'run' as const, when: 5_000_000 };
    // Spinning Ms backing off (when > now) so that the M under test acts first.
    const spinner = { phase: 'steal' as const, spinning: true, when: 1000 };
    // nmspinning=1, npidle=1 (P3), busy Ps = 4-1 = 3: 2 < 3 → M2 spins too.
    const a = build({ procs: 4, ms: [{ p: 0, curg: 1, ...busy }, { p: 1, ...spinner }, { p: 2, phase: 'sched' }] });
    const ra = step(a);
    expect(keys(ra.events)).toEqual(['gmp.findRunnable.becomeSpinning']);
    expect(ra.state.sched.nmspinning).toBe(2);
    expect(ra.state.ms[2]!.spinning).toBe(true);
    expect(ra.state.ms[2]!.phase).toBe('steal');

    // nmspinning=2, npidle=0, busy=4: 4 < 4 is false → M1 does not spin and gives up P1.
    const b = build({ procs: 4, ms: [{ p: 0, curg: 1, ...busy }, { p: 1, phase: 'sched' }, { p: 2, ...spinner }, { p: 3, ...spinner }] });
    const rb = step(b);
    expect(keys(rb.events)).toEqual(['gmp.findRunnable.nospin', 'gmp.pidleput', 'gmp.stopm']);
    expect(rb.state.ps[1]!.status).toBe('idle');
    expect(rb.state.sched.pidle[0]).toBe(1);
    expect(rb.state.ms[1]!.phase).toBe('idle');
    expect(rb.state.sched.nmspinning).toBe(2);

    // One more busy P: nmspinning=2, busy=5: 4 < 5 → a third M may spin.
    const c = build({
      procs: 5,
      ms: [{ p: 0, curg: 1, ...busy }, { p: 1, curg: 2, ...busy }, { p: 2, phase: 'sched' }, { p: 3, ...spinner }, { p: 4, ...spinner }],
    });
    expect(keys(step(c).events)).toEqual(['gmp.findRunnable.becomeSpinning']);
  });

  it('a spinning M that steals nothing puts its P on the idle list (LIFO head) and stops', () => {
    const s = build({
      procs: 3,
      ms: [{ p: 0, phase: 'run', curg: 1, when: 5_000_000 }, { p: 1, phase: 'steal', spinning: true }],
    });
    expect(s.sched.pidle).toEqual([2]);
    const r = step(s);
    expect(keys(r.events)).toEqual(['gmp.stealWork.none', 'gmp.pidleput', 'gmp.stopm']);
    expect(r.state.sched.pidle).toEqual([1, 2]); // pidleput pushes at the head
    expect(r.state.sched.nmspinning).toBe(0);
    expect(r.state.sched.midle).toEqual([1]);
  });

  it('an M about to give up its P becomes spinning instead when needspinning is set', () => {
    const s = edit(
      build({
        procs: 4,
        ms: [
          { p: 0, phase: 'run', curg: 1, when: 5_000_000 },
          { p: 1, phase: 'sched' },
          { p: 2, phase: 'steal', spinning: true, when: 1000 },
          { p: 3, phase: 'steal', spinning: true, when: 1000 },
        ],
      }),
      (x) => {
        x.sched.needspinning = 1;
      },
    );
    const r = step(s);
    expect(keys(r.events)).toEqual(['gmp.findRunnable.nospin', 'gmp.becomeSpinning.needspinning']);
    expect(r.state.ms[1]!.spinning).toBe(true);
    expect(r.state.sched.needspinning).toBe(0);
    expect(r.state.ps[1]!.status).toBe('running');
  });
});
