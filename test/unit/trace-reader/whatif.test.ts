// "What if GOGC / GOMEMLIMIT": the goal per cycle, checked by hand against mgcpacer.go's formulas,
// and the real traces (GOGC=100; GOGC=off with a 64 MiB limit).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGctrace } from '../../../simulators/trace/index.ts';
import type { GcCycle } from '../../../simulators/trace/types.ts';
import { inferGogc, parseGogc, parseMemoryLimit, whatIf } from '../../../src/trace-reader/whatif.ts';

const MiB = 1 << 20;
const gogc100 = parseGctrace(readFileSync('content/traces/gctrace-gogc100-p2.txt', 'utf8')).cycles;
const memlimit = parseGctrace(readFileSync('content/experiments/gctrace-memlimit/gctrace-gogcoff-memlimit64-p2.txt', 'utf8')).cycles;

function cycle(n: number, live: number, goal: number, end: number, extra: Partial<GcCycle> = {}): GcCycle {
  return {
    n,
    at: n * 0.1,
    cpuPercent: 1,
    forced: false,
    clock: { sweepTerm: 0.01, mark: 1, markTerm: 0.01 },
    cpu: { sweepTerm: 0.01, assist: 0.1, background: 0.5, idle: 0, markTerm: 0.01 },
    heap: { start: end - 2, end, live },
    goal,
    stacks: 1,
    globals: 1,
    procs: 4,
    ...extra,
  };
}

describe('whatIf', () => {
  it('computes the GOGC goal from the cycle before: live + (live + stacks + globals) × GOGC/100', () => {
    const cs = [cycle(1, 100, 2, 2), cycle(2, 100, 202, 190)];
    const r = whatIf(cs, { gogc: 50, memoryLimit: null, otherMem: 0, rule: 'go1.21' });
    // 100 + (100 + 1 + 1) × 50/100 = 151 MiB
    expect(r.rows[1]).toMatchObject({ n: 2, live: 100, stacks: 1, globals: 1, goal: 151, by: 'gogc', actualGoal: 202, peak: 190 });
    expect(r.lower).toBe(1);
    expect(r.belowPeak).toBe(1);
  });

  it('raises a small goal to the heap minimum, 4 MiB × GOGC/100', () => {
    const cs = [cycle(1, 1, 4, 4), cycle(2, 1, 4, 4)];
    const r = whatIf(cs, { gogc: 200, memoryLimit: null, otherMem: 0, rule: 'go1.21' });
    expect(r.rows[1]).toMatchObject({ goal: 8, by: 'floor' });
  });

  it('applies the memory-limit goal: limit − non-heap, minus 3 % headroom (Go 1.21+) or 1 MiB (Go 1.19)', () => {
    const cs = [cycle(1, 40, 4, 50), cycle(2, 40, 82, 80)];
    const s = { gogc: 100, memoryLimit: 64 * MiB, otherMem: 3 * MiB, rule: 'go1.21' as const };
    // non-heap = stacks 1 MiB + other 3 MiB → 60 MiB; headroom floor(60 MiB / 100) × 3.
    const goal = 60 * MiB - Math.floor((60 * MiB) / 100) * 3;
    expect(whatIf(cs, s).rows[1]!.goal).toBeCloseTo(goal / MiB, 9);
    expect(whatIf(cs, s).rows[1]!.by).toBe('limit');
    expect(whatIf(cs, { ...s, rule: 'go1.19' }).rows[1]!.goal).toBe(59);
  });

  it('says when the limit leaves no room above the live heap', () => {
    const cs = [cycle(1, 60, 4, 70), cycle(2, 60, 122, 100)];
    const r = whatIf(cs, { gogc: 100, memoryLimit: 32 * MiB, otherMem: 0, rule: 'go1.21' });
    expect(r.rows[1]).toMatchObject({ squeezed: true, goal: 60 });
    expect(r.squeezed).toBe(1);
    expect(r.cycles.estimate).toBeNull();
  });

  it('has no goal with GOGC=off and no limit', () => {
    const r = whatIf(gogc100, { gogc: -1, memoryLimit: null, otherMem: 0, rule: 'go1.21' });
    expect(r.cycles.none).toBe(true);
    expect(r.rows.every((x) => x.goal === Infinity && x.by === 'none')).toBe(true);
  });

  it('reproduces the runtime’s goals on the GOGC=100 trace to within the trace’s 1 MB rounding', () => {
    const r = whatIf(gogc100, { gogc: 100, memoryLimit: null, otherMem: 0, rule: 'go1.21' });
    expect(r.rows).toHaveLength(33);
    for (const x of r.rows.slice(1)) expect(Math.abs(x.goal - x.actualGoal), `gc ${x.n}`).toBeLessThanOrEqual(3);
    expect(r.lower).toBeLessThan(r.rows.length / 2);
    expect(r.cycles.estimate).toBeGreaterThan(25);
    expect(r.cycles.estimate).toBeLessThan(45);
  });

  it('on the GOGC=100 trace, a 48 MiB limit lowers the goal where the heap went past it, and means more cycles', () => {
    const r = whatIf(gogc100, { gogc: 100, memoryLimit: 48 * MiB, otherMem: 0, rule: 'go1.21' });
    expect(r.byLimit).toBeGreaterThan(5);
    expect(r.belowPeak).toBeGreaterThan(5);
    for (const x of r.rows) expect(x.goal).toBeLessThanOrEqual(48);
    expect(r.cycles.estimate!).toBeGreaterThan(33);
  });

  it('on the GOGC=off, GOMEMLIMIT=64MiB trace, the Go 1.19 rule gives goals near the printed ones', () => {
    const r = whatIf(memlimit, { gogc: -1, memoryLimit: 64 * MiB, otherMem: 12 * MiB, rule: 'go1.19' });
    expect(r.byLimit).toBe(memlimit.length);
    // The printed goals were 50–52 MB; 64 − 12 − 1 = 51 (the non-heap memory is a guess the reader makes).
    for (const x of r.rows) expect(Math.abs(x.goal - x.actualGoal)).toBeLessThanOrEqual(2);
  });
});

describe('inferGogc', () => {
  it('finds GOGC=100 in the GOGC=100 trace', () => {
    const g = inferGogc(gogc100)!;
    expect(g.consistent).toBe(true);
    expect(Math.abs(g.gogc - 100)).toBeLessThanOrEqual(5);
  });

  it('says the memory-limited trace does not fit one GOGC', () => {
    expect(inferGogc(memlimit)!.consistent).toBe(false);
  });

  it('says nothing from too few cycles', () => {
    expect(inferGogc(gogc100.slice(0, 3))).toBeNull();
  });
});

describe('settings as the runtime reads them', () => {
  it('GOMEMLIMIT: bytes with B, KiB, MiB, GiB, TiB suffixes, or off', () => {
    expect(parseMemoryLimit('512MiB')).toBe(512 * MiB);
    expect(parseMemoryLimit('2GiB')).toBe(2048 * MiB);
    expect(parseMemoryLimit('1073741824')).toBe(1073741824);
    expect(parseMemoryLimit('1.5GiB')).toBe(1536 * MiB);
    expect(parseMemoryLimit('off')).toBeNull();
    expect(parseMemoryLimit('')).toBeNull();
    expect(parseMemoryLimit('lots')).toBeUndefined();
    expect(parseMemoryLimit('-5MiB')).toBeUndefined();
  });

  it('GOGC: a whole number or off', () => {
    expect(parseGogc('100')).toBe(100);
    expect(parseGogc('off')).toBe(-1);
    expect(parseGogc('1e3')).toBeUndefined();
    expect(parseGogc('-1')).toBeUndefined();
  });
});
