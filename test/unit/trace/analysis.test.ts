// The helpers views use: gctrace summary, run-queue matrix, P/M/G snapshot, runtime number printing.
import { describe, expect, it } from 'vitest';
import {
  fmtNSAsMS,
  itoaDiv,
  parseGctrace,
  parseSchedtrace,
  parseSchedtraceRecords,
  runQueueMatrix,
  scheddetailSnapshot,
  summarizeGctrace,
  type GcCycle,
} from '../../../simulators/trace/index.ts';
import { readTrace } from './helpers.ts';

function cycle(n: number, at: number, o: { sweep?: number; markTerm?: number; live?: number; assist?: number; bg?: number; idle?: number; forced?: boolean } = {}): GcCycle {
  return {
    n,
    at,
    cpuPercent: n,
    forced: o.forced ?? false,
    clock: { sweepTerm: o.sweep ?? 0.1, mark: 5, markTerm: o.markTerm ?? 0.1 },
    cpu: { sweepTerm: 1, assist: o.assist ?? 2, background: o.bg ?? 6, idle: o.idle ?? 10, markTerm: 1 },
    heap: { start: 10, end: 12, live: o.live ?? 4 },
    goal: 12,
    procs: 4,
  };
}

describe('summarizeGctrace', () => {
  it('computes frequency from GC numbers, so unreadable lines in between do not lower it', () => {
    // Cycles 10 and 14 read, 11–13 lost: 4 cycles in 2 s.
    const s = summarizeGctrace([cycle(10, 1), cycle(14, 3)]);
    expect(s.frequency).toBe(2);
    expect(s.spanS).toBe(2);
  });

  it('names the worst stop-the-world phase and its cycle', () => {
    const s = summarizeGctrace([cycle(1, 0.1, { sweep: 0.3 }), cycle(2, 0.2, { markTerm: 0.9 }), cycle(3, 0.3, { sweep: 0.5 })]);
    expect(s.worstStw).toEqual({ n: 2, phase: 'markTerm', ms: 0.9 });
  });

  it('assist share leaves idle marking out of GC CPU; mean live heap; forced count; last #%', () => {
    const s = summarizeGctrace([cycle(1, 0.1, { assist: 2, bg: 6, idle: 100, live: 4 }), cycle(2, 0.2, { assist: 6, bg: 2, idle: 0, live: 8, forced: true })]);
    // GC CPU = sweepTerm 2 + assist 8 + background 8 + markTerm 2 = 20.
    expect(s.cpuMs).toEqual({ sweepTerm: 2, assist: 8, background: 8, idle: 100, markTerm: 2, total: 20 });
    expect(s.assistShare).toBe(0.4);
    expect(s.meanLiveHeapMB).toBe(6);
    expect(s.forced).toBe(1);
    expect(s.gcCpuPercent).toBe(2);
  });

  it('is empty-safe and handles a single cycle', () => {
    expect(summarizeGctrace([])).toMatchObject({ cycles: 0, frequency: null, worstStw: null, meanLiveHeapMB: null, assistShare: null, gcCpuPercent: null });
    expect(summarizeGctrace([cycle(3, 1.5)]).frequency).toBe(2);
  });

  it('on the real trace: mean live heap and assist share from the file\'s own numbers', () => {
    const cycles = parseGctrace(readTrace('gctrace-gogc100-p2.txt')).cycles;
    const s = summarizeGctrace(cycles);
    const live = cycles.reduce((a, c) => a + c.heap.live, 0) / cycles.length;
    expect(s.meanLiveHeapMB).toBeCloseTo(live, 12);
    expect(s.assistShare).toBeGreaterThan(0);
    expect(s.assistShare).toBeLessThan(1);
  });
});

describe('runQueueMatrix', () => {
  it('rows are Ps, columns are ticks, null where a tick had fewer Ps', () => {
    const r = parseSchedtrace(
      [
        'SCHED 0ms: gomaxprocs=3 idleprocs=0 threads=5 spinningthreads=0 idlethreads=1 runqueue=2 [1 0 4]',
        'SCHED 100ms: gomaxprocs=2 idleprocs=0 threads=5 spinningthreads=0 idlethreads=1 runqueue=7 [9 3]',
      ].join('\n'),
    );
    expect(runQueueMatrix(r.ticks)).toEqual({
      atMs: [0, 100],
      procs: 3,
      cells: [
        [1, 9],
        [0, 3],
        [4, null],
      ],
      max: 9,
      global: [2, 7],
    });
  });

  it('reads runqsize= of scheddetail ticks', () => {
    const m = runQueueMatrix(parseSchedtrace(readTrace('scheddetail-p4-excerpt.txt')).ticks);
    // P0 runqsize=2 then 113; P1 0 then 2; P2 0 then 1; P3 0 then 2.
    expect(m.cells).toEqual([
      [2, 113],
      [0, 2],
      [0, 1],
      [0, 2],
    ]);
    expect(m.max).toBe(113);
  });
});

describe('scheddetailSnapshot', () => {
  const ticks = parseSchedtraceRecords(readTrace('scheddetail-p4-excerpt.txt')).ticks;

  it('is null for a tick without scheddetail', () => {
    expect(scheddetailSnapshot(parseSchedtrace('SCHED 0ms: gomaxprocs=1 idleprocs=0 threads=2 spinningthreads=0 idlethreads=0 runqueue=0 [0]').ticks[0]!)).toBeNull();
  });

  it('joins Ps, Ms and Gs of the 202 ms tick', () => {
    const s = scheddetailSnapshot(ticks[1]!)!;
    expect(s.globalRunqLen).toBe(7);
    // P3: m=4; M4: p=3 curg=17; G17: status=2() m=4.
    expect(s.ps[3]).toMatchObject({ id: 3, state: 'running', m: 4, g: 17, runqLen: 2 });
    expect(s.ms.find((m) => m.id === 4)).toMatchObject({ p: 3, g: 17, state: 'running' });
    expect(s.gs.find((g) => g.id === 17)).toMatchObject({ state: 'running', m: 4, p: 3, scanning: false });
    expect(s.gs.find((g) => g.id === 2)).toMatchObject({ state: 'waiting', waitReason: 'force gc (idle)', m: null, p: null });
    // M1: p=-1 curg=-1 spinning=false blocked=false → neither running nor parked.
    expect(s.ms.find((m) => m.id === 1)!.state).toBe('other');
    expect(s.counts.running + s.counts.runnable + s.counts.waiting).toBe(97);
    expect(s.runnable).toContain(6);
  });

  it('the 0 ms tick: the spinning M and the main goroutine locked to M0', () => {
    const s = scheddetailSnapshot(ticks[0]!)!;
    expect(s.ms.find((m) => m.id === 2)!.state).toBe('spinning');
    expect(s.gs[0]).toMatchObject({ id: 1, state: 'runnable', lockedM: 0 });
    expect(s.ps.map((p) => p.state)).toEqual(['idle', 'running', 'idle', 'idle']);
  });
});

describe('runtime number printing', () => {
  it('fmtNSAsMS follows runtime/mgc.go', () => {
    expect([999, 1000, 58_000, 123_456, 740_000, 1_000_000, 9_999_999, 10_000_000, 45_600_000].map(fmtNSAsMS)).toEqual([
      '0',
      '0.001',
      '0.058',
      '0.12',
      '0.74',
      '1.0',
      '9.9',
      '10',
      '45',
    ]);
  });

  it('itoaDiv places the decimal point', () => {
    expect([itoaDiv(7, 3), itoaDiv(1404, 3), itoaDiv(12, 0), itoaDiv(11, 1)]).toEqual(['0.007', '1.404', '12', '1.1']);
  });
});
