// fast-check generators for pacer configs (short workloads, so runs stay small) and interventions.
import fc from 'fast-check';
import type { TimedAction } from '../../../simulators/core/types.ts';
import type { PacerAction, PacerConfig, Phase } from '../../../simulators/pacer/index.ts';

const MiB = 1 << 20;
const mib = (min: number, max: number) => fc.double({ min: min * MiB, max: max * MiB, noNaN: true, noDefaultInfinity: true });

export const phaseArb = (maxSeconds: number): fc.Arbitrary<Phase> =>
  fc
    .record({
      duration: fc.double({ min: 0.002, max: maxSeconds, noNaN: true }),
      allocRate: fc.oneof(fc.constant(0), mib(1, 512)),
      live: mib(0, 48),
      liveEnd: mib(0, 96),
      shape: fc.constantFrom('constant', 'grow', 'spike') as fc.Arbitrary<Phase['shape']>,
      stacks: mib(0, 4),
      globals: mib(0, 2),
    })
    .map((p) => (p.shape === 'constant' ? { ...p, liveEnd: undefined } : p));

export const configArb = (maxSeconds: number, maxPhases: number, limit: fc.Arbitrary<number | null>): fc.Arbitrary<PacerConfig> =>
  fc.record({
    gogc: fc.oneof(fc.constant(-1), fc.constant(100), fc.integer({ min: 0, max: 800 })),
    memoryLimit: limit,
    gomaxprocs: fc.integer({ min: 1, max: 8 }),
    scanRate: fc.oneof(fc.constant(undefined), mib(128, 4096)),
    otherMem: fc.oneof(fc.constant(undefined), mib(0, 8)),
    workload: fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom('steady', 'growing', 'spike', 'container', 'death-spiral') as fc.Arbitrary<PacerConfig['workload']> },
      { weight: 6, arbitrary: fc.array(phaseArb(maxSeconds), { minLength: 1, maxLength: maxPhases }) },
    ),
  }) as fc.Arbitrary<PacerConfig>;

export const actionArb: fc.Arbitrary<PacerAction> = fc.oneof(
  fc.record({ type: fc.constant('setGogc' as const), value: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 1000 })) }),
  fc.record({ type: fc.constant('setMemoryLimit' as const), bytes: fc.oneof(fc.constant(null), fc.integer({ min: 4 * MiB, max: 256 * MiB })) }),
  fc.record({ type: fc.constant('setGomaxprocs' as const), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ type: fc.constant('forceGC' as const) }),
);

export const actionsArb: fc.Arbitrary<TimedAction<PacerAction>[]> = fc.array(fc.record({ atStep: fc.integer({ min: 0, max: 60 }), action: actionArb }), { maxLength: 4 });
