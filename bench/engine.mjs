// Engine figures in Node: GMP steps per second on each scenario and on an 8-P / 1,000-G program;
// the GC pacer's 10-minute workloads at cycle granularity (runCycles) and event by event (step).
import { gmpEngine, scenarios, buildBenchProgram } from '../simulators/gmp/index.ts';
import { pacerEngine, runCycles } from '../simulators/pacer/index.ts';
import { tenMinutes } from './pacer-workloads.mjs';
import { report } from './site.mjs';

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
report(rows);
