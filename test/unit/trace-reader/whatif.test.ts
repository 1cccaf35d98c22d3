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
  // gctrace prints whole MB rounded down, so the reader takes a printed live heap as the middle of
  // its MB (a printed 100 is 100.5 MiB); stacks and globals are taken as printed.
  it('computes the GOGC goal from the cycle before: live + (live + stacks + globals) × GOGC/100', () => {
    const cs = [cycle(1, 100, 2, 2), cycle(2, 100, 202, 190)];
    const r = whatIf(cs, { gogc: 50, memoryLimit: null, otherMem: 0, rule: 'go1.21' });
    // 100.5 + (100.5 + 1 + 1) × 50/100 = 151.75 MiB
    expect(r.rows[1]).toMatchObject({ n: 2, live: 100, stacks: 1, globals: 1, by: 'gogc', actualGoal: 202, peak: 190 });
    expect(r.rows[1]!.goal).toBeCloseTo(151.75, 6);
    expect(r.lower).toBe(1);
    expect(r.belowPeak).toBe(1);
  });

  it('raises a small goal to the heap minimum, 4 MiB × GOGC/100', () => {
    // The first cycle has no cycle before it: heapMarked 0, as at program start; 1 MiB of globals × 2 < 8 MiB.
    const r = whatIf([cycle(1, 1, 4, 4)], { gogc: 200, memoryLimit: null, otherMem: 0, rule: 'go1.21' });
    expect(r.rows[0]).toMatchObject({ goal: 8, by: 'floor', live: 0 });
  });

  it('applies the memory-limit goal: limit − non-heap, minus 3 % headroom (Go 1.21+) or 1 MiB (Go 1.19)', () => {
    const cs = [cycle(1, 40, 4, 50), cycle(2, 40, 82, 80)];
    const s = { gogc: 100, memoryLimit: 64 * MiB, otherMem: 3 * MiB, rule: 'go1.21' as const };
    // non-heap = stacks 1 MiB + other 3 MiB → 60 MiB; headroom floor(60 MiB / 100) × 3.
    const room = 60 * MiB;
    const goal = room - Math.floor(room / 100) * 3;
    expect(whatIf(cs, s).rows[1]!.goal).toBeCloseTo(goal / MiB, 9);
    expect(whatIf(cs, s).rows[1]!.by).toBe('limit');
    expect(whatIf(cs, { ...s, rule: 'go1.19' }).rows[1]!.goal).toBe(59);
  });

  it('says when the limit leaves no room above the live heap', () => {
    const cs = [cycle(1, 60, 4, 70), cycle(2, 60, 122, 100)];
    const r = whatIf(cs, { gogc: 100, memoryLimit: 32 * MiB, otherMem: 0, rule: 'go1.21' });
    expect(r.rows[1]).toMatchObject({ squeezed: true, goal: 60.5 });
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
    for (const x of r.rows.slice(1)) expect(Math.abs(x.goal - (x.actualGoal + 0.5)), `gc ${x.n}`).toBeLessThanOrEqual(2);
    // With the settings the trace ran with, no goal differs by more than the rounding explains.
    expect(r.lower + r.higher).toBe(0);
    expect(r.cycles.estimate).toBeGreaterThan(25);
    expect(r.cycles.estimate).toBeLessThan(45);
  });

  it('on the GOGC=100 trace, a 48 MiB limit lowers the goal where the heap went past it, and means more cycles', () => {
    const r = whatIf(gogc100, { gogc: 100, memoryLimit: 48 * MiB, otherMem: 0, rule: 'go1.21' });
    expect(r.byLimit).toBeGreaterThan(5);
    expect(r.belowPeak).toBeGreaterThan(5);
    for (const x of r.rows) expect(x.goal).toBeLessThanOrEqual(48);
    expect(r.cycles.estimate!).toBeGreaterThan(40);
  });

  it('on the GOGC=off, GOMEMLIMIT=64MiB trace, the Go 1.19 rule gives goals near the printed ones', () => {
    const r = whatIf(memlimit, { gogc: -1, memoryLimit: 64 * MiB, otherMem: 12 * MiB, rule: 'go1.19' });
    expect(r.byLimit).toBe(memlimit.length);
    // The printed goals were 50–52 MB; 64 − 12 − 1 = 51 (the non-heap memory is a guess the reader makes).
    for (const x of r.rows) expect(Math.abs(x.goal - (x.actualGoal + 0.5))).toBeLessThanOrEqual(2);
  });
});

describe('inferGogc', () => {
  it('finds GOGC=100 in the GOGC=100 trace', () => {
    expect(inferGogc(gogc100)).toMatchObject({ gogc: 100, consistent: true });
  });

  it('says the memory-limited trace does not fit one GOGC', () => {
    expect(inferGogc(memlimit)!.consistent).toBe(false);
  });

  it('finds GOGC=200 in goals a GOGC=200 runtime would print', () => {
    const cs: GcCycle[] = [];
    for (let i = 0; i < 20; i++) {
      const live = 10 + ((i * 7) % 13);
      const prev = cs[i - 1];
      const goal = prev ? Math.floor(prev.heap.live + 0.5 + (prev.heap.live + 0.5 + 1 + 1) * 2) : 4;
      cs.push(cycle(i + 1, live, goal, goal + 1));
    }
    expect(inferGogc(cs)).toMatchObject({ gogc: 200, consistent: true });
  });

  it('finds an uncommon GOGC when no common one fits', () => {
    const cs: GcCycle[] = [];
    for (let i = 0; i < 20; i++) {
      const live = 40 + ((i * 7) % 13);
      const prev = cs[i - 1];
      const goal = prev ? Math.floor(prev.heap.live + 0.5 + (prev.heap.live + 0.5 + 1 + 1) * 1.3) : 4;
      cs.push(cycle(i + 1, live, goal, goal + 1));
    }
    const g = inferGogc(cs)!;
    expect(g.consistent).toBe(true);
    expect(Math.abs(g.gogc - 130)).toBeLessThanOrEqual(3);
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
