// The engine contract, and properties of the ring over random programs and interleavings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNarrator } from '../../../simulators/core/narrator.ts';
import { apply, check, init, isTerminal, narrationTable, spscEngine, step, type Side, type SpscConfig, type SpscState } from '../../../simulators/spsc/index.ts';
import { engineContract } from '../../support/engine-contract.ts';
import { actionsArb, configArb } from './arbitraries.ts';

engineContract('spsc', spscEngine, { config: configArb, actions: actionsArb }, { narrator: createNarrator(narrationTable, { strict: true }), runs: 10_000 });

function toEnd(config: SpscConfig, seed: number): SpscState {
  let s = init(config, seed);
  while (!isTerminal(s)) s = step(s).state;
  return s;
}

/** Whole TryPush/TryPop calls in the given order (0 producer, 1 consumer); a side that cannot move passes. */
function byCalls(config: SpscConfig, calls: number[]): SpscState {
  let s = init(config, 0);
  for (const c of calls) {
    const side: Side = c === 0 ? 'producer' : 'consumer';
    if (s[side].pc === 'done') continue;
    s = apply(s, { type: 'call', side }).state;
  }
  return s;
}

describe('spsc properties', () => {
  it('with caches on or off, the same interleaving of calls delivers the same values with no more remote index loads', () => {
    fc.assert(
      fc.property(configArb, fc.array(fc.constantFrom(0, 1), { maxLength: 80 }), (c, calls) => {
        const on = byCalls({ ...c, cachedIndices: true }, calls);
        const off = byCalls({ ...c, cachedIndices: false }, calls);
        expect(on.received).toEqual(off.received);
        expect(on.producer.spins).toBe(off.producer.spins);
        expect(on.counters.remoteIndexLoads).toBeLessThanOrEqual(off.counters.remoteIndexLoads);
        // Without caches every call loads the other side's index exactly once.
        expect(off.counters.remoteIndexLoads).toBe(off.producer.pushed + off.producer.spins + off.receivedCount + off.consumer.spins);
      }),
      { numRuns: 1000 },
    );
  });

  it('with caches on or off, any step schedule run to the end delivers the producer\'s values in order', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (c, seed) => {
        const on = toEnd({ ...c, cachedIndices: true }, seed);
        const off = toEnd({ ...c, cachedIndices: false }, seed);
        const want = c.producer.slice(0, Math.min(c.pops, c.producer.length));
        expect(on.received).toEqual(want);
        expect(off.received).toEqual(want);
        expect(check(on)).toEqual([]);
        expect(check(off)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('the free-running ring never holds more than capacity values, the one-slack ring never more than capacity - 1', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: 1000 }), (c, seed) => {
        let s = init(c, seed);
        const room = c.scheme === 'one-slack' ? c.capacity - 1 : c.capacity;
        while (!isTerminal(s)) {
          s = step(s).state;
          expect(s.slots.filter((x, i) => x !== null && s.slotSeq[i]! >= s.receivedCount).length).toBeLessThanOrEqual(room);
        }
      }),
      { numRuns: 300 },
    );
  });
});
