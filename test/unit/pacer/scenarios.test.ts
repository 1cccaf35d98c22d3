// Scenarios and config validation.
import { describe, expect, it } from 'vitest';
import { LIMITS, PacerActionSchema, PacerConfigSchema, WORKLOADS, init, isTerminal, scenarios, step, summary, validateConfig } from '../../../simulators/pacer/index.ts';
import * as v from 'valibot';

const MiB = 1 << 20;

describe('pacer scenarios', () => {
  it('have titles and summaries in both locales and Go sources', () => {
    for (const sc of scenarios) {
      expect(sc.title['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
      expect(sc.summary['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
      expect(sc.source).toMatch(/^(\/\/.*\n)*package main\n/);
      expect(sc.source).toContain('func main() {');
      expect(v.safeParse(PacerConfigSchema, sc.config).success).toBe(true);
    }
  });
  it('point each workload phase at a line of code in its scenario', () => {
    for (const sc of scenarios) {
      const lines = sc.source.split('\n');
      for (const p of WORKLOADS[sc.config.workload as keyof typeof WORKLOADS]) {
        const text = lines[(p.line ?? 0) - 1] ?? '';
        expect(text.trim().length, `${sc.id} line ${p.line}`).toBeGreaterThan(3);
        expect(text.trim().startsWith('//'), `${sc.id} line ${p.line}`).toBe(false);
      }
    }
  });
  it('run to the end and show what they promise', () => {
    const sums = Object.fromEntries(
      scenarios.map((sc) => {
        let s = init(sc.config, sc.seed);
        while (!isTerminal(s)) s = step(s).state;
        return [sc.id, { sum: summary(s), s }];
      }),
    );
    // Container: GOGC=off + GOMEMLIMIT stays under the limit, with few cycles.
    expect(sums.container!.sum.peakMemory).toBeLessThan(128 * MiB);
    // Spike: the peak heap is about twice the 84 MiB peak live heap.
    expect(sums.spike!.sum.peakHeap).toBeGreaterThan(2 * 84 * MiB * 0.95);
    // Death spiral: GC CPU climbs until the limiter holds it near 50 %.
    const ds = sums['death-spiral']!;
    expect(ds.sum.limitedCycles).toBeGreaterThan(50);
    expect(ds.sum.gcCpuPercent).toBeGreaterThan(35);
    expect(ds.sum.gcCpuPercent).toBeLessThan(51);
    const early = ds.s.cycles.filter((c) => c.tSweepTerm > 0.5e9 && c.tSweepTerm < 1.5e9); // cumulative % after the first cycles
    const before = ds.s.cycles.filter((c) => !c.limited).slice(-10);
    expect(Math.min(...before.map((c) => c.utilPercent))).toBeGreaterThan(Math.max(...early.map((c) => c.utilPercent)));
    // Steady: no assists at all.
    expect(sums.steady!.sum.worstAssist.cycle).toBeNull();
  });
});

describe('config and action schemas', () => {
  const base = { gogc: 100, memoryLimit: null, gomaxprocs: 4, workload: 'steady' };
  it('accept presets and explicit phases', () => {
    expect(validateConfig(base).ok).toBe(true);
    expect(validateConfig({ ...base, workload: [{ duration: 1, allocRate: MiB, live: MiB, stacks: 0, globals: 0 }] }).ok).toBe(true);
  });
  it('reject values outside the stated limits', () => {
    for (const bad of [
      { ...base, gogc: LIMITS.maxGogc + 1 },
      { ...base, gogc: -2 },
      { ...base, gogc: 1.5 },
      { ...base, memoryLimit: 0 },
      { ...base, memoryLimit: LIMITS.maxMemoryLimit + 1 },
      { ...base, gomaxprocs: 0 },
      { ...base, gomaxprocs: 257 },
      { ...base, workload: [] },
      { ...base, workload: 'nope' },
      { ...base, workload: [{ duration: 3000, allocRate: 1, live: 0, stacks: 0, globals: 0 }, { duration: 601, allocRate: 1, live: 0, stacks: 0, globals: 0 }] },
      { ...base, workload: [{ duration: 1, allocRate: -1, live: 0, stacks: 0, globals: 0 }] },
      { ...base, workload: [{ duration: 1, allocRate: 1, live: 0, stacks: 0, globals: 0, shape: 'zigzag' }] },
    ])
      expect(validateConfig(bad).ok, JSON.stringify(bad)).toBe(false);
    expect(() => init({ ...base, gomaxprocs: 0 } as never, 1)).toThrow(/invalid config/);
  });
  it('validate actions', () => {
    expect(v.safeParse(PacerActionSchema, { type: 'setMemoryLimit', bytes: null }).success).toBe(true);
    expect(v.safeParse(PacerActionSchema, { type: 'setGogc', value: -1 }).success).toBe(true);
    expect(v.safeParse(PacerActionSchema, { type: 'setGomaxprocs', n: 300 }).success).toBe(false);
    expect(v.safeParse(PacerActionSchema, { type: 'forceGC', extra: 1 }).success).toBe(true);
  });
});
