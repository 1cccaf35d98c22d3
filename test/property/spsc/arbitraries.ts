// fast-check generators for SPSC configs (correct, after-write rings) and reader actions.
import fc from 'fast-check';
import type { TimedAction } from '../../../simulators/core/types.ts';
import type { SpscAction, SpscConfig } from '../../../simulators/spsc/index.ts';

const side = fc.constantFrom('producer' as const, 'consumer' as const);

export const actionArb: fc.Arbitrary<SpscAction> = fc.oneof(fc.record({ type: fc.constant('run' as const), side }), fc.record({ type: fc.constant('call' as const), side }));

export const actionsArb: fc.Arbitrary<TimedAction<SpscAction>[]> = fc.array(fc.record({ atStep: fc.integer({ min: 0, max: 60 }), action: actionArb }), { maxLength: 6 });

const values = fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 12 });

/** A correct ring (publish after-write) with any of the other options. */
export const configArb: fc.Arbitrary<SpscConfig> = fc
  .record(
    {
      capacity: fc.constantFrom(2, 4, 8, 16),
      scheme: fc.constantFrom('free-running' as const, 'one-slack' as const),
      cachedIndices: fc.boolean(),
      padding: fc.constantFrom(0 as const, 64 as const, 128 as const),
      producer: values,
      extraPops: fc.integer({ min: -12, max: 2 }),
      schedule: fc.array(fc.constantFrom(0, 1), { maxLength: 40 }),
      indexBits: fc.constantFrom(32 as const, 64 as const),
      nearWrap: fc.boolean(),
    },
    { requiredKeys: ['capacity', 'scheme', 'producer', 'extraPops'] },
  )
  .map(({ extraPops, nearWrap, ...c }) => {
    const out: SpscConfig = { ...c, publish: 'after-write', pops: Math.max(0, c.producer.length + extraPops) };
    if (nearWrap && c.scheme === 'free-running') out.startIndex = 2 ** 32 - 5;
    return out;
  });
