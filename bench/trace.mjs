// Trace parser figures: lines per second on generated 100,000-line traces (figures, not assertions).
// Run: node bench/trace.mjs
import {
  createGctraceParser,
  createSchedtraceParser,
  parseGctrace,
  parseSchedtrace,
  printGcCycle,
  printSchedTick,
} from '../simulators/trace/index.ts';

const LINES = 100_000;

// A deterministic LCG so runs are comparable.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const ms = () => Math.floor(rnd() * 40_000) / 1000;

function gctraceText() {
  const out = [];
  for (let i = 1; out.length < LINES; i++) {
    out.push(
      printGcCycle(
        {
          n: i,
          at: i * 0.05,
          cpuPercent: 5,
          forced: i % 50 === 0,
          clock: { sweepTerm: ms(), mark: ms(), markTerm: ms() },
          cpu: { sweepTerm: ms(), assist: ms(), background: ms(), idle: ms(), markTerm: ms() },
          heap: { start: 40, end: 48, live: 22 },
          goal: 46,
          stacks: 0,
          globals: 0,
          procs: 8,
        },
        'go1.18',
      ),
    );
    if (i % 10 === 0) out.push('program output between GC lines');
  }
  return out.join('\n') + '\n';
}

const FMT_NEW = { needspinning: true, list: 'spaced', absent: 'nil', flags: 'bool', timerslen: true, helpgc: false };

function schedtraceText(detailed) {
  const out = [];
  let lines = 0;
  for (let i = 0; lines < LINES; i++) {
    const ps = [0, 1, 2, 3, 4, 5, 6, 7].map((id) => ({ id, status: 1, schedtick: i * 7 + id, syscalltick: i, m: id, runqsize: id * 3, gfreecnt: 2, timerslen: 1 }));
    const tick = {
      atMs: i * 100,
      gomaxprocs: 8,
      idleprocs: 0,
      threads: 12,
      spinningthreads: 1,
      needspinning: 0,
      idlethreads: 3,
      runqueue: i % 17,
      runqsizes: ps.map((p) => p.runqsize),
      schedticks: ps.map((p) => p.schedtick),
    };
    if (detailed) {
      tick.ps = ps;
      tick.ms = ps.map((p) => ({ id: p.id, p: p.id, curg: 100 + p.id, spinning: false, blocked: false }));
      tick.gs = Array.from({ length: 40 }, (_, g) => ({ id: g + 1, status: g % 5, waitreason: g % 5 === 4 ? 'chan receive' : '', m: null }));
    }
    const text = printSchedTick(tick, FMT_NEW);
    lines += text.split('\n').length;
    out.push(text);
  }
  return out.join('\n') + '\n';
}

// Best of 7 runs, wall clock and this process's CPU time: the machine is shared, so the best run
// is the least disturbed one.
function measure(label, text, parse, count) {
  const lines = text.split('\n').length - 1;
  parse(text); // warm-up
  let bestWall = Infinity;
  let bestCpu = Infinity;
  let n = 0;
  for (let r = 0; r < 7; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    n = count(parse(text));
    bestWall = Math.min(bestWall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
  }
  const perS = (ms) => Math.round(lines / (ms / 1000)).toLocaleString('en').padStart(10);
  console.log(
    `${label.padEnd(42)} ${String(lines).padStart(7)} lines  best ${bestWall.toFixed(0).padStart(5)} ms wall ${perS(bestWall)} lines/s` +
      `  (cpu ${bestCpu.toFixed(0)} ms, ${n} records)`,
  );
}

function chunked(create) {
  return (text) => {
    const p = create({ totalChars: text.length });
    for (let i = 0; i < text.length; i += 1 << 16) p.push(text.slice(i, i + (1 << 16)));
    return p.end();
  };
}

const gc = gctraceText();
const sched = schedtraceText(false);
const detail = schedtraceText(true);
console.log('Trace parsers (Node ' + process.version + ')');
measure('parseGctrace', gc, parseGctrace, (r) => r.cycles.length);
measure('createGctraceParser, 64 KiB chunks', gc, chunked(createGctraceParser), (r) => r.cycles.length);
measure('parseSchedtrace (schedtrace)', sched, parseSchedtrace, (r) => r.ticks.length);
measure('parseSchedtrace (scheddetail, 8 P, 40 G)', detail, parseSchedtrace, (r) => r.ticks.length);
measure('createSchedtraceParser, 64 KiB chunks', detail, chunked(createSchedtraceParser), (r) => r.ticks.length);

// A 50 MB paste: gctrace lines repeated, parsed in 1 MiB slices as a Worker would.
const big = gc.repeat(Math.ceil((50 * 2 ** 20) / gc.length));
const t0 = performance.now();
const p = createGctraceParser({ totalChars: big.length });
let slices = 0;
let worstSlice = 0;
for (let i = 0; i < big.length; i += 1 << 20) {
  const s0 = performance.now();
  p.push(big.slice(i, i + (1 << 20)));
  p.drain();
  worstSlice = Math.max(worstSlice, performance.now() - s0);
  slices++;
}
const r = p.end();
console.log(
  `50 MB gctrace in 1 MiB slices: ${(big.length / 2 ** 20).toFixed(0)} MiB, ${r.cycles.length.toLocaleString('en')} cycles, ` +
    `${((performance.now() - t0) / 1000).toFixed(2)} s total, ${slices} slices, slowest slice ${worstSlice.toFixed(0)} ms`,
);
