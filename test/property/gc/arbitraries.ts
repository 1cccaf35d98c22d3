// Random heaps and programs for the GC engine's property tests. Every generated config is
// valid: refs only name stack slots and globals that exist.
import fc from 'fast-check';
import type { TimedAction } from '../../../simulators/core/types.ts';
import type { Barrier, GcAction, GcConfig, GcOp } from '../../../simulators/gc/index.ts';

const NAMES = ['A', 'B', 'C', 'D', 'E', 'F'];

export type Size = { objects: number; goroutines: number; ops: number; stack: number; globals: number; depth: number };

/** 2 goroutines × 4 ops, 5 objects: the size explore must cover in well under a second. */
export const SMALL: Size = { objects: 5, goroutines: 2, ops: 4, stack: 2, globals: 2, depth: 2 };
/** Smaller programs for the thousands of exhaustive runs. */
export const TINY: Size = { objects: 4, goroutines: 2, ops: 3, stack: 2, globals: 2, depth: 1 };
/** Bigger programs for random interleavings. */
export const MEDIUM: Size = { objects: 6, goroutines: 3, ops: 6, stack: 2, globals: 2, depth: 2 };

function refArb(stackLen: number, globalsLen: number, depth: number, allowNil: boolean): fc.Arbitrary<string> {
  const roots: string[] = [...Array.from({ length: stackLen }, (_, i) => `s${i}`), ...Array.from({ length: globalsLen }, (_, i) => `g${i}`)];
  const path = fc.tuple(fc.constantFrom(...roots), fc.array(fc.constantFrom(0, 1), { maxLength: depth })).map(([r, hops]) => [r, ...hops].join('.'));
  return allowNil ? fc.oneof({ weight: 1, arbitrary: fc.constant('nil') }, { weight: 5, arbitrary: path }) : path;
}

function opArb(stackLen: number, globalsLen: number, depth: number): fc.Arbitrary<GcOp> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ op: fc.constant('write' as const), dst: refArb(stackLen, globalsLen, depth, false), src: refArb(stackLen, globalsLen, depth, true) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('new' as const), dst: refArb(stackLen, globalsLen, depth, false) }) },
  );
}

/** A program (heap, globals, goroutines) of at most `size`. */
export function programArb(size: Size): fc.Arbitrary<Pick<GcConfig, 'heap' | 'globals' | 'goroutines'>> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: size.objects }),
      globalsLen: fc.integer({ min: 1, max: size.globals }),
      stacks: fc.array(fc.integer({ min: 1, max: size.stack }), { minLength: 1, maxLength: size.goroutines }),
    })
    .chain(({ n, globalsLen, stacks }) => {
      const names = NAMES.slice(0, n);
      const ptr = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.constantFrom(...names) });
      return fc.record({
        heap: fc.tuple(...names.map(() => fc.tuple(ptr, ptr))).map((fs) => Object.fromEntries(names.map((nm, i) => [nm, fs[i]!]))),
        globals: fc.array(ptr, { minLength: globalsLen, maxLength: globalsLen }),
        goroutines: fc.tuple(
          ...stacks.map((len) =>
            fc.record({ stack: fc.array(ptr, { minLength: len, maxLength: len }), ops: fc.array(opArb(len, globalsLen, size.depth), { maxLength: size.ops }) }),
          ),
        ),
      });
    });
}

/** Collector options that keep every reachable object: the ones the contract suite runs. */
export const correctOptionsArb: fc.Arbitrary<Pick<GcConfig, 'barrier' | 'rescanStacks' | 'stackBeforeHeap' | 'allocBlack'>> = fc.oneof(
  fc.record({ barrier: fc.constantFrom<Barrier>('hybrid', 'hybrid-go'), rescanStacks: fc.boolean(), stackBeforeHeap: fc.boolean(), allocBlack: fc.constant(true) }),
  fc.record({ barrier: fc.constant<Barrier>('dijkstra'), rescanStacks: fc.constant(true), stackBeforeHeap: fc.boolean(), allocBlack: fc.boolean() }),
);

export const correctConfigArb = (size: Size): fc.Arbitrary<GcConfig> => fc.tuple(correctOptionsArb, programArb(size)).map(([o, p]) => ({ ...o, ...p }));

/** Reader interventions: most fit small programs, some are refused. */
export const actionsArb: fc.Arbitrary<TimedAction<GcAction>[]> = fc.array(
  fc.record({
    atStep: fc.integer({ min: 0, max: 40 }),
    action: fc.oneof(
      fc.record({ type: fc.constant('write' as const), g: fc.integer({ min: 0, max: 2 }), dst: fc.constantFrom('s0', 'g0', 's0.0', 'g0.1', 's1', 'g1.0'), src: fc.constantFrom('nil', 's0', 'g0', 'g0.0', 's0.1') }),
      fc.record({ type: fc.constant('new' as const), g: fc.integer({ min: 0, max: 2 }), dst: fc.constantFrom('s0', 'g0.0', 's0.1') }),
    ),
  }),
  { maxLength: 3 },
);
