// fast-check generators for the trace parser properties: cycles and ticks the runtime could print
// (every number printable exactly), program output, and text mutations.
import fc from 'fast-check';
import { fmtNSAsMS, type GctraceFormat, type PrintableCycle, type PrintableTick, type SchedtraceFormat } from '../../../simulators/trace/index.ts';

/** A phase time as the runtime prints it: ns through fmtNSAsMS, read back as ms. */
export const phaseMs = fc
  .oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000_000_000 }))
  .map((ns) => Number(fmtNSAsMS(ns)));

const mb = fc.integer({ min: 0, max: 1_000_000 });

export const gcFormat: fc.Arbitrary<GctraceFormat> = fc.constantFrom('go1.5', 'go1.7', 'go1.18');

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A cycle in `format`, with the derived fields the way versions.ts defines them. */
export function cycleArb(format: GctraceFormat): fc.Arbitrary<PrintableCycle> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: 10_000_000 }),
      atMs: fc.integer({ min: 0, max: 10_000_000_000 }),
      cpuPercent: fc.integer({ min: 0, max: 100 }),
      forced: fc.boolean(),
      clock: fc.array(phaseMs, { minLength: 5, maxLength: 5 }),
      cpu: fc.array(phaseMs, { minLength: 7, maxLength: 7 }),
      heap: fc.tuple(mb, mb, mb, mb, mb, mb),
      procs: fc.integer({ min: 1, max: 1024 }),
    })
    .map((r): PrintableCycle => {
      const [start, end, live, goal, stacks, globals] = r.heap;
      const legacy = format === 'go1.5';
      const cl = r.clock;
      const cp = r.cpu;
      const c: PrintableCycle = {
        n: r.n,
        at: r.atMs / 1000,
        cpuPercent: r.cpuPercent,
        forced: r.forced,
        clock: legacy ? { sweepTerm: cl[0]!, mark: round6(cl[1]! + cl[2]! + cl[3]!), markTerm: cl[4]! } : { sweepTerm: cl[0]!, mark: cl[1]!, markTerm: cl[2]! },
        cpu: legacy
          ? { sweepTerm: cp[0]!, assist: cp[3]!, background: round6(cp[1]! + cp[2]! + cp[4]!), idle: cp[5]!, markTerm: cp[6]! }
          : { sweepTerm: cp[0]!, assist: cp[1]!, background: cp[2]!, idle: cp[3]!, markTerm: cp[4]! },
        heap: { start, end, live },
        goal,
        procs: r.procs,
      };
      if (legacy) {
        c.clockPhases = cl;
        c.cpuPhases = cp;
      }
      if (format === 'go1.18') {
        c.stacks = stacks;
        c.globals = globals;
      }
      return c;
    });
}

export const schedFormat: fc.Arbitrary<SchedtraceFormat> = fc.oneof(
  // Go 1.5–1.19 (timerslen from 1.14, helpgc until 1.11)
  fc.record({
    needspinning: fc.constant(false),
    list: fc.constant('tight' as const),
    absent: fc.constant('minus1' as const),
    flags: fc.constant('int' as const),
    timerslen: fc.boolean(),
    helpgc: fc.boolean(),
  }),
  // Go 1.20–1.24
  fc.record({
    needspinning: fc.constant(true),
    list: fc.constant('tight' as const),
    absent: fc.constant('nil' as const),
    flags: fc.constant('bool' as const),
    timerslen: fc.constant(true),
    helpgc: fc.constant(false),
  }),
  // current
  fc.record({
    needspinning: fc.constant(true),
    list: fc.constant('spaced' as const),
    absent: fc.constant('nil' as const),
    flags: fc.constant('bool' as const),
    timerslen: fc.constant(true),
    helpgc: fc.constant(false),
  }),
);

const small = fc.integer({ min: 0, max: 5000 });
const id = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null });
const reason = fc.constantFrom('', 'chan receive', 'semacquire', 'GC worker (idle)', 'force gc (idle)', 'sleep', 'select', 'IO wait');

/** A tick as `parseSchedtrace` returns it for `f` (public shape) plus what printing needs. */
export function tickArb(f: SchedtraceFormat, detailed: boolean): fc.Arbitrary<PrintableTick> {
  const procs = fc.integer({ min: 1, max: 8 });
  return fc
    .record({
      atMs: fc.integer({ min: 0, max: 100_000_000 }),
      counts: fc.array(small, { minLength: 6, maxLength: 6 }),
      needspinning: fc.integer({ min: 0, max: 1 }),
      sizes: procs.chain((n) => fc.array(small, { minLength: n, maxLength: n })),
      ticks: fc.array(small, { minLength: 8, maxLength: 8 }),
      ps: fc.array(fc.record({ status: fc.integer({ min: 0, max: 4 }), schedtick: small, syscalltick: small, m: id, runqsize: small, gfreecnt: small, timerslen: small }), { minLength: 1, maxLength: 4 }),
      ms: fc.array(fc.record({ id: small, p: id, curg: id, spinning: fc.boolean(), blocked: fc.boolean(), locks: small, lockedg: id, preemptoff: fc.constantFrom('', 'gcing', 'dumping heap') }), { maxLength: 4 }),
      gs: fc.array(fc.record({ id: fc.integer({ min: 1, max: 1_000_000 }), status: fc.constantFrom(1, 2, 3, 4, 6, 4097, 4100), waitreason: reason, m: id, lockedm: id }), { maxLength: 6 }),
      flags: fc.tuple(fc.boolean(), fc.boolean(), small, small),
    })
    .map((r) => {
      const [gomaxprocs, idleprocs, threads, spinningthreads, idlethreads, runqueue] = r.counts as [number, number, number, number, number, number];
      const t: PrintableTick = { atMs: r.atMs, gomaxprocs, idleprocs, threads, spinningthreads, idlethreads, runqueue };
      if (f.needspinning) t.needspinning = r.needspinning;
      if (!detailed) {
        t.runqsizes = r.sizes;
        if (f.list === 'spaced') t.schedticks = r.ticks.slice(0, r.sizes.length);
        return t;
      }
      t.gcwaiting = f.flags === 'bool' ? r.flags[0] : Number(r.flags[0]);
      t.sysmonwait = f.flags === 'bool' ? r.flags[1] : Number(r.flags[1]);
      t.nmidlelocked = r.flags[2];
      t.stopwait = r.flags[3];
      t.ps = r.ps.map((p, i) => {
        const o: NonNullable<PrintableTick['ps']>[number] = { id: i, status: p.status, schedtick: p.schedtick, syscalltick: p.syscalltick, m: p.m, runqsize: p.runqsize, gfreecnt: p.gfreecnt };
        if (f.timerslen) o.timerslen = p.timerslen;
        return o;
      });
      t.ms = r.ms.map((m) => ({ ...m, mallocing: 0, throwing: 0, dying: 0, ...(f.helpgc ? { helpgc: 0 } : {}) }));
      t.gs = r.gs.map((g) => {
        const o: NonNullable<PrintableTick['gs']>[number] = { id: g.id, status: g.status, m: g.m, lockedm: g.lockedm };
        if (g.waitreason !== '') o.waitreason = g.waitreason;
        return o;
      });
      return t;
    });
}

/**
 * Program output that cannot be mistaken for runtime output: letters that spell no token the
 * grammars look for (no digits, spaces, punctuation, "nil", "true", "false"), maybe ending a line.
 */
export const foreign = fc
  .tuple(fc.string({ unit: fc.constantFrom('q', 'w', 'x', 'y', 'z', 'j', 'k', 'v', 'b', 'h'), minLength: 1, maxLength: 12 }), fc.constantFrom('', '\n', '\nqx\n', '\n\n'))
  .map(([s, nl]) => s + nl);

/** Fragments that look like trace output, to build hostile text from. */
const FRAGMENTS = [
  'gc ', 'gc 1 @', ' @', '0.1', '12', '3', 's ', '%: ', '+', '/', ' ms clock, ', ' ms cpu, ', '->', ' MB, ', ' MB goal, ', ' MB stacks, ',
  ' MB globals, ', ' P', ' (forced)', 'scvg', 'scvg-1: ', ': ', 'GC forced', 'gc12(4): ', 'SCHED ', 'SCHED 5ms: ', 'ms: gomaxprocs=',
  ' idleprocs=', ' threads=', ' runqueue=', ' [', ' [ ', ']', ' ]', ' schedticks=[ ', '  P0: status=', 'P1: status=', '  M3: p=', 'M1: p=',
  '  G7: status=', 'G1: status=', '(', ') m=', ' lockedm=', 'nil', '-1', 'true', 'false', ' preemptoff=', ' locks=', ' timerslen=',
  '\n', '\r\n', ' ', 'x', 'hello', '9999999999999999999999999999',
];
export const hostileText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((a) => a.join(''));

export type Mutation = { at: number; del: number; insert: string };

/** Text edits at relative positions (0..1), applied in order. */
export const mutations = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    del: fc.integer({ min: 0, max: 12 }),
    insert: fc.oneof(hostileText.map((s) => s.slice(0, 40)), foreign, fc.string({ maxLength: 8 })),
  }),
  { maxLength: 6 },
);

export function mutate(text: string, ms: readonly Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const i = Math.min(t.length, Math.floor(m.at * (t.length + 1)));
    t = t.slice(0, i) + m.insert + t.slice(i + m.del);
  }
  return t;
}

/** Split points for feeding a streaming parser. */
export const chunkSizes = fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 20 });

export function inChunks(text: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  let i = 0;
  let k = 0;
  while (i < text.length) {
    const n = sizes[k++ % sizes.length]!;
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}
