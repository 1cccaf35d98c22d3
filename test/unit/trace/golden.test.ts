// Golden tests on real go1.19.8 output (content/traces/). Expected numbers were read off the files.
import { describe, expect, it } from 'vitest';
import {
  parseGctrace,
  parseGctraceRecords,
  parseSchedtrace,
  parseSchedtraceRecords,
  printGcCycle,
  printSchedTick,
  summarizeGctrace,
} from '../../../simulators/trace/index.ts';
import { linesOf, readTrace } from './helpers.ts';

describe('gctrace-gogc100-p2.txt', () => {
  const text = readTrace('gctrace-gogc100-p2.txt');
  const r = parseGctrace(text);

  it('reads all 33 cycles and no errors', () => {
    expect(r.errors).toEqual([]);
    expect(r.cycles.map((c) => c.n)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
  });

  it('reads cycle 1 field by field', () => {
    // gc 1 @0.007s 4%: 0.050+2.3+0.005 ms clock, 0.10+0.22/0.58/1.1+0.010 ms cpu, 3->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P
    expect(r.cycles[0]).toEqual({
      n: 1,
      at: 0.007,
      cpuPercent: 4,
      forced: false,
      clock: { sweepTerm: 0.05, mark: 2.3, markTerm: 0.005 },
      cpu: { sweepTerm: 0.1, assist: 0.22, background: 0.58, idle: 1.1, markTerm: 0.01 },
      heap: { start: 3, end: 4, live: 0 },
      goal: 4,
      stacks: 0,
      globals: 0,
      procs: 2,
    });
  });

  it('reads the last cycle', () => {
    // gc 33 @1.404s 16%: 0.028+45+0.17 ms clock, 0.056+1.7/14/23+0.35 ms cpu, 61->76->44 MB, 72 MB goal, …, 2 P
    const c = r.cycles[32]!;
    expect(c.at).toBe(1.404);
    expect(c.cpuPercent).toBe(16);
    expect(c.clock).toEqual({ sweepTerm: 0.028, mark: 45, markTerm: 0.17 });
    expect(c.cpu).toEqual({ sweepTerm: 0.056, assist: 1.7, background: 14, idle: 23, markTerm: 0.35 });
    expect(c.heap).toEqual({ start: 61, end: 76, live: 44 });
    expect(c.goal).toBe(72);
  });

  it('numbers every cycle with its line and calls the format Go ≥ 1.18', () => {
    const rec = parseGctraceRecords(text);
    expect(rec.cycles.map((c) => c.line)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(new Set(rec.cycles.map((c) => c.format))).toEqual(new Set(['go1.18']));
    expect(rec.cycles.some((c) => c.recovered || c.forced)).toBe(false);
  });

  it('prints every cycle back to the exact line', () => {
    const rec = parseGctraceRecords(text);
    expect(rec.cycles.map((c) => printGcCycle(c, c.format))).toEqual(linesOf(text));
  });

  it('summarises: frequency, worst STW, live heap', () => {
    const s = summarizeGctrace(r.cycles);
    expect(s.cycles).toBe(33);
    expect(s.frequency).toBeCloseTo(32 / (1.404 - 0.007), 9);
    // Mark termination of 0.19 ms in gc 14, 15 and 17 is the longest STW phase; gc 14 comes first.
    expect(s.worstStw).toEqual({ n: 14, phase: 'markTerm', ms: 0.19 });
    expect(s.gcCpuPercent).toBe(16);
    expect(s.peakHeapMB).toBe(76);
  });
});

describe('schedtrace-p2.txt', () => {
  const text = readTrace('schedtrace-p2.txt');
  const r = parseSchedtrace(text);

  it('reads 15 ticks, 100 ms apart, and no errors', () => {
    expect(r.errors).toEqual([]);
    expect(r.ticks.map((t) => t.atMs)).toEqual([0, 104, 214, 315, 416, 522, 630, 734, 835, 935, 1045, 1145, 1253, 1362, 1463]);
  });

  it('reads tick 2 field by field', () => {
    // SCHED 104ms: gomaxprocs=2 idleprocs=0 threads=7 spinningthreads=0 idlethreads=4 runqueue=9 [19 81]
    expect(r.ticks[1]).toEqual({
      atMs: 104,
      gomaxprocs: 2,
      idleprocs: 0,
      threads: 7,
      spinningthreads: 0,
      idlethreads: 4,
      runqueue: 9,
      runqsizes: [19, 81],
    });
    expect(r.ticks[0]!.spinningthreads).toBe(1);
    expect(r.ticks[14]!.runqsizes).toEqual([12, 47]);
  });

  it('prints every tick back to the exact line', () => {
    const rec = parseSchedtraceRecords(text);
    expect(rec.ticks.map((t) => printSchedTick(t, t.format))).toEqual(linesOf(text));
  });
});

describe('scheddetail-p4-excerpt.txt', () => {
  const text = readTrace('scheddetail-p4-excerpt.txt');
  const r = parseSchedtrace(text);

  it('reads 2 ticks with their P, M and G lines', () => {
    expect(r.errors).toEqual([]);
    expect(r.ticks.map((t) => t.atMs)).toEqual([0, 202]);
    expect(r.ticks.map((t) => [t.ps?.length, t.ms?.length, t.gs?.length])).toEqual([
      [4, 4, 4],
      [4, 5, 97],
    ]);
    expect(r.ticks[0]!.runqsizes).toBeUndefined();
  });

  it('reads the second header and its first P, M and Gs', () => {
    const t = r.ticks[1]!;
    // SCHED 202ms: gomaxprocs=4 idleprocs=0 threads=5 spinningthreads=0 idlethreads=0 runqueue=7 gcwaiting=0 …
    expect([t.gomaxprocs, t.idleprocs, t.threads, t.spinningthreads, t.idlethreads, t.runqueue]).toEqual([4, 0, 5, 0, 0, 7]);
    // P0: status=1 schedtick=11 syscalltick=3 m=0 runqsize=113 gfreecnt=0 timerslen=1
    expect(t.ps![0]).toEqual({ id: 0, status: 1, schedtick: 11, syscalltick: 3, m: 0, runqsize: 113, gfreecnt: 0, timerslen: 1 });
    // M4: p=3 curg=17 … spinning=false blocked=false lockedg=-1
    expect(t.ms![0]).toEqual({ id: 4, p: 3, curg: 17, spinning: false, blocked: false });
    // M1: p=-1 curg=-1 …
    expect(t.ms![3]).toEqual({ id: 1, p: null, curg: null, spinning: false, blocked: false });
    // G1: status=4(semacquire) m=-1 lockedm=-1; G2: status=4(force gc (idle)); G9: status=2() m=2
    expect(t.gs![0]).toEqual({ id: 1, status: 4, waitreason: 'semacquire', m: null });
    expect(t.gs![1]).toEqual({ id: 2, status: 4, waitreason: 'force gc (idle)', m: null });
    expect(t.gs![8]).toEqual({ id: 9, status: 2, m: 2 });
    expect(t.gs![96]!.id).toBe(97);
  });

  it('keeps the first tick\'s locked main goroutine and spinning M in the records', () => {
    const rec = parseSchedtraceRecords(text);
    const t = rec.ticks[0]!;
    // M2: p=1 curg=-1 … spinning=true; M0: … lockedg=1; G1: status=1(chan receive) m=-1 lockedm=0
    expect(t.ms!.find((m) => m.id === 2)!.spinning).toBe(true);
    expect(t.ms!.find((m) => m.id === 0)!.lockedg).toBe(1);
    expect(t.gs![0]).toMatchObject({ id: 1, status: 1, waitreason: 'chan receive', lockedm: 0, line: 10 });
    expect(t.format).toEqual({ needspinning: false, list: null, absent: 'minus1', flags: 'int', timerslen: true, helpgc: false });
  });

  it('prints both ticks back to the exact lines', () => {
    const rec = parseSchedtraceRecords(text);
    expect(rec.ticks.map((t) => printSchedTick(t, t.format)).join('\n')).toBe(linesOf(text).join('\n'));
  });
});
