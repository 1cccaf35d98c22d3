// gopark / goready, channels, Gosched, timers, goexit and checkdead.
import { describe, expect, it } from 'vitest';
import { init, scenarios, step } from '../../../simulators/gmp/index.ts';
import { build, key, keys, run, runConfig, until } from './helpers.ts';

describe('goready', () => {
  it('puts the readied G in the READIER\'s P runnext, kicking the old runnext to the tail', () => {
    // G1 on P0 (with G5 in runnext) sends to G3, which waits on c and last ran elsewhere.
    const s = build({
      procs: 2,
      ps: [{ runnext: 5 }, {}],
      ms: [{ p: 0, phase: 'run', curg: 1, when: 0 }],
      chans: { c: { recvq: [3] } },
      body: [{ op: 'send', ch: 'c' }, { op: 'compute', us: 1000 }],
    });
    const r = step(s);
    expect(keys(r.events).slice(0, 3)).toEqual(['gmp.chansend.direct', 'gmp.goready', 'gmp.runqput.kick']);
    expect(r.state.ps[0]!.runnext).toBe(3);
    expect(r.state.ps[0]!.runq).toEqual([5]);
    expect(r.state.gs[3]).toMatchObject({ status: 'runnable', waitreason: null, waitch: null, pc: 1 });
    expect(r.state.chans['c']!.recvq).toEqual([]);
    // ready() calls wakep: P1 is idle and nobody spins.
    expect(keys(r.events)).toContain('gmp.wakep');
  });

  it('in the flagship scenario, main is readied onto the P of whichever worker sent', () => {
    const sc = scenarios.find((x) => x.id === 'work-stealing')!;
    const t = run(init(sc.config, sc.seed), 40);
    const readies = t.events.flat().filter(key('gmp.goready'));
    const ps = new Set(readies.map((e) => e.narration.params['p']));
    expect(ps).toEqual(new Set([0, 1]));
  });
});

describe('gopark and channels', () => {
  it('an unbuffered send with no receiver parks the sender with waitreason "chan send"', () => {
    const t = runConfig({ gomaxprocs: 1, main: [{ op: 'go', body: [{ op: 'send', ch: 'c' }] }, { op: 'compute', us: 1 }, { op: 'recv', ch: 'x' }] }, 6);
    const { index } = until(t, key('gmp.chansend.block'));
    const s = t.states[index]!;
    expect(s.gs[2]).toMatchObject({ status: 'waiting', waitreason: 'chan send', waitch: 'c' });
    expect(s.chans['c']!.sendq).toEqual([2]);
  });

  it('a buffered channel accepts cap sends without blocking, then blocks', () => {
    const t = runConfig(
      {
        gomaxprocs: 1,
        channels: { b: { cap: 2 } },
        main: [{ op: 'send', ch: 'b' }, { op: 'send', ch: 'b' }, { op: 'send', ch: 'b' }],
      },
      3,
    );
    expect(keys(t.events[1]!)).toEqual(['gmp.chansend.buffer']);
    expect(keys(t.events[2]!)).toEqual(['gmp.chansend.buffer']);
    expect(t.states[2]!.chans['b']!.qcount).toBe(2);
    expect(keys(t.events[3]!)).toEqual(['gmp.chansend.block', 'gmp.gopark']);
  });

  it('receiving from a full buffer readies a parked sender, whose value refills the buffer', () => {
    const s = build({
      procs: 1,
      ms: [{ p: 0, phase: 'run', curg: 1, when: 0 }],
      chans: { b: { cap: 1, qcount: 1, sendq: [4] } },
      body: [{ op: 'recv', ch: 'b' }, { op: 'compute', us: 1000 }],
    });
    const r = step(s);
    expect(keys(r.events).slice(0, 2)).toEqual(['gmp.chanrecv.full', 'gmp.goready']);
    expect(r.state.chans['b']).toMatchObject({ qcount: 1, sendq: [] });
    expect(r.state.ps[0]!.runnext).toBe(4);
  });

  it('a receive with nothing there parks with waitreason "chan receive"', () => {
    const t = runConfig({ gomaxprocs: 1, main: [{ op: 'go', body: [{ op: 'compute', us: 5 }] }, { op: 'recv', ch: 'c' }] }, 3);
    const { index } = until(t, key('gmp.gopark'));
    expect(t.states[index]!.gs[1]).toMatchObject({ status: 'waiting', waitreason: 'chan receive', waitch: 'c' });
  });
});

describe('runtime.Gosched', () => {
  it('puts the G at the TAIL of the global queue, not the local one', () => {
    const s = build({
      procs: 1,
      ps: [{ runq: [3] }],
      ms: [{ p: 0, phase: 'run', curg: 1, when: 0 }],
      global: [7, 8],
      body: [{ op: 'gosched' }, { op: 'compute', us: 1000 }],
    });
    const r = step(s);
    expect(keys(r.events)).toEqual(['gmp.gosched']);
    expect(r.state.globrunq).toEqual([7, 8, 1]);
    expect(r.state.ps[0]!.runq).toEqual([3]);
    expect(r.state.gs[1]).toMatchObject({ status: 'runnable', pc: 1 });
    expect(r.state.ms[0]).toMatchObject({ curg: null, phase: 'sched' });
  });
});

describe('timers', () => {
  it('time.Sleep parks with waitreason "sleep"; the timer readies the G into runnext when due', () => {
    const t = runConfig({ gomaxprocs: 1, main: [{ op: 'sleep', us: 500 }, { op: 'compute', us: 10 }] }, 10);
    expect(t.states[1]!.gs[1]).toMatchObject({ status: 'waiting', waitreason: 'sleep' });
    expect(t.states[1]!.timers).toEqual([{ g: 1, when: 500_000, seq: 0 }]);
    const { index } = until(t, key('gmp.goready.timer'));
    expect(t.states[index]!.now).toBe(500_000);
    expect(t.states[index]!.gs[1]!.status).toBe('running');
  });

  it('an M with nothing to do waits in netpoll for the next timer instead of stopm', () => {
    const t = runConfig({ gomaxprocs: 1, main: [{ op: 'sleep', us: 500 }] }, 10);
    const blocked = until(t, key('gmp.netpoll.block'));
    expect(t.states[blocked.index]!.ms[0]).toMatchObject({ phase: 'netpoll', when: 500_000, p: null });
    const woke = until(t, key('gmp.netpoll.timer'));
    expect(t.states[woke.index]!.now).toBe(500_000);
  });
});

describe('goexit and the end of the program', () => {
  it('a finished G is dead and its M schedules again', () => {
    const t = runConfig({ gomaxprocs: 1, main: [{ op: 'go', body: [] }, { op: 'recv', ch: 'never' }] }, 6);
    const { index } = until(t, key('gmp.goexit'));
    expect(t.states[index]!.gs[2]!.status).toBe('dead');
    expect(t.states[index]!.ms[0]!.phase).toBe('sched');
  });

  it('checkdead reports "all goroutines are asleep" when every G is blocked', () => {
    const t = runConfig({ gomaxprocs: 2, main: [{ op: 'go', body: [{ op: 'recv', ch: 'a' }] }, { op: 'recv', ch: 'b' }] }, 30);
    const last = t.events[t.events.length - 1]!;
    const e = last.find(key('gmp.checkdead'))!;
    expect(e.kind).toBe('checkdead');
    expect(e.narration.params).toMatchObject({ n: 2, gs: 'G1, G2' });
    expect(t.states[t.states.length - 1]!.halted).toBe('deadlock');
    // Terminal: nothing more happens.
    const end = t.states[t.states.length - 1]!;
    expect(step(end)).toEqual({ state: end, events: [] });
  });

  it('is not a deadlock while a timer is pending', () => {
    const t = runConfig({ gomaxprocs: 1, main: [{ op: 'go', body: [{ op: 'sleep', us: 300 }, { op: 'send', ch: 'c' }] }, { op: 'recv', ch: 'c' }] }, 30);
    expect(t.events.flat().some(key('gmp.checkdead'))).toBe(false);
    expect(t.states[t.states.length - 1]!.halted).toBe('exit');
  });

  it('main returning ends the program; goroutines still blocked are reported as leaked', () => {
    const sc = scenarios.find((x) => x.id === 'goroutine-leak')!;
    const t = run(init(sc.config, sc.seed), 200);
    const end = t.states[t.states.length - 1]!;
    expect(end.halted).toBe('exit');
    const e = t.events[t.events.length - 1]!.find(key('gmp.exit.leak'))!;
    expect(e.narration.params['blocked']).toBe(3);
    const blocked = end.gs.filter((g) => g && g.status === 'waiting').map((g) => g!.id);
    expect(e.actors.g).toEqual(blocked);
    for (const id of blocked) expect(end.gs[id]!.waitreason).toBe('chan send');
  });
});
