// gcCPULimiterState: the leaky bucket, hand-computed, and the limiter in the death-spiral scenario.
import { describe, expect, it } from 'vitest';
import { accumulate, limiterWindow, newLimiter, pacerEngine, resetCapacity, scenarioById } from '../../../simulators/pacer/index.ts';
import type { PacerState } from '../../../simulators/pacer/index.ts';

describe('accumulate (mgclimit.go)', () => {
  it('has a capacity of GOMAXPROCS × 1 s', () => {
    expect(newLimiter(4)).toEqual({ fill: 0, capacity: 4e9, enabled: false, overflow: 0 });
  });
  it('fills with GC time, drains with mutator time, and limits once full', () => {
    let b = accumulate(newLimiter(4), 1e9, 3e9);
    expect(b).toEqual({ fill: 2e9, capacity: 4e9, enabled: false, overflow: 0 });
    b = accumulate(b, 0, 2.5e9); // headroom 2e9 ≤ change 2.5e9
    expect(b).toEqual({ fill: 4e9, capacity: 4e9, enabled: true, overflow: 0.5e9 });
    b = accumulate(b, 1e6, 1e6); // no change: still limiting
    expect(b.enabled).toBe(true);
    b = accumulate(b, 2e6, 1e6); // any drain turns it off
    expect(b).toEqual({ fill: 4e9 - 1e6, capacity: 4e9, enabled: false, overflow: 0.5e9 });
  });
  it('never goes below zero', () => {
    expect(accumulate({ fill: 5, capacity: 4e9, enabled: false, overflow: 0 }, 100, 0).fill).toBe(0);
  });
  it('stays put at 50 %: equal GC and mutator time change nothing', () => {
    const b = { fill: 1e9, capacity: 4e9, enabled: false, overflow: 0 };
    expect(accumulate(b, 7e6, 7e6)).toEqual(b);
  });
  it('counts 25 % of all time as GC time while the GC is on, plus assists', () => {
    // 10 ms on 4 Ps = 40 ms; GC = 5 ms assists + 10 ms background; mutator 25 ms.
    expect(limiterWindow(10e6, 4, true, 5e6)).toEqual({ mutator: 25e6, gc: 15e6 });
    expect(limiterWindow(10e6, 4, false, 0)).toEqual({ mutator: 40e6, gc: 0 });
  });
  it('resetCapacity clips a bucket over the new capacity and limits', () => {
    expect(resetCapacity({ fill: 6e9, capacity: 8e9, enabled: false, overflow: 0 }, 4)).toEqual({ fill: 4e9, capacity: 4e9, enabled: true, overflow: 0 });
    expect(resetCapacity({ fill: 4e9, capacity: 4e9, enabled: true, overflow: 0 }, 8)).toEqual({ fill: 4e9, capacity: 8e9, enabled: false, overflow: 0 });
  });
});

describe('the limiter in the death spiral', () => {
  const sc = scenarioById('death-spiral')!;
  let s: PacerState = pacerEngine.init(sc.config, sc.seed);
  const kinds: string[] = [];
  let onAt = -1;
  while (!s.exited) {
    const r = pacerEngine.step(s);
    s = r.state;
    for (const e of r.events) {
      kinds.push(e.narration.key);
      if (e.narration.key === 'pacer.limiter.on' && onAt < 0) onAt = s.now;
    }
  }
  it('turns on after GC CPU has outrun mutator time by a full bucket', () => {
    expect(onAt).toBeGreaterThan(0);
    const before = s.cycles.filter((c) => c.tEnd < onAt);
    const gc = before.reduce((a, c) => a + c.gcCpu, 0);
    // The bucket (4 CPU-seconds) filled: GC time exceeded mutator time by at least that much overall.
    expect(gc).toBeGreaterThan(4e9 / 2);
  });
  it('holds GC CPU of each limited cycle at 50 %: background 25 % + assists 25 %', () => {
    const limited = s.cycles.filter((c) => c.limited && c.tSweepTerm > onAt + 1e9);
    expect(limited.length).toBeGreaterThan(10);
    for (const c of limited) {
      const markCpu = (c.tMarkTerm - c.tMark) * c.procs;
      expect(c.cpu.assist / markCpu).toBeCloseTo(0.25, 3);
      expect(c.cpu.background / markCpu).toBeCloseTo(0.25, 3);
    }
  });
  it('lets memory exceed GOMEMLIMIT instead', () => {
    expect(s.peakTotal).toBeGreaterThan(sc.config.memoryLimit!);
  });
});
