// Hostile input: long lines that keep the resumable tokens searching. Each case would take
// minutes with a quadratic search; here it must simply finish with the line reported (timing is
// measured by bench/trace.mjs, not asserted).
import { describe, expect, it } from 'vitest';
import { createGctraceParser, createSchedtraceParser, parseGctrace, parseGctraceRecords, parseSchedtrace } from '../../../simulators/trace/index.ts';

const N = 60_000;
const H = 'SCHED 0ms: gomaxprocs=1 idleprocs=0 threads=1 spinningthreads=0 idlethreads=0 runqueue=0 ';

describe('hostile lines finish and are reported', () => {
  it.each([
    ['a gc line followed by "+x" forever', `gc 1 @1s 1%: 1${'+x'.repeat(N)}`],
    ['numbers glued to junk', `gc 1 @1s 1%: ${'q1 '.repeat(N)}`],
    ['a separator that never comes right', `gc 1 @1s 1%: 1+2+3${' ms clockx'.repeat(N)}`],
    ['an absurd GC number', `gc ${'1'.repeat(N)} @0.1s 1%: 1+2+3 ms clock`],
  ])('gctrace: %s', (_name, text) => {
    const r = parseGctrace(text);
    expect(r.cycles).toEqual([]);
    expect(r.errors.map((e) => e.line)).toEqual([1]);
  });

  it.each([
    ['a run-queue list of junk', `${H}[0${' q0'.repeat(N)}`],
    ['schedticks of junk', `${H}[ 0 ] schedticks=[ ${'q0 '.repeat(N)}`],
    ['a preemptoff that never ends', `  M1: p=0 curg=0 mallocing=0 throwing=0 preemptoff=${' locks'.repeat(N)}`],
    ['an absurd time', `SCHED ${'9'.repeat(N)}ms: gomaxprocs=1`],
  ])('schedtrace: %s', (_name, text) => {
    const r = parseSchedtrace(text);
    expect(r.errors.map((e) => e.line)).toEqual([1]);
  });

  it('one start after another on a single line: every one is reported', () => {
    expect(parseGctrace('gc 1 @'.repeat(5000)).errors).toHaveLength(5000);
    const mixed = parseGctraceRecords('gc 1 @scvg: GC forced'.repeat(20_000));
    expect([mixed.errors.length, mixed.events.length]).toEqual([40_000, 20_000]);
    expect(parseSchedtrace('  P1: status='.repeat(5000)).errors).toHaveLength(5000);
  });

  it('a 4 MB line without a newline, pushed in 64 KiB pieces', () => {
    const text = `${'x'.repeat(1 << 21)}gc 7 @1.5s 3%: 0.1+2+0.03 ms clock, 0.2+0.5/1.0/0+0.06 ms cpu, 4->4->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 2 P${'y'.repeat(1 << 21)}`;
    const g = createGctraceParser({ totalChars: text.length });
    const s = createSchedtraceParser();
    for (let i = 0; i < text.length; i += 1 << 16) {
      g.push(text.slice(i, i + (1 << 16)));
      s.push(text.slice(i, i + (1 << 16)));
    }
    expect(g.end().cycles.map((c) => [c.n, c.line, c.procs])).toEqual([[7, 1, 2]]);
    expect(g.progress().fraction).toBe(1);
    expect(s.end()).toEqual({ ticks: [], errors: [] });
  });
});
