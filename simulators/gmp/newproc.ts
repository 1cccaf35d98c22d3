// The go statement (proc.go: newproc, newproc1) and goroutine exit (goexit0, runtime.main's exit).
import { dropg } from './dropg.ts';
import { emit, fmtGs, mOf, wG, type Ctx } from './ctx.ts';
import { runqput } from './runqput.ts';
import type { G } from './types.ts';
import { wakep } from './wakep.ts';

/** newproc1: a fresh G (the model never reuses dead Gs; ids grow like goids do). */
export function newproc1(c: Ctx, code: number, parent: number): number {
  const id = c.s.sched.goidgen++;
  const g: G = {
    id,
    status: 'runnable',
    code,
    pc: 0,
    left: -1,
    since: -1,
    preempt: false,
    m: null,
    waitreason: null,
    waitch: null,
    parent,
  };
  c.s.gs[id] = g;
  c.own.add(g);
  return id;
}

/**
 * newproc: the new G goes into the CURRENT P's runnext (runqput next=true), kicking the old
 * runnext to the tail of the local queue; then wakep, since main has started.
 */
export function newproc(c: Ctx, mid: number, parent: number, code: number): number {
  const pid = mOf(c, mid).p;
  if (pid === null) throw new Error(`gmp: newproc on M${mid} without a P`);
  const id = newproc1(c, code, parent);
  emit(c, 'newproc', { g: [id, parent], p: [pid], m: [mid] }, { g: id, parent, p: pid });
  runqput(c, pid, id, true);
  wakep(c);
  return id;
}

/**
 * goexit0: the G is done (_Grunning → _Gdead, gfput) and the M schedules again. When main
 * returns, runtime.main calls exit(0): every other goroutine dies with the process — any
 * still blocked are the program's leaked goroutines.
 */
export function goexit0(c: Ctx, mid: number, gid: number): void {
  wG(c, gid).status = 'dead';
  dropg(c, mid, gid);
  const pid = mOf(c, mid).p ?? -1;
  emit(c, 'goexit', { g: [gid], m: [mid], p: pid >= 0 ? [pid] : [] }, { g: gid, m: mid, p: pid }, { key: 'gmp.goexit', func: 'goexit0' });
  if (gid === 1) mainExit(c);
}

function mainExit(c: Ctx): void {
  const blocked: number[] = [];
  let alive = 0;
  for (const g of c.s.gs) {
    if (!g || g.status === 'dead') continue;
    alive++;
    if (g.status === 'waiting') blocked.push(g.id);
  }
  c.s.halted = 'exit';
  emit(
    c,
    'exit',
    { g: blocked },
    { alive, blocked: blocked.length, gs: fmtGs(blocked) },
    { key: blocked.length > 0 ? 'gmp.exit.leak' : alive > 0 ? 'gmp.exit.alive' : 'gmp.exit', func: 'main' },
  );
}
