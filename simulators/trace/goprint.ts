// Prints cycles and ticks the way the runtime does (same print arguments, same number formatting),
// in each format of versions.ts. Used for round-trip tests, generated benchmarks, and for a page
// that wants to show "the line Go 1.x would print".
import type { GcCycle, GctraceFormat, SchedG, SchedM, SchedMRecord, SchedTick, SchedtraceFormat } from './types.ts';
import { fmtNSAsMS, itoaDiv } from '../core/fmtNSAsMS.ts';

function ms(v: number): string {
  return fmtNSAsMS(Math.round(v * 1e6));
}

export interface PrintableCycle extends GcCycle {
  /** Needed for Go 1.5/1.6 lines (5 clock, 7 CPU values); derived from clock/cpu otherwise. */
  clockPhases?: number[];
  cpuPhases?: number[];
}

/**
 * The print arguments of one gctrace line, in order: each is one write(2) in the runtime, so
 * program output can only land between two of them. Joined, they are the line (without "\n").
 */
export function gcCycleArgs(c: PrintableCycle, format: GctraceFormat): string[] {
  const legacy = format === 'go1.5';
  const clock = legacy
    ? (c.clockPhases ?? [c.clock.sweepTerm, 0, 0, c.clock.mark, c.clock.markTerm])
    : [c.clock.sweepTerm, c.clock.mark, c.clock.markTerm];
  const cpu = legacy
    ? (c.cpuPhases ?? [c.cpu.sweepTerm, 0, 0, c.cpu.assist, c.cpu.background, c.cpu.idle, c.cpu.markTerm])
    : [c.cpu.sweepTerm, c.cpu.assist, c.cpu.background, c.cpu.idle, c.cpu.markTerm];
  const slash = legacy ? [4, 5] : [2, 3];
  const a = ['gc ', String(c.n), ' @', itoaDiv(Math.round(c.at * 1000), 3), 's ', String(c.cpuPercent), '%: '];
  clock.forEach((v, i) => {
    if (i > 0) a.push('+');
    a.push(ms(v));
  });
  a.push(' ms clock, ');
  cpu.forEach((v, i) => {
    if (i > 0) a.push(slash.includes(i) ? '/' : '+');
    a.push(ms(v));
  });
  a.push(' ms cpu, ', String(c.heap.start), '->', String(c.heap.end), '->', String(c.heap.live), ' MB, ', String(c.goal), ' MB goal, ');
  if (format === 'go1.18') a.push(String(c.stacks ?? 0), ' MB stacks, ', String(c.globals ?? 0), ' MB globals, ');
  a.push(String(c.procs), ' P');
  if (c.forced) a.push(' (forced)');
  return a;
}

/** One gctrace line (without "\n"), as gcMarkTermination prints it in `format`. */
export function printGcCycle(c: PrintableCycle, format: GctraceFormat): string {
  return gcCycleArgs(c, format).join('');
}

export interface PrintableTick extends SchedTick {
  schedticks?: number[];
  gcwaiting?: number | boolean;
  nmidlelocked?: number;
  stopwait?: number;
  sysmonwait?: number | boolean;
  ms?: (SchedM & Partial<Omit<SchedMRecord, keyof SchedM | 'line'>>)[];
  gs?: (SchedG & { lockedm?: number | null })[];
}

function id(v: number | null | undefined, f: SchedtraceFormat): string {
  if (v === null || v === undefined) return f.absent === 'nil' ? 'nil' : '-1';
  return String(v);
}

function flagText(v: number | boolean | undefined, f: SchedtraceFormat): string {
  const b = v === true || v === 1;
  return f.flags === 'bool' ? String(b) : b ? '1' : '0';
}

/**
 * The print arguments of each line schedtrace prints for one tick (see gcCycleArgs). Free-form
 * strings (preemptoff, wait reasons) are single arguments.
 */
export function schedTickArgs(t: PrintableTick, f: SchedtraceFormat): string[][] {
  const h = ['SCHED ', String(t.atMs), 'ms: gomaxprocs=', String(t.gomaxprocs), ' idleprocs=', String(t.idleprocs), ' threads=', String(t.threads), ' spinningthreads=', String(t.spinningthreads)];
  if (f.needspinning) h.push(' needspinning=', String(t.needspinning ?? 0));
  h.push(' idlethreads=', String(t.idlethreads), ' runqueue=', String(t.runqueue));
  const detailed = t.ps !== undefined || t.ms !== undefined || t.gs !== undefined;
  if (!detailed) {
    const sizes = t.runqsizes ?? [];
    sizes.forEach((n, i) => {
      h.push(' ');
      if (i === 0) h.push(f.list === 'spaced' ? '[ ' : '[');
      h.push(String(n));
      if (i === sizes.length - 1) h.push(f.list === 'spaced' ? ' ]' : ']');
    });
    if (f.list === 'spaced') {
      h.push(' schedticks=[ ');
      for (const x of t.schedticks ?? sizes.map(() => 0)) h.push(String(x), ' ');
      h.push(']');
    }
    return [h];
  }
  h.push(' gcwaiting=', flagText(t.gcwaiting, f), ' nmidlelocked=', String(t.nmidlelocked ?? 0), ' stopwait=', String(t.stopwait ?? 0), ' sysmonwait=', flagText(t.sysmonwait, f));
  const lines = [h];
  for (const p of t.ps ?? []) {
    const l = ['  P', String(p.id), ': status=', String(p.status), ' schedtick=', String(p.schedtick), ' syscalltick=', String(p.syscalltick), ' m=', id(p.m, f), ' runqsize=', String(p.runqsize), ' gfreecnt=', String(p.gfreecnt)];
    if (f.timerslen) l.push(' timerslen=', String(p.timerslen ?? 0));
    lines.push(l);
  }
  for (const m of t.ms ?? []) {
    const l = ['  M', String(m.id), ': p=', id(m.p, f), ' curg=', id(m.curg, f), ' mallocing=', String(m.mallocing ?? 0), ' throwing=', String(m.throwing ?? 0), ' preemptoff=', m.preemptoff ?? '', ' locks=', String(m.locks ?? 0), ' dying=', String(m.dying ?? 0)];
    if (f.helpgc) l.push(' helpgc=', String(m.helpgc ?? 0));
    l.push(' spinning=', String(m.spinning), ' blocked=', String(m.blocked), ' lockedg=', id(m.lockedg, f));
    lines.push(l);
  }
  for (const g of t.gs ?? []) {
    lines.push(['  G', String(g.id), ': status=', String(g.status), '(', g.waitreason ?? '', ') m=', id(g.m, f), ' lockedm=', id(g.lockedm, f)]);
  }
  return lines;
}

/** The lines schedtrace prints for one tick (joined with "\n", no trailing newline). */
export function printSchedTick(t: PrintableTick, f: SchedtraceFormat): string {
  return schedTickArgs(t, f)
    .map((l) => l.join(''))
    .join('\n');
}
