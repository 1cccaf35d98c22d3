// One test per schedtrace/scheddetail format (simulators/trace/versions.ts), lines built from the
// print code of the Go versions named, or real where marked.
import { describe, expect, it } from 'vitest';
import { parseSchedtrace, parseSchedtraceRecords, schedtraceFormatVersions } from '../../../simulators/trace/index.ts';

describe('schedtrace lines without scheddetail', () => {
  it('Go 1.5–1.19: "[2 1]" and no needspinning (real, go1.19.8)', () => {
    const r = parseSchedtraceRecords('SCHED 0ms: gomaxprocs=2 idleprocs=0 threads=4 spinningthreads=0 idlethreads=1 runqueue=1 [2 1]');
    expect(r.errors).toEqual([]);
    const t = r.ticks[0]!;
    expect(t).toMatchObject({ atMs: 0, gomaxprocs: 2, idleprocs: 0, threads: 4, spinningthreads: 0, idlethreads: 1, runqueue: 1, runqsizes: [2, 1], detailed: false });
    expect(t.needspinning).toBeUndefined();
    expect(t.schedticks).toBeUndefined();
    expect(t.format.list).toBe('tight');
    expect(schedtraceFormatVersions(t.format)).toBe('Go 1.5–1.19');
  });

  it('Go 1.20–1.24: needspinning with the tight list', () => {
    const t = parseSchedtraceRecords('SCHED 2005ms: gomaxprocs=8 idleprocs=6 threads=12 spinningthreads=0 needspinning=0 idlethreads=4 runqueue=0 [0 1 0 0 0 0 0 0]').ticks[0]!;
    expect(t.needspinning).toBe(0);
    expect(t.runqsizes).toEqual([0, 1, 0, 0, 0, 0, 0, 0]);
    expect(schedtraceFormatVersions(t.format)).toBe('Go 1.20–1.24');
  });

  it('current Go: "[ 1 0 ]" and schedticks (real format, Go 1.25)', () => {
    const r = parseSchedtraceRecords('SCHED 258ms: gomaxprocs=2 idleprocs=0 threads=5 spinningthreads=1 needspinning=1 idlethreads=2 runqueue=0 [ 0 1 ] schedticks=[ 12 15 ]');
    expect(r.errors).toEqual([]);
    const t = r.ticks[0]!;
    expect(t).toMatchObject({ atMs: 258, spinningthreads: 1, needspinning: 1, idlethreads: 2, runqueue: 0, runqsizes: [0, 1], schedticks: [12, 15] });
    expect(schedtraceFormatVersions(t.format)).toBe('Go 1.24 or later');
  });

  it('follows GOMAXPROCS changes: the list length changes with gomaxprocs', () => {
    const r = parseSchedtrace(
      [
        'SCHED 0ms: gomaxprocs=4 idleprocs=1 threads=6 spinningthreads=0 needspinning=0 idlethreads=1 runqueue=0 [ 0 0 3 0 ] schedticks=[ 1 2 3 4 ]',
        'SCHED 1000ms: gomaxprocs=2 idleprocs=0 threads=6 spinningthreads=0 needspinning=0 idlethreads=3 runqueue=5 [ 7 1 ] schedticks=[ 90 80 ]',
      ].join('\n'),
    );
    expect(r.ticks.map((t) => t.runqsizes)).toEqual([
      [0, 0, 3, 0],
      [7, 1],
    ]);
  });

  it('the public tick has exactly the documented keys', () => {
    const t = parseSchedtrace('SCHED 258ms: gomaxprocs=2 idleprocs=0 threads=5 spinningthreads=1 needspinning=1 idlethreads=2 runqueue=0 [ 0 1 ] schedticks=[ 12 15 ]').ticks[0]!;
    expect(Object.keys(t).sort()).toEqual(['atMs', 'gomaxprocs', 'idleprocs', 'idlethreads', 'needspinning', 'runqsizes', 'runqueue', 'spinningthreads', 'threads'].sort());
  });
});

describe('scheddetail', () => {
  it('Go 1.5–1.11: M lines with helpgc=, P lines without timerslen=', () => {
    const r = parseSchedtraceRecords(
      [
        'SCHED 1009ms: gomaxprocs=2 idleprocs=1 threads=5 spinningthreads=0 idlethreads=2 runqueue=0 gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0',
        '  P0: status=1 schedtick=42 syscalltick=7 m=0 runqsize=3 gfreecnt=1',
        '  P1: status=0 schedtick=40 syscalltick=2 m=-1 runqsize=0 gfreecnt=0',
        '  M1: p=-1 curg=-1 mallocing=0 throwing=0 preemptoff= locks=1 dying=0 helpgc=0 spinning=false blocked=false lockedg=-1',
        '  M0: p=0 curg=5 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 helpgc=0 spinning=false blocked=false lockedg=-1',
        '  G1: status=4(semacquire) m=-1 lockedm=-1',
        '  G5: status=2() m=0 lockedm=-1',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    const t = r.ticks[0]!;
    expect(t.detailed).toBe(true);
    expect(t.ps!.map((p) => [p.id, p.m, p.runqsize, p.timerslen])).toEqual([
      [0, 0, 3, undefined],
      [1, null, 0, undefined],
    ]);
    expect(t.ms!.map((m) => [m.id, m.p, m.curg, m.helpgc])).toEqual([
      [1, null, null, 0],
      [0, 0, 5, 0],
    ]);
    expect(t.gs!.map((g) => [g.id, g.status, g.waitreason, g.m])).toEqual([
      [1, 4, 'semacquire', null],
      [5, 2, undefined, 0],
    ]);
    expect(t.format).toEqual({ needspinning: false, list: null, absent: 'minus1', flags: 'int', timerslen: false, helpgc: true });
    expect(schedtraceFormatVersions(t.format)).toBe('Go 1.5–1.11');
  });

  it('Go 1.12–1.13: neither helpgc= nor timerslen=', () => {
    const t = parseSchedtraceRecords(
      [
        'SCHED 0ms: gomaxprocs=1 idleprocs=0 threads=2 spinningthreads=0 idlethreads=0 runqueue=0 gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0',
        '  P0: status=1 schedtick=0 syscalltick=0 m=0 runqsize=0 gfreecnt=0',
        '  M0: p=0 curg=1 mallocing=0 throwing=0 preemptoff= locks=1 dying=0 spinning=false blocked=false lockedg=1',
      ].join('\n'),
    ).ticks[0]!;
    expect(schedtraceFormatVersions(t.format)).toBe('Go 1.12–1.13');
  });

  it('current Go: nil ids and true/false flags', () => {
    const r = parseSchedtraceRecords(
      [
        'SCHED 1001ms: gomaxprocs=2 idleprocs=1 threads=5 spinningthreads=0 needspinning=0 idlethreads=2 runqueue=0 gcwaiting=false nmidlelocked=1 stopwait=0 sysmonwait=true',
        '  P0: status=1 schedtick=59 syscalltick=3 m=3 runqsize=0 gfreecnt=2 timerslen=1',
        '  P1: status=0 schedtick=12 syscalltick=0 m=nil runqsize=0 gfreecnt=0 timerslen=0',
        '  M3: p=0 curg=7 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=false lockedg=nil',
        '  M2: p=nil curg=nil mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=true lockedg=nil',
        '  G1: status=4(sleep) m=nil lockedm=nil',
        '  G7: status=2() m=3 lockedm=nil',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    const t = r.ticks[0]!;
    expect([t.gcwaiting, t.nmidlelocked, t.stopwait, t.sysmonwait]).toEqual([false, 1, 0, true]);
    expect(t.ps![1]!.m).toBeNull();
    expect(t.ms![1]).toMatchObject({ id: 2, p: null, curg: null, blocked: true, lockedg: null });
    expect(t.format.absent).toBe('nil');
    expect(schedtraceFormatVersions(t.format)).toBe('Go 1.20 or later');
  });

  it('wait reasons with parentheses, the _Gscan bit, and a preemptoff reason with spaces', () => {
    const t = parseSchedtraceRecords(
      [
        'SCHED 5ms: gomaxprocs=1 idleprocs=0 threads=3 spinningthreads=0 idlethreads=1 runqueue=0 gcwaiting=1 nmidlelocked=0 stopwait=1 sysmonwait=0',
        '  M0: p=0 curg=1 mallocing=1 throwing=0 preemptoff=dumping heap locks=2 dying=0 spinning=false blocked=false lockedg=-1',
        '  G4: status=4(GC worker (idle)) m=-1 lockedm=-1',
        '  G9: status=4100(chan receive) m=-1 lockedm=-1',
      ].join('\n'),
    ).ticks[0]!;
    expect(t.ms![0]!.preemptoff).toBe('dumping heap');
    expect(t.ms![0]!.locks).toBe(2);
    expect(t.gs!.map((g) => [g.status, g.waitreason])).toEqual([
      [4, 'GC worker (idle)'],
      [4100, 'chan receive'],
    ]);
  });

  it('P, M or G lines without a scheddetail SCHED line before them are errors', () => {
    const r = parseSchedtrace(
      ['SCHED 0ms: gomaxprocs=1 idleprocs=0 threads=2 spinningthreads=0 idlethreads=0 runqueue=0 [0]', '  P0: status=1 schedtick=0 syscalltick=0 m=0 runqsize=0 gfreecnt=0'].join('\n'),
    );
    expect(r.ticks).toHaveLength(1);
    expect(r.ticks[0]!.ps).toBeUndefined();
    expect(r.errors.map((e) => e.line)).toEqual([2]);
  });

  it('ignores program output and gctrace lines', () => {
    const r = parseSchedtrace('hello\ngc 1 @0.1s 1%: 1+2+3 ms clock, 1+2/3/4+5 ms cpu, 1->2->3 MB, 4 MB goal, 2 P\nSCHEDULE: nothing\nP: none');
    expect(r).toEqual({ ticks: [], errors: [] });
  });
});
