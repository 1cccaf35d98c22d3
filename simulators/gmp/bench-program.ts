// The benchmark program: GOMAXPROCS 8 and 1,000 goroutines (main + 999) doing a mix of CPU
// work, channel hand-offs, sleeps, system calls and Gosched. Deterministic (no PRNG), so
// `npm run bench` measures the same run every time.
import type { GmpConfig, Op } from './types.ts';

export type BenchOptions = { gomaxprocs?: number; goroutines?: number };

export function buildBenchProgram(options: BenchOptions = {}): GmpConfig {
  const procs = options.gomaxprocs ?? 8;
  const total = options.goroutines ?? 1000;
  const workers = Math.max(0, total - 1);
  const main: Op[] = [];
  for (let i = 0; i < workers; i++) {
    const body: Op[] = [];
    switch (i % 5) {
      case 0: // CPU-bound, long enough for sysmon to preempt now and then
        body.push({ op: 'compute', us: 3000 + (i % 7) * 1500 }, { op: 'gosched' }, { op: 'compute', us: 2000 });
        break;
      case 1: // producer: pushes into a buffered channel
        body.push({ op: 'compute', us: 50 }, { op: 'send', ch: 'jobs' }, { op: 'compute', us: 80 }, { op: 'send', ch: 'jobs' });
        break;
      case 2: // consumer
        body.push({ op: 'recv', ch: 'jobs' }, { op: 'compute', us: 120 }, { op: 'recv', ch: 'jobs' }, { op: 'compute', us: 60 });
        break;
      case 3: // I/O-ish: a syscall between short bursts
        body.push({ op: 'compute', us: 30 }, { op: 'syscall', us: 400 + (i % 3) * 300 }, { op: 'compute', us: 40 });
        break;
      default: // sleeper
        body.push({ op: 'sleep', us: 500 + (i % 11) * 100 }, { op: 'compute', us: 70 }, { op: 'send', ch: 'done' });
        break;
    }
    main.push({ op: 'go', body });
    if (i % 50 === 49) main.push({ op: 'compute', us: 20 });
  }
  // main collects the sleepers' results, then exits.
  let n = 0;
  for (let i = 0; i < workers; i++) if (i % 5 === 4) n++;
  for (let i = 0; i < n; i++) main.push({ op: 'recv', ch: 'done' });
  main.push({ op: 'compute', us: 100 });
  return { gomaxprocs: procs, main, channels: { jobs: { cap: 64 }, done: { cap: 0 } } };
}
