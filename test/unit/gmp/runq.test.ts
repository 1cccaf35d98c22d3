// newproc / runqput / runqputslow / runqget: the local run queue and runnext.
import { describe, expect, it } from 'vitest';
import { draft } from '../../../simulators/gmp/ctx.ts';
import { globrunqBatchSize } from '../../../simulators/gmp/globrunq.ts';
import { init } from '../../../simulators/gmp/index.ts';
import { runqget, runqput } from '../../../simulators/gmp/runqput.ts';
import { build, goN, key, keys, runConfig } from './helpers.ts';

describe('go statement → runnext', () => {
  it('puts the new G in runnext and kicks the previous runnext to the tail of the local queue', () => {
    // GOMAXPROCS 1: no other P, so nothing is stolen and we see the queue exactly.
    const t = runConfig({ gomaxprocs: 1, main: [...goN(3), { op: 'compute', us: 1000 }] }, 3);
    const [, s1, s2, s3] = t.states;
    expect(s1!.ps[0]!.runnext).toBe(2);
    expect(s1!.ps[0]!.runq).toEqual([]);
    expect(keys(t.events[1]!)).toEqual(['gmp.newproc', 'gmp.runqput.runnext']);
    expect(s2!.ps[0]!.runnext).toBe(3);
    expect(s2!.ps[0]!.runq).toEqual([2]);
    expect(t.events[2]!.find(key('gmp.runqput.kick'))!.narration.params).toMatchObject({ g: 3, kicked: 2 });
    expect(s3!.ps[0]!.runnext).toBe(4);
    expect(s3!.ps[0]!.runq).toEqual([2, 3]);
    for (const s of [s1, s2, s3]) expect(s!.gs[1]!.status).toBe('running');
  });

  it('newproc puts the G on the CURRENT P, not an idle one', () => {
    const t = runConfig({ gomaxprocs: 4, main: goN(1) }, 1);
    expect(t.states[1]!.ps[0]!.runnext).toBe(2);
    for (const p of t.states[1]!.ps.slice(1)) expect(p.runnext).toBeNull();
  });
});

describe('runqputslow', () => {
  it('a full local queue sends its first 128 goroutines plus the kicked one (129) to the global queue', () => {
    // runnext + 256 slots hold 257 Gs (G2…G258); the 258th go statement (G259) overflows.
    const t = runConfig({ gomaxprocs: 1, main: [...goN(258), { op: 'compute', us: 1000 }] }, 258);
    const before = t.states[257]!;
    expect(before.ps[0]!.runnext).toBe(258);
    expect(before.ps[0]!.runq.length).toBe(256);
    expect(before.globrunq).toEqual([]);
    const after = t.states[258]!;
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    // runqputslow takes the HEAD half of the local queue (G2…G129), then the kicked G258.
    expect(after.globrunq).toEqual([...range(2, 129), 258]);
    expect(after.ps[0]!.runq).toEqual(range(130, 257));
    expect(after.ps[0]!.runnext).toBe(259);
    const e = t.events[258]!.find(key('gmp.runqputslow.kick'))!;
    expect(e.kind).toBe('runqputslow');
    expect(e.narration.params).toMatchObject({ n: 129, half: 128, g: 258, runnext: 259 });
  });

  it('runqput without runnext (next=false) to a full queue also overflows by 128 + 1', () => {
    const s = build({ procs: 1, ps: [{ runq: Array.from({ length: 256 }, (_, i) => i + 2) }], ms: [{ p: 0, phase: 'run', curg: 1, when: 5e6 }], maxG: 258 });
    const c = draft(s);
    c.s.gs[258] = { ...c.s.gs[258]!, status: 'runnable' };
    runqput(c, 0, 258, false);
    expect(c.s.globrunq.length).toBe(129);
    expect(c.s.globrunq[128]).toBe(258);
    expect(c.s.ps[0]!.runq.length).toBe(128);
    expect(c.ev.map((e) => e.narration.key)).toEqual(['gmp.runqputslow']);
  });
});

describe('runqget', () => {
  it('takes runnext first (inheriting the time slice), then the head of runq', () => {
    const s = build({ procs: 1, ps: [{ runq: [3, 4], runnext: 5 }], ms: [{ p: 0, phase: 'sched' }] });
    const c = draft(s);
    expect(runqget(c, 0)).toEqual({ gp: 5, inheritTime: true });
    expect(runqget(c, 0)).toEqual({ gp: 3, inheritTime: false });
    expect(runqget(c, 0)).toEqual({ gp: 4, inheritTime: false });
    expect(runqget(c, 0)).toBeNull();
    // The input state is untouched (copy on write).
    expect(s.ps[0]!.runq).toEqual([3, 4]);
    expect(s.ps[0]!.runnext).toBe(5);
  });
});

describe('globrunqgetbatch size', () => {
  it('is min(128, len, len/GOMAXPROCS + 1) with integer division', () => {
    expect(globrunqBatchSize(10, 4, 128)).toBe(3); // 10/4 = 2, +1
    expect(globrunqBatchSize(1, 8, 128)).toBe(1);
    expect(globrunqBatchSize(300, 1, 128)).toBe(128); // capped at half a local queue
    expect(globrunqBatchSize(5, 1, 128)).toBe(5); // never more than there is
    expect(globrunqBatchSize(7, 2, 128)).toBe(4);
  });

  it('init leaves the global queue empty and the other Ps idle', () => {
    const s = init({ gomaxprocs: 3, main: [] }, 0);
    expect(s.globrunq).toEqual([]);
    expect(s.sched.pidle).toEqual([2, 1]);
  });
});
