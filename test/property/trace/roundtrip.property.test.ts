// Round trips: random cycles and ticks printed the way each Go version prints them parse back
// exactly, also with program output written between any two of the runtime's print arguments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gcCycleArgs,
  parseGctraceRecords,
  parseSchedtrace,
  printGcCycle,
  printSchedTick,
  schedTickArgs,
  toGcCycle,
  toSchedTick,
  type GcCycleRecord,
  type GctraceFormat,
  type PrintableCycle,
  type PrintableTick,
  type SchedTickRecord,
} from '../../../simulators/trace/index.ts';
import { cycleArb, foreign, gcFormat, schedFormat, tickArb } from './arbitraries.ts';

function expectCycle(got: GcCycleRecord | undefined, want: PrintableCycle, format: GctraceFormat): void {
  expect(got).toBeDefined();
  expect(got!.format).toBe(format);
  const { clockPhases, cpuPhases, ...plain } = want;
  expect(toGcCycle(got!)).toEqual(plain);
  if (format === 'go1.5') {
    expect(got!.clockPhases).toEqual(clockPhases);
    expect(got!.cpuPhases).toEqual(cpuPhases);
  }
}

/** The public tick the parser should give back for a printed tick. */
function publicTick(t: PrintableTick): ReturnType<typeof toSchedTick> {
  return toSchedTick(t as unknown as SchedTickRecord);
}

describe('gctrace round trip', () => {
  it('every format prints and parses back exactly', () => {
    fc.assert(
      fc.property(
        gcFormat.chain((f) => fc.tuple(fc.constant(f), fc.array(cycleArb(f), { minLength: 1, maxLength: 5 }))),
        ([format, cycles]) => {
          const r = parseGctraceRecords(cycles.map((c) => printGcCycle(c, format)).join('\n'));
          expect(r.errors).toEqual([]);
          expect(r.cycles).toHaveLength(cycles.length);
          cycles.forEach((c, i) => expectCycle(r.cycles[i], c, format));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('program output between two print arguments is skipped and the cycle recovered', () => {
    fc.assert(
      fc.property(
        gcFormat.chain((f) => fc.tuple(fc.constant(f), cycleArb(f))),
        fc.nat(),
        foreign,
        ([format, cycle], at, junk) => {
          const args = gcCycleArgs(cycle, format);
          // After "gc ", N, " @": a line is recognised by /gc \d+ @/, so text inside that start hides it.
          const cut = 3 + (at % (args.length - 3));
          const text = `before\n${args.slice(0, cut).join('')}${junk}${args.slice(cut).join('')}\nafter`;
          const r = parseGctraceRecords(text);
          expect(r.errors).toEqual([]);
          expect(r.cycles).toHaveLength(1);
          expectCycle(r.cycles[0], cycle, format);
          expect(r.cycles[0]!.line).toBe(2);
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('schedtrace round trip', () => {
  it('every format, with and without scheddetail, prints and parses back exactly', () => {
    fc.assert(
      fc.property(
        fc.tuple(schedFormat, fc.boolean()).chain(([f, d]) => fc.tuple(fc.constant(f), fc.array(tickArb(f, d), { minLength: 1, maxLength: 4 }))),
        ([format, ticks]) => {
          const r = parseSchedtrace(ticks.map((t) => printSchedTick(t, format)).join('\n'));
          expect(r.errors).toEqual([]);
          expect(r.ticks).toEqual(ticks.map(publicTick));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('program output between two print arguments is skipped', () => {
    fc.assert(
      fc.property(
        fc.tuple(schedFormat, fc.boolean()).chain(([f, d]) => fc.tuple(fc.constant(f), tickArb(f, d))),
        fc.nat(),
        fc.nat(),
        foreign,
        ([format, tick], lineAt, argAt, junk) => {
          const lines = schedTickArgs(tick, format);
          const li = lineAt % lines.length;
          const args = lines[li]!;
          // Not inside the start ("SCHED " T "ms: gomaxprocs=", "  P" i ": status=", …: three
          // arguments), and not next to a free-form string (preemptoff, wait reason), which would
          // absorb the text.
          const free = new Set([' preemptoff=', '(']);
          const cuts = args.map((_, i) => i).filter((i) => i >= 3 && !free.has(args[i - 1]!) && !free.has(args[i - 2]!));
          fc.pre(cuts.length > 0);
          const cut = cuts[argAt % cuts.length]!;
          lines[li] = [...args.slice(0, cut), junk, ...args.slice(cut)];
          const r = parseSchedtrace(lines.map((l) => l.join('')).join('\n'));
          expect(r.errors).toEqual([]);
          expect(r.ticks).toEqual([publicTick(tick)]);
        },
      ),
      { numRuns: 600 },
    );
  });
});
