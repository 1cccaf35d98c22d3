// Engine figures: GMP steps per second in Node, on each scenario and on an 8-P / 1,000-G program.
import { gmpEngine, scenarios, buildBenchProgram } from '../simulators/gmp/index.ts';
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
