// Pacer engine figures (printed, never asserted): 10-minute workloads stepped event by event.
// Run: node bench/pacer.mjs
import { pacerEngine, runCycles, WORKLOADS } from '../simulators/pacer/index.ts';

const MiB = 1 << 20;
const tenMinutes = (id) => {
  const phases = WORKLOADS[id];
  const last = phases[phases.length - 1];
  const before = phases.slice(0, -1).reduce((a, p) => a + p.duration, 0);
  return [...phases.slice(0, -1), { ...last, duration: 600 - before }];
};
const cases = [
  ['steady, GOGC=100', { gogc: 100, memoryLimit: null, gomaxprocs: 4, workload: tenMinutes('steady') }],
  ['container, GOGC=off + GOMEMLIMIT', { gogc: -1, memoryLimit: 128 * MiB, gomaxprocs: 4, otherMem: 8 * MiB, workload: tenMinutes('container') }],
  ['death spiral (limiter on)', { gogc: 100, memoryLimit: 100 * MiB, gomaxprocs: 4, otherMem: 4 * MiB, workload: tenMinutes('death-spiral') }],
];

function run(config) {
  let s = pacerEngine.init(config, 1);
  let steps = 0;
  const t0 = performance.now();
  while (!pacerEngine.isTerminal(s)) {
    s = pacerEngine.step(s).state;
    steps++;
  }
  return { ms: performance.now() - t0, steps, cycles: s.numgc };
}

function runWhole(config) {
  const t0 = performance.now();
  const s = runCycles(pacerEngine.init(config, 1));
  return { ms: performance.now() - t0, cycles: s.numgc };
}

for (const [, c] of cases) {
  run(c);
  runWhole(c);
} // warm-up
const rows = [];
const rate = (n, ms) => Math.round(n / (ms / 1000)).toLocaleString('en');
for (const [label, c] of cases) {
  const w = runWhole(c);
  rows.push([`pacer: 10 min ${label}, runCycles`, `${w.cycles} cycles in ${w.ms.toFixed(0)} ms = ${rate(w.cycles, w.ms)} cycles/s`]);
  const r = run(c);
  rows.push([`pacer: 10 min ${label}, step()`, `${r.steps} steps in ${r.ms.toFixed(0)} ms = ${rate(r.steps, r.ms)} steps/s (${rate(r.cycles, r.ms)} cycles/s)`]);
}
for (const [k, v] of rows) console.log(`${k.padEnd(60)} ${v}`);
