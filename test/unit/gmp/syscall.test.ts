// entersyscall / exitsyscall (fast path, old P, idle P, no P) and handoffp's rules.
import { describe, expect, it } from 'vitest';
import { draft } from '../../../simulators/gmp/ctx.ts';
import { check, init, scenarios, step } from '../../../simulators/gmp/index.ts';
import { handoffp } from '../../../simulators/gmp/handoffp.ts';
import { takeP } from '../../../simulators/gmp/takeP.ts';
import { build, key, keys, run, runConfig, until } from './helpers.ts';

describe('entersyscall', () => {
  it('keeps the P attached (current model): P running, G in syscall', () => {
    const t = runConfig({ gomaxprocs: 2, main: [{ op: 'syscall', us: 1000 }] }, 1);
    const s = t.states[1]!;
    expect(keys(t.events[1]!)).toEqual(['gmp.entersyscall']);
    expect(s.gs[1]!.status).toBe('syscall');
    expect(s.ps[0]).toMatchObject({ status: 'running', m: 0 });
    expect(s.ms[0]).toMatchObject({ p: 0, curg: 1, phase: 'syscall', when: 1_000_000 });
  });
});

describe('exitsyscall', () => {
  it('fast path: the P was never taken', () => {
    const t = runConfig({ gomaxprocs: 1, main: [{ op: 'syscall', us: 10 }, { op: 'compute', us: 10 }] }, 3);
    const { index } = until(t, key('gmp.exitsyscall.fast'));
    const s = t.states[index]!;
    expect(s.gs[1]!.status).toBe('running');
    expect(s.ps[0]!.syscalltick).toBe(1);
    expect(s.ms[0]!.p).toBe(0);
  });

  it('no P anywhere: the G goes to the global queue and the M stops', () => {
    const sc = scenarios.find((x) => x.id === 'syscall-handoff')!;
    const t = run(init(sc.config, sc.seed), 40);
    const { index } = until(t, key('gmp.exitsyscall.nop'));
    const s = t.states[index]!;
    expect(keys(t.events[index]!)).toEqual(['gmp.exitsyscall.nop', 'gmp.stopm']);
    expect(s.globrunq).toEqual([1]);
    expect(s.gs[1]!.status).toBe('runnable');
    expect(s.ms[0]).toMatchObject({ phase: 'idle', p: null, curg: null });
  });

  it('slow path: the P was taken, an idle P is used (pidleget)', () => {
    const sc = scenarios.find((x) => x.id === 'syscall-handoff')!;
    const t = run(init(sc.config, sc.seed), 60);
    const { index, event } = until(t, key('gmp.exitsyscall.idle'));
    expect(event.narration.params['p']).toBe(0);
    expect(t.states[index - 1]!.ps[0]!.status).toBe('idle');
    expect(t.states[index]!.ps[0]).toMatchObject({ status: 'running', m: event.narration.params['m'] });
    expect(t.states[index]!.sched.npidle).toBe(0);
  });

  it('takes its old P back from an M whose G is itself in a syscall', () => {
    // M0 left its syscall P0 (retaken); P0 now belongs to M1, which is also in a syscall.
    const s = build({
      procs: 1,
      ms: [
        { p: null, phase: 'syscall', curg: 1, when: 0, oldp: 0 },
        { p: 0, phase: 'syscall', curg: 2, when: 5_000_000 },
      ],
    });
    const r = step(s);
    expect(keys(r.events)).toEqual(['gmp.exitsyscall.oldp']);
    expect(r.state.ps[0]!.m).toBe(0);
    expect(r.state.ms[1]!.p).toBeNull(); // M1 stays in its syscall, now without a P
    expect(r.state.gs[1]!.status).toBe('running');
    expect(check(r.state)).toEqual([]);
  });
});

describe('handoffp', () => {
  function handed(spec: Parameters<typeof build>[0], pid: number): string[] {
    const c = draft(build(spec));
    takeP(c, pid);
    handoffp(c, pid);
    expect(check(c.s)).toEqual([]);
    return c.ev.map((e) => e.narration.key);
  }
  const inSyscall = { p: 0, phase: 'syscall' as const, curg: 1, when: 9_000_000 };

  it('starts an M at once when the P has local work', () => {
    expect(handed({ procs: 2, ps: [{ runq: [3] }, {}], ms: [inSyscall] }, 0)).toEqual(['gmp.handoffp.work', 'gmp.startm.new']);
  });

  it('starts an M at once when the global queue has work', () => {
    expect(handed({ procs: 2, ms: [inSyscall], global: [4] }, 0)).toEqual(['gmp.handoffp.work', 'gmp.startm.new']);
  });

  it('starts a SPINNING M when no M spins and no P is idle', () => {
    const c = draft(build({ procs: 2, ms: [inSyscall, { p: 1, phase: 'run', curg: 2, when: 9_000_000 }] }));
    takeP(c, 0);
    handoffp(c, 0);
    expect(c.ev.map((e) => e.narration.key)).toEqual(['gmp.handoffp.spin', 'gmp.startm.new']);
    expect(c.s.ms[2]).toMatchObject({ p: 0, spinning: true });
    expect(c.s.sched.nmspinning).toBe(1);
  });

  it('starts an M for the last running P (someone must wait for timers)', () => {
    expect(handed({ procs: 2, ms: [inSyscall] }, 0)).toEqual(['gmp.handoffp.last', 'gmp.startm.new']);
  });

  it('otherwise puts the P on the idle list', () => {
    // 3 Ps: P1 busy, P2 idle → npidle=1: not 0 (no spin) and not gomaxprocs-1=2 (not last).
    const keysOut = handed({ procs: 3, ms: [inSyscall, { p: 1, phase: 'run', curg: 2, when: 9_000_000 }] }, 0);
    expect(keysOut).toEqual(['gmp.handoffp.idle']);
  });
});
