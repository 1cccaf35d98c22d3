// Engine figures in Node: GMP steps per second on each scenario and on an 8-P / 1,000-G program;
// GC marking steps per second on the 256-object heap and explore's time on the classic programs;
// the GC pacer's 10-minute workloads at cycle granularity (runCycles) and event by event (step);
// the trace parsers' lines per second on generated 100,000-line traces (bench/trace.mjs has more).
import { gmpEngine, scenarios, buildBenchProgram } from '../simulators/gmp/index.ts';
import { barrierTable, classicPrograms, explore, fourPrograms, gcEngine, scenarioById, withOptions } from '../simulators/gc/index.ts';
import { pacerEngine, runCycles } from '../simulators/pacer/index.ts';
import { tenMinutes } from './pacer-workloads.mjs';
import { parseGctrace, parseSchedtrace, printGcCycle, printSchedTick } from '../simulators/trace/index.ts';
import { report } from './site.mjs';
import { spscEngine, scenarioById as spscScenario } from '../simulators/spsc/index.ts';

function run(config, seed, maxSteps) {
  let state = gmpEngine.init(config, seed);
  let steps = 0;
  const t0 = performance.now();
  while (steps < maxSteps && !gmpEngine.isTerminal(state)) {
    state = gmpEngine.step(state).state;
    steps++;
  }
  const ms = performance.now() - t0;
  return { steps, ms, perSecond: steps / (ms / 1000) };
}

const rows = [];
let totalSteps = 0;
let totalMs = 0;
for (const sc of scenarios) {
  // Short scenarios finish quickly; repeat them so the timer sees enough work.
  let steps = 0;
  let ms = 0;
  while (ms < 200) {
    const r = run(sc.config, sc.seed, 200_000);
    steps += r.steps;
    ms += r.ms;
    if (r.steps === 0) break;
  }
  totalSteps += steps;
  totalMs += ms;
  rows.push([`engine: ${sc.id} (steps/s)`, Math.round(steps / (ms / 1000)).toLocaleString('en')]);
}
rows.push(['engine: all scenarios (steps/s)', Math.round(totalSteps / (totalMs / 1000)).toLocaleString('en')]);
run(buildBenchProgram(), 1, 20_000); // warm-up
const big = run(buildBenchProgram(), 1, 200_000);
rows.push([`engine: 8 Ps / 1,000 Gs, ${big.steps.toLocaleString('en')} steps (steps/s)`, Math.round(big.perSecond).toLocaleString('en')]);

// GC marking: the large-heap scenario from start to end, repeated until the timer has enough.
{
  const sc = scenarioById('large-heap');
  const runGc = () => {
    let s = gcEngine.init(sc.config, sc.seed);
    let steps = 0;
    const t0 = performance.now();
    while (!gcEngine.isTerminal(s)) {
      s = gcEngine.step(s).state;
      steps++;
    }
    return { steps, ms: performance.now() - t0 };
  };
  runGc(); // warm-up
  let steps = 0;
  let ms = 0;
  while (ms < 500) {
    const r = runGc();
    steps += r.steps;
    ms += r.ms;
  }
  rows.push(['engine: gc large-heap (steps/s)', `${Math.round(steps / (ms / 1000)).toLocaleString('en')} (256 objects, ${runGc().steps} steps a run)`]);

  // explore on the four classic programs (1 goroutine, ≤ 3 objects each) under every collector
  // setting (barrierTable: 40 × 4 searches); the slowest single search; and all four programs
  // at once (four goroutines) under the hybrid barrier, which must visit every state to prove safety.
  barrierTable(); // warm-up
  const t0 = performance.now();
  barrierTable();
  const all = performance.now() - t0;
  let slowest = 0;
  for (const p of classicPrograms) {
    for (const barrier of ['none', 'dijkstra', 'yuasa', 'hybrid', 'hybrid-go']) {
      const t = performance.now();
      explore(withOptions(p.program, { barrier, rescanStacks: false, stackBeforeHeap: false, allocBlack: false }));
      slowest = Math.max(slowest, performance.now() - t);
    }
  }
  rows.push(['explore: gc classic programs (ms)', `${all.toFixed(0)} for all 160 searches (40 settings × 4 programs); slowest one ${slowest.toFixed(1)}`]);
  const t1 = performance.now();
  const four = explore({ barrier: 'hybrid', ...fourPrograms });
  rows.push(['explore: gc four programs at once, hybrid (ms)', `${(performance.now() - t1).toFixed(0)} (${four.explored.toLocaleString('en')} states, every one)`]);
}

// GC pacer: ten minutes of program time. runCycles is what the chart's projection uses; step() is
// what the timeline does. Each is warmed up once, then timed.
const MiB = 1 << 20;
const pacerCases = [
  ['steady', { gogc: 100, memoryLimit: null, gomaxprocs: 4, workload: tenMinutes('steady') }],
  ['container, GOGC=off + GOMEMLIMIT', { gogc: -1, memoryLimit: 128 * MiB, gomaxprocs: 4, otherMem: 8 * MiB, workload: tenMinutes('container') }],
  ['death spiral, limiter on', { gogc: 100, memoryLimit: 100 * MiB, gomaxprocs: 4, otherMem: 4 * MiB, workload: tenMinutes('death-spiral') }],
];
const rate = (n, ms) => Math.round(n / (ms / 1000)).toLocaleString('en');
for (const [label, config] of pacerCases) {
  runCycles(pacerEngine.init(config, 1));
  const t0 = performance.now();
  const s = runCycles(pacerEngine.init(config, 1));
  const ms = performance.now() - t0;
  rows.push([`engine: pacer 10-minute ${label} (cycles/s)`, `${rate(s.numgc, ms)} (${s.numgc.toLocaleString('en')} cycles in ${ms.toFixed(0)} ms)`]);
}
{
  const [, config] = pacerCases[0];
  let s = pacerEngine.init(config, 1);
  let steps = 0;
  const t0 = performance.now();
  while (!pacerEngine.isTerminal(s)) {
    s = pacerEngine.step(s).state;
    steps++;
  }
  const ms = performance.now() - t0;
  rows.push(['engine: pacer 10-minute steady, step() (steps/s)', `${rate(steps, ms)} (${steps.toLocaleString('en')} steps)`]);
}
// Trace parsers: 100,000 lines each, printed as the runtime prints them (deterministic numbers),
// with a line of program output every tenth line. Best of 5 runs.
const TRACE_LINES = 100_000;
function traceLines(make) {
  const out = [];
  for (let i = 0; out.length < TRACE_LINES; i++) {
    out.push(make(i));
    if (i % 10 === 9 && out.length < TRACE_LINES) out.push(`2026/01/01 12:00:00 request ${i} served`);
  }
  return `${out.join('\n')}\n`;
}
const ms = (i, k) => ((i * 7919 + k * 104729) % 40_000) / 1000;
const gcText = traceLines((i) =>
  printGcCycle(
    {
      n: i + 1,
      at: (i + 1) * 0.05,
      cpuPercent: 5,
      forced: false,
      clock: { sweepTerm: ms(i, 1), mark: ms(i, 2), markTerm: ms(i, 3) },
      cpu: { sweepTerm: ms(i, 4), assist: ms(i, 5), background: ms(i, 6), idle: ms(i, 7), markTerm: ms(i, 8) },
      heap: { start: 40 + (i % 9), end: 48 + (i % 7), live: 22 + (i % 5) },
      goal: 46 + (i % 5),
      stacks: 1,
      globals: 0,
      procs: 8,
    },
    'go1.18',
  ),
);
const schedFormat = { needspinning: true, list: 'spaced', absent: null, flags: null, timerslen: null, helpgc: null };
const schedText = traceLines((i) => {
  const q = [0, 1, 2, 3, 4, 5, 6, 7].map((p) => (i * (p + 3)) % 17);
  return printSchedTick(
    { atMs: i * 1000, gomaxprocs: 8, idleprocs: i % 3, threads: 12, spinningthreads: i % 2, needspinning: 0, idlethreads: 3, runqueue: i % 23, runqsizes: q, schedticks: q.map((v) => v * 31 + i) },
    schedFormat,
  );
});
function linesPerSecond(text, parse) {
  const lines = text.split('\n').length - 1;
  parse(text); // warm-up
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    parse(text);
    best = Math.min(best, performance.now() - t0);
  }
  return Math.round(lines / (best / 1000)).toLocaleString('en');
}
rows.push(['parser: gctrace (lines/s)', linesPerSecond(gcText, parseGctrace)]);
rows.push(['parser: schedtrace (lines/s)', linesPerSecond(schedText, parseSchedtrace)]);
report(rows);

// SPSC: the 1,024-slot ring streaming 100,000 values (about 800,000 steps), once to warm up.
{
  const sc = spscScenario('stream-100k');
  const go = (max) => {
    let state = spscEngine.init(sc.config, sc.seed);
    let steps = 0;
    const t0 = performance.now();
    while (steps < max && !spscEngine.isTerminal(state)) {
      state = spscEngine.step(state).state;
      steps++;
    }
    return { steps, ms: performance.now() - t0 };
  };
  go(50_000);
  const r = go(2_000_000);
  report([[`engine: spsc stream, ${r.steps.toLocaleString('en')} steps (steps/s)`, Math.round(r.steps / (r.ms / 1000)).toLocaleString('en')]]);
}
