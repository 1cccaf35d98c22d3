// fast-check generators for GMP programs and reader interventions.
import fc from 'fast-check';
import type { GmpAction, GmpConfig, Op } from '../../../simulators/gmp/types.ts';
import type { TimedAction } from '../../../simulators/core/types.ts';

const chan = fc.constantFrom('a', 'b', 'c');
const us = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 400 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 25_000 }) });

const leaf: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('compute' as const), us }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('send' as const), ch: chan }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('recv' as const), ch: chan }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('syscall' as const), us }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('sleep' as const), us: fc.integer({ min: 0, max: 3000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('gosched' as const) }) },
);

export const opArb = fc.memo((depth: number): fc.Arbitrary<Op> =>
  depth <= 1
    ? leaf
    : fc.oneof(
        { weight: 5, arbitrary: leaf },
        { weight: 2, arbitrary: fc.record({ op: fc.constant('go' as const), body: fc.array(opArb(depth - 1), { minLength: 0, maxLength: 6 }) }) },
      ),
);

export const bodyArb = (depth = 3) => fc.array(opArb(depth), { minLength: 0, maxLength: 8 });

export const configArb: fc.Arbitrary<GmpConfig> = fc.record({
  gomaxprocs: fc.integer({ min: 1, max: 6 }),
  main: fc
    .tuple(bodyArb(3), fc.array(fc.record({ op: fc.constant('go' as const), body: bodyArb(2) }), { maxLength: 6 }), bodyArb(2))
    .map(([a, gos, b]) => [...a, ...gos, ...b] as Op[]),
  channels: fc.record({ a: fc.record({ cap: fc.integer({ min: 0, max: 3 }) }), c: fc.record({ cap: fc.constant(2) }) }),
});

export const actionArb: fc.Arbitrary<GmpAction> = fc.oneof(
  fc.record({ type: fc.constant('spawn' as const), p: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ type: fc.constant('spawn' as const), p: fc.integer({ min: 0, max: 7 }), body: bodyArb(2) }),
  fc.record({ type: fc.constant('setGomaxprocs' as const), n: fc.integer({ min: 1, max: 7 }) }),
);

export const actionsArb: fc.Arbitrary<TimedAction<GmpAction>[]> = fc
  .array(fc.record({ atStep: fc.integer({ min: 0, max: 120 }), action: actionArb }), { maxLength: 5 })
  .map((xs) => [...xs].sort((x, y) => x.atStep - y.atStep));
