// Timeline navigation always lands on the state a fresh replay gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeline } from '../../../simulators/core/timeline.ts';
import type { TimedAction } from '../../../simulators/core/types.ts';
import { gmpEngine } from '../../../simulators/gmp/index.ts';
import type { GmpAction, GmpConfig } from '../../../simulators/gmp/types.ts';
import { actionArb, actionsArb, configArb } from '../gmp/arbitraries.ts';

/** Fresh replay of positions 0…k with the same rule as the timeline. */
function replay(config: GmpConfig, seed: number, actions: readonly TimedAction<GmpAction>[], k: number): string | null {
  let s = gmpEngine.init(config, seed);
  for (let pos = 0; pos < k; pos++) {
    const due = actions.filter((a) => a.atStep === pos);
    if (due.length > 0) {
      for (const a of due) s = gmpEngine.apply(s, a.action).state;
      continue;
    }
    if (gmpEngine.isTerminal!(s)) {
      if (actions.some((a) => a.atStep > pos)) continue;
      return null;
    }
    s = gmpEngine.step(s).state;
  }
  return JSON.stringify(s);
}

type Nav = { op: 'forward' } | { op: 'back' } | { op: 'jump'; k: number } | { op: 'intervene'; action: GmpAction };
const navArb: fc.Arbitrary<Nav> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ op: 'forward' as const }) },
  { weight: 3, arbitrary: fc.constant({ op: 'back' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('jump' as const), k: fc.integer({ min: 0, max: 150 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('intervene' as const), action: actionArb }) },
);

describe('timeline properties', () => {
  it('back / forward / jump / intervene always equal a fresh replay of the recorded actions', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: 1000 }), actionsArb, fc.array(navArb, { maxLength: 25 }), (config, seed, actions, navs) => {
        const t = createTimeline(gmpEngine, config, seed, actions, { checkpointEvery: 4, maxCheckpoints: 5, cacheSize: 3 });
        for (const nav of navs) {
          if (nav.op === 'forward') t.forward();
          else if (nav.op === 'back') t.back();
          else if (nav.op === 'jump') t.jump(nav.k);
          else t.intervene(nav.action);
          const want = replay(config, seed, t.actions, t.position);
          expect(want).not.toBeNull();
          expect(JSON.stringify(t.state)).toBe(want);
          expect(t.checkpointCount).toBeLessThanOrEqual(5);
        }
      }),
      { numRuns: 600 },
    );
  });
});
