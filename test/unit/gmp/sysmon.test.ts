// sysmon: time-slice preemption (retake → preemptone → gopreempt_m) and taking Ps from syscalls.
import { describe, expect, it } from 'vitest';
import { apply, init, scenarios } from '../../../simulators/gmp/index.ts';
import { nextDelay } from '../../../simulators/gmp/sysmon.ts';
import { key, keys, quietSysmonTicks, run, runConfig, until } from './helpers.ts';

const MS = 1_000_000;

describe('sysmon delay', () => {
  it('sleeps 20 µs, starts doubling after 50 idle cycles, and never exceeds 10 ms', () => {
    expect(nextDelay(0, 10_000)).toBe(20);
    expect(nextDelay(50, 20)).toBe(20);
    expect(nextDelay(51, 20)).toBe(40);
    expect(nextDelay(52, 40)).toBe(80);
    expect(nextDelay(70, 8000)).toBe(10_000);
  });
});

describe('time-slice preemption', () => {
  it('a G that holds one schedtick for 10 ms is preempted and goes to the GLOBAL queue', () => {
    // main starts a short G2 and a 30 ms hog G3, then blocks; on one P the hog (runnext) runs at t=0.
    const t = runConfig(
      {
        gomaxprocs: 1,
        channels: { c: { cap: 0 } },
        main: [{ op: 'go', body: [{ op: 'compute', us: 100 }] }, { op: 'go', body: [{ op: 'compute', us: 30_000 }] }, { op: 'recv', ch: 'c' }],
      },
      20,
    );
    const { index, event } = until(t, key('gmp.preemptone'));
    // sysmon first sees the hog's schedtick at its first tick (20 µs) and preempts at the first
    // tick at least 10 ms later; with no syscalls to retake, its sleeps have been doubling.
    const ticks = quietSysmonTicks(0, 40 * MS);
    const firstSeen = ticks[0]!;
    const expected = ticks.find((x) => x >= firstSeen + 10 * MS)!;
    expect(t.states[index]!.now).toBe(expected);
    expect(event.narration.params['ran']).toBe(expected - firstSeen);
    const g = event.narration.params['g'] as number;
    expect(g).toBe(3); // G3 came from runnext and inherited main's slice
    // The G stops at once (async preemption) and goes to the tail of the global queue.
    const after = t.events[index + 1]!;
    expect(keys(after)[0]).toBe('gmp.gopreempt_m');
    expect(t.states[index + 1]!.globrunq).toEqual([g]);
    expect(t.states[index + 1]!.ps[0]!.runq).not.toContain(g);
    // Its compute resumes later where it stopped: 30 ms in total.
    expect(t.states[index + 1]!.gs[g]!.left).toBe(30 * MS - expected);
  });

  it('does not preempt a G whose P keeps changing schedtick', () => {
    // Many 2 ms goroutines: every execute starts a new slice, so none is preempted.
    const t = runConfig({ gomaxprocs: 1, main: Array.from({ length: 8 }, () => ({ op: 'go' as const, body: [{ op: 'compute' as const, us: 2000 }] })) }, 200);
    expect(t.events.flat().some(key('gmp.preemptone'))).toBe(false);
  });

  it('goroutines sharing a slice through runnext are preempted together (chan ping-pong)', () => {
    const sc = scenarios.find((s) => s.id === 'chan-pingpong')!;
    const t = run(init(sc.config, sc.seed), 400);
    const { index } = until(t, key('gmp.preemptone'));
    // Until then every execute after the first of the pair inherited the slice: schedtick constant.
    const ticks = new Set<number>();
    for (let i = 8; i < index; i++) for (const e of t.events[i]!) if (e.narration.key === 'gmp.execute.inherit') ticks.add(e.narration.params['schedtick'] as number);
    expect([...ticks]).toEqual([2]);
    expect(t.states[index]!.now).toBeGreaterThanOrEqual(10 * MS);
  });
});

describe('retaking a P from a syscall', () => {
  it('waits one sysmon tick (≥ 20 µs) when the P has work queued', () => {
    const t = runConfig(
      {
        gomaxprocs: 1,
        main: [{ op: 'go', body: [{ op: 'compute', us: 100 }] }, { op: 'syscall', us: 5000 }],
      },
      10,
    );
    const enter = until(t, key('gmp.entersyscall'));
    const start = t.states[enter.index]!.now;
    const { index } = until(t, key('gmp.retake.syscall'));
    const at = t.states[index]!.now;
    const ticks = quietSysmonTicks(0, 10 * MS).filter((x) => x > start);
    // First tick sees the syscall (records syscalltick), the second retakes it.
    expect(at).toBe(ticks[1]);
    expect(at - start).toBeGreaterThanOrEqual(20_000);
    expect(keys(t.events[index]!)).toEqual(['gmp.retake.syscall', 'gmp.handoffp.work', 'gmp.startm.new']);
  });

  it('waits 10 ms when the P has no work and another P is idle (then hands it to a last-P M)', () => {
    const t = runConfig({ gomaxprocs: 2, main: [{ op: 'syscall', us: 30_000 }] }, 10);
    const { index } = until(t, key('gmp.retake.syscall'));
    const ticks = quietSysmonTicks(0, 40 * MS);
    // Seen at the first tick (20 µs); retaken at the first tick ≥ 10 ms after that.
    expect(t.states[index]!.now).toBe(ticks.find((x) => x >= ticks[0]! + 10 * MS));
    // No work, no spinning M but one idle P: this is the last running P → startm.
    expect(keys(t.events[index]!).slice(0, 2)).toEqual(['gmp.retake.syscall', 'gmp.handoffp.last']);
  });

  it('does not wait 10 ms when no P is idle and no M spins (GOMAXPROCS 1)', () => {
    const t = runConfig({ gomaxprocs: 1, main: [{ op: 'syscall', us: 30_000 }] }, 10);
    const { index } = until(t, key('gmp.retake.syscall'));
    expect(t.states[index]!.now).toBe(40_000);
    // nmspinning + npidle == 0: handoffp starts a spinning M for the P.
    expect(keys(t.events[index]!).slice(0, 2)).toEqual(['gmp.retake.syscall', 'gmp.handoffp.spin']);
  });

  it('never retakes a syscall that ends before sysmon has seen it for a tick', () => {
    const t = runConfig({ gomaxprocs: 1, main: [{ op: 'go', body: [] }, { op: 'syscall', us: 30 }, { op: 'compute', us: 10 }] }, 10);
    expect(t.events.flat().some(key('gmp.retake.syscall'))).toBe(false);
    expect(t.events.flat().some(key('gmp.exitsyscall.fast'))).toBe(true);
  });
});

describe('sysmon deep sleep', () => {
  it('sleeps while every P is idle; a timer wake-up keeps its long sleep, a syscall wake-up resets it', () => {
    // 5 ms of CPU lets sysmon's sleep grow; then main sleeps: every P idle → deep sleep.
    const t = runConfig({ gomaxprocs: 1, main: [{ op: 'compute', us: 5000 }, { op: 'sleep', us: 2000 }, { op: 'compute', us: 100 }] }, 20);
    const blocked = until(t, key('gmp.netpoll.block')).index;
    const before = t.states[blocked]!.sysmon;
    expect(before.delay).toBeGreaterThan(20);
    const woke = until(t, key('gmp.netpoll.timer')).index;
    // sysmon's next regular wake-up (after `delay`) fell inside the sleep, so it went into deep
    // sleep; the timer's P makes it run its loop at once.
    expect(t.states[blocked]!.sysmon.next).toBeLessThan(t.states[woke]!.now);
    const after = t.states[woke]!.sysmon;
    expect(after.next).toBe(t.states[woke]!.now);
    expect(after.idle).toBe(before.idle); // its pending wake-up runs retake next
    expect(after.delay).toBe(before.delay); // "does not reset idle when waking from a timer"

    // A syscall whose P was taken (here by the stop-the-world of runtime.GOMAXPROCS) returns to
    // an all-idle system: the syscall wake-up resets sysmon's sleep to 20 µs.
    const u0 = runConfig({ gomaxprocs: 1, main: [{ op: 'compute', us: 5000 }, { op: 'syscall', us: 3000 }, { op: 'compute', us: 100 }] }, 3);
    const entered = until(u0, key('gmp.entersyscall')).index;
    const inSys = u0.states[entered]!;
    expect(inSys.sysmon.idle).toBeGreaterThan(50);
    const u = run(apply(inSys, { type: 'setGomaxprocs', n: 2 }).state, 20);
    const back = until(u, key('gmp.exitsyscall.idle')).index;
    expect(u.states[back]!.sysmon).toMatchObject({ idle: 0, delay: 20, next: u.states[back]!.now });
  });
});
