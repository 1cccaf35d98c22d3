// The GODEBUG=gctrace=1 line: Go's field order, units and integer truncation (mgc.go gcMarkTermination).
import { describe, expect, it } from 'vitest';
import { fmtNSAsMS, gctraceLine, itoaDiv } from '../../../simulators/pacer/index.ts';
import type { CycleRecord } from '../../../simulators/pacer/index.ts';

const MiB = 1024 * 1024;

function record(over: Partial<CycleRecord>): CycleRecord {
  const r: CycleRecord = {
    n: 1, kind: 'heap', forced: false,
    tSweepTerm: 0, tMark: 0, tMarkTerm: 0, tEnd: 0,
    heap0: 0, heap1: 0, heap2: 0, goal: 0, trigger: null, peakHeap: 0, peakTotal: 0, nonHeap: 0,
    stacks: 0, globals: 0, procs: 1,
    cpu: { sweepTerm: 0, assist: 0, background: 0, idle: 0, markTerm: 0 },
    gcCpu: 0, assistCpu: 0, utilPercent: 0, limited: false, consMark: 0, runway: 0, gctrace: '',
    ...over,
  };
  return r;
}

describe('fmtNSAsMS and itoaDiv', () => {
  it('print two significant digits below 10 ms, with at most three decimals', () => {
    expect(fmtNSAsMS(58_000)).toBe('0.058');
    expect(fmtNSAsMS(740_000)).toBe('0.74');
    expect(fmtNSAsMS(2_900_000)).toBe('2.9');
    expect(fmtNSAsMS(2_999_999)).toBe('2.9'); // truncated, not rounded
    expect(fmtNSAsMS(1_000)).toBe('0.001');
    expect(fmtNSAsMS(999)).toBe('0');
    expect(fmtNSAsMS(0)).toBe('0');
  });
  it('print whole milliseconds from 10 ms', () => {
    expect(fmtNSAsMS(10_000_000)).toBe('10');
    expect(fmtNSAsMS(12_999_999)).toBe('12');
    expect(fmtNSAsMS(1_234_000_000)).toBe('1234');
  });
  it('itoaDiv places the decimal point', () => {
    expect(itoaDiv(22, 3)).toBe('0.022');
    expect(itoaDiv(0, 3)).toBe('0.000');
    expect(itoaDiv(12345, 3)).toBe('12.345');
    expect(itoaDiv(74, 2)).toBe('0.74');
  });
});

describe('gctraceLine', () => {
  it('rebuilds a real go1.19.8 line from its numbers', () => {
    const t0 = 22_500_000;
    const line = gctraceLine(
      record({
        n: 1, tSweepTerm: t0, tMark: t0 + 58_000, tMarkTerm: t0 + 58_000 + 740_000, tEnd: t0 + 58_000 + 740_000 + 19_000,
        cpu: { sweepTerm: 116_000, assist: 370_000, background: 47_000, idle: 0, markTerm: 38_000 },
        heap0: 3.5 * MiB, heap1: 4.2 * MiB, heap2: 3.2 * MiB, goal: 4 * MiB, stacks: 10_000, globals: 100_000, procs: 2, utilPercent: 1,
      }),
    );
    expect(line).toBe('gc 1 @0.022s 1%: 0.058+0.74+0.019 ms clock, 0.11+0.37/0.047/0+0.038 ms cpu, 3->4->3 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P');
  });
  it('rebuilds the second go1.19.8 line, truncating MB with >>20', () => {
    const t0 = 99_900_000;
    const line = gctraceLine(
      record({
        n: 5, tSweepTerm: t0, tMark: t0 + 76_000, tMarkTerm: t0 + 76_000 + 2_900_000, tEnd: t0 + 76_000 + 2_900_000 + 18_000,
        cpu: { sweepTerm: 152_000, assist: 950_000, background: 66_000, idle: 0, markTerm: 36_000 },
        heap0: 45 * MiB - 1, heap1: 52 * MiB, heap2: 27.9 * MiB, goal: 52.99 * MiB, procs: 2, utilPercent: 2,
      }),
    );
    expect(line).toBe('gc 5 @0.099s 2%: 0.076+2.9+0.018 ms clock, 0.15+0.95/0.066/0+0.036 ms cpu, 44->52->27 MB, 52 MB goal, 0 MB stacks, 0 MB globals, 2 P');
  });
  it('marks runtime.GC() cycles "(forced)"', () => {
    expect(gctraceLine(record({ forced: true }))).toMatch(/, 1 P \(forced\)$/);
  });
  it('prints Go\'s math.MaxInt64-based goal when no goal applies (GOGC=off, no GOMEMLIMIT)', () => {
    // (MaxInt64 − 0) − (MaxInt64/100)×3, >>20, computed by hand in integers.
    expect(gctraceLine(record({ goal: null, nonHeap: 0 }))).toContain(', 8532210231541 MB goal,');
    expect(gctraceLine(record({ goal: null, nonHeap: 9 * MiB }))).toContain(', 8532210231533 MB goal,');
  });
});
