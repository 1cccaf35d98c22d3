// Engine figures: GMP steps per second in Node, on each scenario and on an 8-P / 1,000-G program.
import { gmpEngine, scenarios, buildBenchProgram } from '../simulators/gmp/index.ts';
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
report(rows);
