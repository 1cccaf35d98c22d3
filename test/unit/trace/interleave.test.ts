// Program output interleaved with runtime output: the runtime writes each print() argument
// separately, so a program's write can land inside a trace line (simulators/trace/cursor.ts).
import { describe, expect, it } from 'vitest';
import { CONTINUATION_WINDOW, parseGctrace, parseGctraceRecords, parseSchedtrace, parseSchedtraceRecords } from '../../../simulators/trace/index.ts';

const GC3 = {
  n: 3,
  at: 0.1,
  cpuPercent: 1,
  forced: false,
  clock: { sweepTerm: 0.01, mark: 0.5, markTerm: 0.02 },
  cpu: { sweepTerm: 0.02, assist: 0.1, background: 0.2, idle: 0, markTerm: 0.04 },
  heap: { start: 4, end: 5, live: 2 },
  goal: 5,
  stacks: 0,
  globals: 0,
  procs: 2,
};
const REST = '0.01+0.5+0.02 ms clock, 0.02+0.1/0.2/0+0.04 ms cpu, 4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 2 P';

describe('gctrace with program output inside', () => {
  it('a program line inside the trace line: the rest continues on the next line', () => {
    const r = parseGctraceRecords(`gc 3 @0.1s 1%: hello from main\n${REST}\nbye`);
    expect(r.errors).toEqual([]);
    expect(r.cycles).toHaveLength(1);
    expect(r.cycles[0]).toMatchObject({ ...GC3, line: 1, recovered: true });
  });

  it('several program lines in between, within the continuation window', () => {
    const noise = Array.from({ length: CONTINUATION_WINDOW - 2 }, (_, i) => `worker ${i} done`).join('\n');
    const r = parseGctrace(`gc 3 @0.1s 1%: starting\n${noise}\n${REST}`);
    expect(r.errors).toEqual([]);
    expect(r.cycles).toEqual([GC3]);
  });

  it('program text glued in front of, inside, and after a line', () => {
    const line = 'log: gc 3 @0.1s 1%: 0.01+0.5+0.02 ms clock, 0.02+0.1/ok0.2/0+0.04 ms cpu, 4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 2 P tail';
    const r = parseGctrace(line);
    expect(r.errors).toEqual([]);
    expect(r.cycles).toEqual([GC3]);
  });

  it('a number followed by program text, the separator on the next line', () => {
    const r = parseGctrace('gc 3 @0.1s 1%: 0.01+0.5xyz\n+0.02 ms clock, 0.02+0.1/0.2/0+0.04 ms cpu, 4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 2 P');
    expect(r.errors).toEqual([]);
    expect(r.cycles).toEqual([GC3]);
  });

  it('" (forced)" after program text on the same line still marks the cycle forced', () => {
    const r = parseGctrace(`${'gc 3 @0.1s 1%: '}${REST}[ok] (forced)`);
    expect(r.cycles).toEqual([{ ...GC3, forced: true }]);
  });

  it('a cut line followed by a new gctrace line: the cut one is an error, the new one is read', () => {
    const r = parseGctraceRecords(`gc 3 @0.1s 1%: 0.01+0.5\ngc 4 @0.2s 1%: ${REST}`);
    expect(r.errors.map((e) => e.line)).toEqual([1]);
    expect(r.cycles.map((c) => [c.n, c.line])).toEqual([[4, 2]]);
  });

  it('two gctrace starts on one line: the first, cut, is an error', () => {
    const r = parseGctraceRecords(`gc 3 @0.1s 1%: gc 4 @0.2s 1%: ${REST}`);
    expect(r.errors).toEqual([{ line: 1, message: expect.stringMatching(/incomplete/) }]);
    expect(r.cycles.map((c) => c.n)).toEqual([4]);
  });

  it('gives up after the continuation window', () => {
    const noise = Array.from({ length: CONTINUATION_WINDOW }, (_, i) => `line ${i}`).join('\n');
    const r = parseGctrace(`gc 3 @0.1s 1%: start\n${noise}\n${REST}`);
    expect(r.cycles).toEqual([]);
    expect(r.errors.map((e) => e.line)).toEqual([1]);
  });
});

describe('schedtrace with program output inside', () => {
  it('a program line inside a SCHED line', () => {
    const r = parseSchedtraceRecords('SCHED 0ms: gomaxprocs=2 idleprocs=hello from main\n0 threads=4 spinningthreads=0 idlethreads=1 runqueue=1 [2 1]');
    expect(r.errors).toEqual([]);
    expect(r.ticks[0]).toMatchObject({ idleprocs: 0, threads: 4, runqsizes: [2, 1], line: 1, recovered: true });
  });

  it('a whole gctrace line between the SCHED header and its run queues (two runtime prints)', () => {
    const r = parseSchedtrace(
      'SCHED 1000ms: gomaxprocs=2 idleprocs=0 threads=5 spinningthreads=0 idlethreads=2 runqueue=3gc 9 @1.0s 2%: 0.1+2+0.03 ms clock, 0.2+0.5/1.0/0+0.06 ms cpu, 4->4->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 2 P\n [5 6]',
    );
    expect(r.errors).toEqual([]);
    expect(r.ticks[0]!.runqsizes).toEqual([5, 6]);
  });

  it('a SCHED line cut after runqueue= keeps its counts, without the list, and is reported', () => {
    const r = parseSchedtrace('SCHED 0ms: gomaxprocs=2 idleprocs=0 threads=4 spinningthreads=0 idlethreads=1 runqueue=1 [2 1\nSCHED 100ms: gomaxprocs=2 idleprocs=2 threads=4 spinningthreads=0 idlethreads=2 runqueue=0 [0 0]');
    expect(r.ticks.map((t) => [t.atMs, t.runqueue, t.runqsizes])).toEqual([
      [0, 1, undefined],
      [100, 0, [0, 0]],
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([1]);
  });

  it('a scheddetail header cut before its P lines still collects them', () => {
    const r = parseSchedtrace(
      [
        'SCHED 5ms: gomaxprocs=1 idleprocs=0 threads=3 spinningthreads=0 idlethreads=1 runqueue=0 gcwaiting=0 nmidlelocked=0 stopwait=',
        '  P0: status=1 schedtick=3 syscalltick=0 m=0 runqsize=0 gfreecnt=0 timerslen=0',
      ].join('\n'),
    );
    expect(r.errors.map((e) => e.line)).toEqual([1]);
    expect(r.ticks[0]!.ps!.map((p) => p.id)).toEqual([0]);
  });

  it('a G line split by program output', () => {
    const r = parseSchedtrace(
      ['SCHED 5ms: gomaxprocs=1 idleprocs=0 threads=3 spinningthreads=0 idlethreads=1 runqueue=0 gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0', '  G7: status=4(chan send) m=request served', '-1 lockedm=-1'].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.ticks[0]!.gs).toEqual([{ id: 7, status: 4, waitreason: 'chan send', m: null }]);
  });
});
