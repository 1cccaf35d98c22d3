// Property tests of the GC engine: the shared contract suite, and the barrier facts over random
// heaps and programs. Run counts for the barrier properties add up to 10,000:
//   1,500 exhaustive explores  hybrid / hybrid-go with allocate-black never lose an object
//     500 exhaustive explores  Yuasa with stacks first and allocate-black never loses one
//   1,000 exhaustive explores  Dijkstra with the stack re-scan never loses one
//   1,000 explores             no barrier: a found loss replays; a random run's loss is found
//   6,000 random interleavings larger programs, correct collectors: nothing lost, and the
//                              barrier's invariant (strong or weak) holds after every move
// Exhaustive runs use programs of at most 2 goroutines × 3–4 statements and 4–5 objects, so
// each explore takes about a millisecond; random runs use 3 goroutines × 6 statements.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNarrator } from '../../../simulators/core/narrator.ts';
import { check, explore, gcEngine, init, invariants, isTerminal, lostObjects, markingEnded, narrationTable, step } from '../../../simulators/gc/index.ts';
import type { GcConfig, GcState } from '../../../simulators/gc/index.ts';
import { engineContract } from '../../support/engine-contract.ts';
import { actionsArb, correctConfigArb, MEDIUM, programArb, SMALL, TINY } from './arbitraries.ts';

engineContract('gc', gcEngine, { config: correctConfigArb(MEDIUM), actions: actionsArb }, { narrator: createNarrator(narrationTable, { strict: true }), runs: 10_000 });

const seedArb = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** Runs with the seeded PRNG; returns the objects lost when marking ended, calling `each` after every move. */
function randomRun(config: GcConfig, seed: number, each?: (s: GcState) => void): string[] {
  let s = init(config, seed);
  while (!isTerminal(s)) {
    s = step(s).state;
    each?.(s);
    if (markingEnded(s)) return lostObjects(s);
  }
  return [];
}

function replay(config: GcConfig, schedule: number[]): GcState {
  let s = init({ ...config, schedule }, 1);
  for (let i = 0; i < schedule.length; i++) s = step(s).state;
  return s;
}

describe('GC barrier properties', () => {
  it('hybrid and hybrid-go with allocate-black never lose an object, on any interleaving', () => {
    const arb = fc.record({ barrier: fc.constantFrom('hybrid' as const, 'hybrid-go' as const), rescanStacks: fc.boolean(), stackBeforeHeap: fc.boolean(), program: fc.oneof(programArb(TINY), programArb(SMALL)) });
    fc.assert(
      fc.property(arb, ({ program, ...o }) => {
        const r = explore({ ...o, allocBlack: true, ...program });
        expect(r.complete).toBe(true);
        expect(r.lost, JSON.stringify(r.schedule)).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('Yuasa with every stack scanned first and allocate-black never loses an object', () => {
    fc.assert(
      fc.property(programArb(TINY), (program) => {
        expect(explore({ barrier: 'yuasa', stackBeforeHeap: true, allocBlack: true, ...program }).lost).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('Dijkstra with the STW stack re-scan never loses an object, with either allocation colour', () => {
    fc.assert(
      fc.property(programArb(TINY), fc.boolean(), fc.boolean(), (program, allocBlack, stackBeforeHeap) => {
        expect(explore({ barrier: 'dijkstra', rescanStacks: true, allocBlack, stackBeforeHeap, ...program }).lost).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('with no barrier, a loss explore finds replays from its schedule, and any loss a random run hits is found', () => {
    fc.assert(
      fc.property(programArb(TINY), fc.boolean(), seedArb, (program, allocBlack, seed) => {
        const config: GcConfig = { barrier: 'none', allocBlack, ...program };
        const r = explore(config);
        expect(r.complete).toBe(true);
        if (r.lost) {
          const end = replay(config, r.schedule!);
          expect(lostObjects(end)).toEqual(r.lostObjects);
          expect(check(end).some((v) => v.rule === 'lost-object')).toBe(true);
        }
        if (randomRun(config, seed).length > 0) expect(r.lost).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('correct collectors lose nothing on random interleavings of larger programs, and keep their invariant', () => {
    fc.assert(
      fc.property(correctConfigArb(MEDIUM), seedArb, (config, seed) => {
        const lost = randomRun(config, seed, (s) => {
          const inv = invariants(s);
          // Dijkstra and the unconditional hybrid keep the strong invariant in the heap; the
          // conditional hybrid keeps the weak one (design 17503).
          if (config.barrier === 'dijkstra' || config.barrier === 'hybrid-go') expect(inv.strong).toEqual([]);
          if (config.barrier === 'hybrid' || config.barrier === 'hybrid-go') expect(inv.weak).toEqual([]);
        });
        expect(lost).toEqual([]);
      }),
      { numRuns: 6000 },
    );
  });
});
