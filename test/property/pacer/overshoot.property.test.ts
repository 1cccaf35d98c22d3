// For every random workload with a memory limit, peak memory stays within GOMEMLIMIT plus the
// overshoot the model states (statedOvershoot), unless the live heap and non-heap memory alone
// exceed the limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { init, isTerminal, liveAt, resolvePhases, statedOvershoot, step } from '../../../simulators/pacer/index.ts';
import type { PacerConfig } from '../../../simulators/pacer/index.ts';
import { configArb } from './arbitraries.ts';

const MiB = 1 << 20;

function liveAlone(c: PacerConfig): number {
  let peak = 0;
  for (const p of resolvePhases(c.workload)) {
    const len = p.duration * 1e9;
    peak = Math.max(peak, liveAt(p, 0) + p.stacks + (c.otherMem ?? 0), liveAt(p, len / 2) + p.stacks + (c.otherMem ?? 0), liveAt(p, len) + p.stacks + (c.otherMem ?? 0));
  }
  return peak;
}

describe('pacer: memory over GOMEMLIMIT', () => {
  it('peak heap + non-heap ≤ GOMEMLIMIT + statedOvershoot, unless the live heap alone exceeds the limit', () => {
    let checked = 0;
    fc.assert(
      fc.property(configArb(0.4, 3, fc.integer({ min: 8 * MiB, max: 256 * MiB })), (config) => {
        const limit = config.memoryLimit!;
        let s = init(config, 1);
        for (let i = 0; i < 20_000 && !isTerminal(s); i++) s = step(s).state;
        if (liveAlone(config) > limit) return;
        checked++;
        expect(s.peakTotal).toBeLessThanOrEqual(limit + statedOvershoot(config) + 1);
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});
