// One test per gctrace format Go has printed since 1.5 (simulators/trace/versions.ts). Lines marked
// "real" were printed by the Go version named; the others are built from that version's print code.
import { describe, expect, it } from 'vitest';
import { parseGctrace, parseGctraceRecords } from '../../../simulators/trace/index.ts';

function one(line: string) {
  const r = parseGctraceRecords(line);
  expect(r.errors).toEqual([]);
  expect(r.cycles).toHaveLength(1);
  return r.cycles[0]!;
}

describe('gctrace cycle lines', () => {
  it('Go 1.5: five clock phases and seven CPU values (real)', () => {
    const c = one('gc 1 @0.009s 1%: 0.059+0.17+0.005+0.24+0.12 ms clock, 0.17+0.17+0+0/0.36/0.067+0.38 ms cpu, 5->5->3 MB, 4 MB goal, 8 P');
    expect(c.format).toBe('go1.5');
    expect(c.clockPhases).toEqual([0.059, 0.17, 0.005, 0.24, 0.12]);
    expect(c.cpuPhases).toEqual([0.17, 0.17, 0, 0, 0.36, 0.067, 0.38]);
    // STW phases are the first and the last; scan + synchronize Ps + mark are concurrent.
    expect(c.clock).toEqual({ sweepTerm: 0.059, mark: 0.415, markTerm: 0.12 });
    // Scan and install-WB CPU are counted as background work.
    expect(c.cpu).toEqual({ sweepTerm: 0.17, assist: 0, background: 0.53, idle: 0.067, markTerm: 0.38 });
    expect([c.heap.start, c.heap.end, c.heap.live, c.goal, c.procs]).toEqual([5, 5, 3, 4, 8]);
    expect(c.stacks).toBeUndefined();
  });

  it('Go 1.6: the same layout with scan and synchronize-Ps always 0', () => {
    const c = one('gc 2 @0.041s 3%: 0.21+0+0+4.6+0.33 ms clock, 0.42+0+0+1.2/2.3/0+0.66 ms cpu, 4->4->2 MB, 5 MB goal, 2 P');
    expect(c.format).toBe('go1.5');
    expect(c.clock).toEqual({ sweepTerm: 0.21, mark: 4.6, markTerm: 0.33 });
    expect(c.cpu).toEqual({ sweepTerm: 0.42, assist: 1.2, background: 2.3, idle: 0, markTerm: 0.66 });
  });

  it('Go 1.7–1.17: three clock phases, no stacks or globals (real)', () => {
    const c = one('gc 1405 @6.068s 11%: 0.058+1.2+0.083 ms clock, 0.70+2.5/1.5/0+0.99 ms cpu, 7->11->6 MB, 10 MB goal, 12 P');
    expect(c.format).toBe('go1.7');
    expect(c.n).toBe(1405);
    expect(c.at).toBe(6.068);
    expect(c.cpuPercent).toBe(11);
    expect(c.clock).toEqual({ sweepTerm: 0.058, mark: 1.2, markTerm: 0.083 });
    expect(c.cpu).toEqual({ sweepTerm: 0.7, assist: 2.5, background: 1.5, idle: 0, markTerm: 0.99 });
    expect('stacks' in c).toBe(false);
    expect('globals' in c).toBe(false);
  });

  it('Go 1.18+: stacks and globals, and a forced cycle (real, go1.19-devel)', () => {
    const c = one(
      'gc 2 @0.380s 18%: 0.040+111+0.004 ms clock, 0.32+0/221/663+0.034 ms cpu, 1525->1525->1525 MB, 3052 MB goal, 0 MB stacks, 0 MB globals, 8 P (forced)',
    );
    expect(c.format).toBe('go1.18');
    expect(c.forced).toBe(true);
    expect(c.clock.mark).toBe(111);
    expect(c.cpu).toEqual({ sweepTerm: 0.32, assist: 0, background: 221, idle: 663, markTerm: 0.034 });
    expect([c.goal, c.stacks, c.globals, c.procs]).toEqual([3052, 0, 0, 8]);
  });

  it('reads stacks and globals values and the "#MB globals" spelling of the extern.go doc', () => {
    const c = one('gc 1 @0.016s 19%: 0.053+36+0.016 ms clock, 0.21+36/4.9/39+0.066 ms cpu, 3->3->3 MB, 4 MB goal, 66 MB stacks, 2MB globals, 4 P');
    expect([c.stacks, c.globals, c.procs]).toEqual([66, 2, 4]);
  });

  it('reads whole-millisecond times, "1.0" and long uptimes', () => {
    const c = one('gc 90210 @123456.789s 0%: 1.0+1234+10 ms clock, 9.9+0.001/12/0+20 ms cpu, 40960->41000->20000 MB, 40960 MB goal, 1 MB stacks, 3 MB globals, 128 P');
    expect(c.at).toBe(123456.789);
    expect(c.clock).toEqual({ sweepTerm: 1, mark: 1234, markTerm: 10 });
    expect(c.cpu.assist).toBe(0.001);
    expect(c.procs).toBe(128);
  });

  it('takes a log-collector prefix in front of the line (real, from a journald log)', () => {
    const c = one('Feb 26 13:56:33.456 gc 46 @1573.417s 0%: 0.18+24+0.029 ms clock, 1.4+0.27/49/121+0.23 ms cpu, 259->262->125 MB, 265 MB goal, 8 P');
    expect([c.n, c.at, c.heap.live]).toEqual([46, 1573.417, 125]);
  });

  it('reads CRLF line endings', () => {
    const r = parseGctrace('gc 1 @0.1s 1%: 1+2+3 ms clock, 1+2/3/4+5 ms cpu, 1->2->3 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P\r\ngc 2 @0.2s 1%: 1+2+3 ms clock, 1+2/3/4+5 ms cpu, 1->2->3 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)\r\n');
    expect(r.errors).toEqual([]);
    expect(r.cycles.map((c) => [c.n, c.forced, c.procs])).toEqual([
      [1, false, 2],
      [2, true, 2],
    ]);
  });
});

describe('other gctrace lines', () => {
  it('scavenger lines of Go 1.5–1.12 (scvgK, K = -1 for FreeOSMemory) and Go 1.13 (scvg)', () => {
    const r = parseGctraceRecords(
      [
        'scvg0: inuse: 3, idle: 0, sys: 3, released: 0, consumed: 3 (MB)',
        'scvg1: 12 MB released',
        'scvg-1: 60 MB released',
        'scvg: 512 KB released',
        'scvg: inuse: 5, idle: 20, sys: 25, released: 12, consumed: 13 (MB)',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.events).toEqual([
      { kind: 'scvg-stats', line: 1, k: 0, inuse: 3, idle: 0, sys: 3, released: 0, consumed: 3 },
      { kind: 'scvg-released', line: 2, k: 1, mb: 12 },
      { kind: 'scvg-released', line: 3, k: -1, mb: 60 },
      { kind: 'scvg-released', line: 4, k: null, mb: 0.5 },
      { kind: 'scvg-stats', line: 5, k: null, inuse: 5, idle: 20, sys: 25, released: 12, consumed: 13 },
    ]);
  });

  it('"GC forced" from the forcegc helper is an event, not a cycle', () => {
    const r = parseGctraceRecords('GC forced\ngc 7 @120.003s 0%: 0.02+1.1+0.01 ms clock, 0.08+0/0.5/1.2+0.04 ms cpu, 1->1->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 4 P');
    expect(r.events).toEqual([{ kind: 'forced', line: 1 }]);
    expect(r.cycles.map((c) => [c.n, c.forced])).toEqual([[7, false]]);
  });

  it('reports the Go ≤ 1.4 format as unsupported, with its line', () => {
    const r = parseGctrace('start\ngc1(1): 0+0+0+0 us, 0 -> 0 MB, 78 (78-0) objects, 2 goroutines, 18/0/0 sweeps, 0(0) handoff, 0(0) steal, 0/0/0 yields');
    expect(r.cycles).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(2);
    expect(r.errors[0]!.message).toMatch(/1\.4/);
  });

  it('ignores program output, scavtrace and pacer lines silently', () => {
    const r = parseGctraceRecords(
      ['iterations 2258 23', 'gcc says hi', 'the gc ran at noon', 'scav 0 KiB work, 1 KiB total, 90% util', 'pacer: assist ratio=+2.0e+000 (scan 0 MB in 3->4 MB) workers=1++0.000000e+000', 'gc: done'].join('\n'),
    );
    expect(r).toEqual({ cycles: [], events: [], errors: [] });
  });
});

describe('unreadable gctrace lines', () => {
  it.each([
    ['two clock phases', 'gc 1 @0.1s 1%: 0.05+2.3 ms clock, 0.1+0.2/0.5/1.1+0.01 ms cpu, 3->4->0 MB, 4 MB goal, 2 P', /wall-clock phases/],
    ['a CPU layout of neither era', 'gc 1 @0.1s 1%: 0.05+2.3+0.005 ms clock, 0.1+0.2+0.5+1.1+0.01 ms cpu, 3->4->0 MB, 4 MB goal, 2 P', /CPU phases/],
    ['a cut line', 'gc 1 @0.1s 1%: 0.05+2.3+0.005 ms clock, 0.1+0.2/0.5', /incomplete gctrace line/],
    ['only the start', 'gc 12 @', /incomplete/],
    ['a number longer than any the runtime prints', `gc 1 @0.1s 1%: ${'1'.repeat(30)}+2.3+0.005 ms clock, 0.1+0.2/0.5/1.1+0.01 ms cpu, 3->4->0 MB, 4 MB goal, 2 P`, /wall-clock phases|incomplete/],
  ])('%s is an error on its line', (_name, line, message) => {
    const r = parseGctrace(`hello\n${line}\nbye`);
    expect(r.cycles).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(2);
    expect(r.errors[0]!.message).toMatch(message);
  });
});
