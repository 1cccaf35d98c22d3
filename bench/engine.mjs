// Engine figures: GMP steps per second in Node, on each scenario and on an 8-P / 1,000-G program;
// the trace parsers' lines per second on generated 100,000-line traces (bench/trace.mjs has more).
import { gmpEngine, scenarios, buildBenchProgram } from '../simulators/gmp/index.ts';
import { parseGctrace, parseSchedtrace, printGcCycle, printSchedTick } from '../simulators/trace/index.ts';
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
