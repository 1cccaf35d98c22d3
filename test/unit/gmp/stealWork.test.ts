// stealWork / runqsteal and the spinning-M protocol (wakep, startm, resetspinning).
import { describe, expect, it } from 'vitest';
import { init, scenarios, step } from '../../../simulators/gmp/index.ts';
import { coprimes, stealOrder } from '../../../simulators/gmp/stealWork.ts';
import { build, goN, key, keys, run, runConfig, until } from './helpers.ts';

describe('the random steal order', () => {
  it('visits every P exactly once, with a stride coprime with GOMAXPROCS', () => {
    expect(coprimes(6)).toEqual([1, 5]);
    expect(coprimes(8)).toEqual([1, 3, 5, 7]);
    for (const n of [1, 2, 3, 4, 6, 7, 8, 12]) {
      for (let i = 0; i < 200; i += 7) {
        const order = stealOrder(n, i);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, k) => k));
        expect(order[0]).toBe(i % n); // random start
      }
    }
  });
});

describe('runqsteal', () => {
  it('takes ceil(half) of the victim queue from its head and runs the last one taken', () => {
    for (let len = 1; len <= 12; len++) {
      const runq = Array.from({ length: len }, (_, i) => i + 10);
      const s = build({
        procs: 2,
        ps: [{ runq }, {}],
        ms: [
          { p: 0, phase: 'run', curg: 1, when: 5_000_000 },
          { p: 1, phase: 'steal', spinning: true },
        ],
      });
      const r = step(s);
      const e = r.events.find(key('gmp.runqsteal'))!;
      const n = len - Math.floor(len / 2); // n - n/2 in Go's integer arithmetic
      expect(e.narration.params['n']).toBe(n);
      const stolen = runq.slice(0, n);
      expect(r.state.ms[1]!.curg).toBe(stolen[n - 1]);
      expect(r.state.ps[1]!.runq).toEqual(stolen.slice(0, -1));
      expect(r.state.ps[0]!.runq).toEqual(runq.slice(n));
      expect(e.narration.params['pass']).toBe(1); // a non-empty runq is found on the first pass
    }
  });

  it('steals the victim runnext only on the 4th pass, after backing off 3 µs from a running P', () => {
    // main (G1) computes on P0 with G2 in runnext; M1 spins on P1.
    const s = build({
      procs: 2,
      ps: [{ runnext: 2 }, {}],
      ms: [
        { p: 0, phase: 'run', curg: 1, when: 5_000_000 },
        { p: 1, phase: 'steal', spinning: true },
      ],
    });
    const r = step(s);
    const e = r.events.find(key('gmp.runqsteal.runnext'))!;
    expect(e.narration.params).toMatchObject({ pass: 4, g: 2, victim: 0 });
    expect(r.state.now).toBe(3000); // usleep(3) before taking a running P's runnext
    expect(r.state.ps[0]!.runnext).toBeNull();
    expect(r.state.ms[1]!.curg).toBe(2);
  });

  it('does not back off when the victim is in a system call', () => {
    const s = build({
      procs: 2,
      ps: [{ runnext: 2 }, {}],
      ms: [
        { p: 0, phase: 'syscall', curg: 1, when: 5_000_000 },
        { p: 1, phase: 'steal', spinning: true },
      ],
    });
    const r = step(s);
    expect(r.events.find(key('gmp.runqsteal.runnext'))!.narration.params['pass']).toBe(4);
    expect(r.state.now).toBe(0);
  });

  it('leaves runnext alone if the victim runs it during the back-off', () => {
    // P0's G1 readies G2 and blocks at once: P0 runs G2 itself before the thief wakes.
    const t = runConfig(
      {
        gomaxprocs: 2,
        channels: { c: { cap: 0 } },
        main: [{ op: 'go', body: [{ op: 'compute', us: 500 }] }, { op: 'recv', ch: 'c' }],
      },
      10,
    );
    const all = t.events.flat();
    expect(all.some(key('gmp.runqsteal.runnext'))).toBe(false);
    const ran = until(t, key('gmp.runqget.runnext'));
    expect(ran.event.narration.params).toMatchObject({ g: 2, p: 0 });
  });

  it('skips idle Ps and finds nothing when every other P is idle', () => {
    const s = build({ procs: 4, ms: [{ p: 0, phase: 'steal', spinning: true }] });
    const r = step(s);
    expect(keys(r.events)).toEqual(['gmp.stealWork.none', 'gmp.pidleput', 'gmp.stopm']);
  });

  it('the flagship scenario steals half of P0 within 15–30 steps', () => {
    const sc = scenarios.find((x) => x.id === 'work-stealing')!;
    const t = run(init(sc.config, sc.seed), 40);
    const { index, event } = until(t, key('gmp.runqsteal'));
    expect(index).toBeGreaterThanOrEqual(15);
    expect(index).toBeLessThanOrEqual(30);
    const victimLen = t.states[index - 1]!.ps[0]!.runq.length;
    expect(event.narration.params['n']).toBe(Math.ceil(victimLen / 2));
    expect(event.narration.params['p']).toBe(1);
  });
});

describe('wakep', () => {
  it('starts a spinning M only when no M spins and a P is idle', () => {
    const t = runConfig({ gomaxprocs: 3, main: [...goN(3), { op: 'compute', us: 1000 }] }, 3);
    // First go statement: P2 (head of the idle list) idle and nmspinning 0 → wakep → startm.
    expect(keys(t.events[1]!)).toEqual(['gmp.newproc', 'gmp.runqput.runnext', 'gmp.wakep', 'gmp.startm.new']);
    expect(t.states[1]!.ms[1]).toMatchObject({ p: 2, spinning: true, phase: 'sched' });
    expect(t.states[1]!.sched.nmspinning).toBe(1);
    // Second: P1 is still idle, but M1 is spinning → no wakep, no new M.
    expect(t.events[2]!.some(key('gmp.wakep'))).toBe(false);
    expect(t.states[2]!.ps[1]!.status).toBe('idle');
    expect(t.states[2]!.ms.length).toBe(2);
  });

  it('does nothing without an idle P (and records needspinning)', () => {
    const t = runConfig({ gomaxprocs: 1, main: [...goN(1), { op: 'compute', us: 1000 }] }, 1);
    expect(t.events[1]!.some(key('gmp.wakep'))).toBe(false);
    expect(t.states[1]!.ms.length).toBe(1);
    expect(t.states[1]!.sched.needspinning).toBe(1);
  });

  it('startm reuses an idle M before creating one', () => {
    const s = build({
      procs: 2,
      ms: [{ p: 0, phase: 'run', curg: 1, when: 0 }, { p: null, phase: 'idle' }],
      body: [{ op: 'go', body: [{ op: 'compute', us: 10 }] }, { op: 'compute', us: 1000 }],
    });
    const r = step(s);
    const e = r.events.find(key('gmp.startm.reuse'))!;
    expect(e.narration.params).toMatchObject({ m: 1, p: 1, spinning: 1 });
    expect(r.state.ms.length).toBe(2);
    expect(r.state.sched.midle).toEqual([]);
  });

  it('resetspinning: the last spinning M to find work calls wakep for another', () => {
    const s = build({
      procs: 3,
      ps: [{ runq: [5, 6, 7, 8] }, {}, {}],
      ms: [
        { p: 0, phase: 'run', curg: 1, when: 5_000_000 },
        { p: 1, phase: 'steal', spinning: true },
      ],
    });
    const r = step(s);
    expect(keys(r.events)).toEqual(['gmp.runqsteal', 'gmp.resetspinning', 'gmp.wakep', 'gmp.startm.new', 'gmp.execute']);
    expect(r.state.ms[2]).toMatchObject({ p: 2, spinning: true });
    expect(r.state.ms[1]!.spinning).toBe(false);
    expect(r.state.sched.nmspinning).toBe(1);
  });
});
