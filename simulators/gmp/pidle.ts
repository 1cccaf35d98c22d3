// Idle P and idle M lists, and the P↔M wiring (proc.go: pidleput, pidleget, mput, mget,
// newm, acquirep, releasep).
import { emit, mOf, pOf, wM, wMidle, wP, wPidle, type Ctx } from './ctx.ts';

/** The runtime's thread limit (sched.maxmcount, checkmcount). */
const MAX_M = 10_000;

/** pidleput: push P on the head of the idle list (LIFO). The runtime throws if its runq is not empty. */
export function pidleput(c: Ctx, pid: number): void {
  const p = wP(c, pid);
  if (p.runnext !== null || p.runq.length > 0) throw new Error(`gmp: pidleput P${pid} with a non-empty run queue`);
  p.status = 'idle';
  p.m = null;
  wPidle(c).unshift(pid);
  c.s.sched.npidle += 1;
}

/** Puts a P back on the idle list whatever its queue (only when the program has halted). */
export function parkP(c: Ctx, pid: number): void {
  const p = wP(c, pid);
  p.status = 'idle';
  p.m = null;
  if (!c.s.sched.pidle.includes(pid)) {
    wPidle(c).unshift(pid);
    c.s.sched.npidle += 1;
  }
}

/** pidleget: pop the head of the idle list, or null. The P stays idle until acquirep. */
export function pidleget(c: Ctx): number | null {
  if (c.s.sched.pidle.length === 0) return null;
  const pid = wPidle(c).shift()!;
  c.s.sched.npidle -= 1;
  return pid;
}

/** pidlegetSpinning: as pidleget, but record that work was found without a P (needspinning). */
export function pidlegetSpinning(c: Ctx): number | null {
  const pid = pidleget(c);
  if (pid === null) c.s.sched.needspinning = 1;
  return pid;
}

/** Removes a specific P from the idle list (reader interventions only; the runtime has no such call). */
export function pidleremove(c: Ctx, pid: number): boolean {
  const i = c.s.sched.pidle.indexOf(pid);
  if (i < 0) return false;
  wPidle(c).splice(i, 1);
  c.s.sched.npidle -= 1;
  return true;
}

/** mput: park M on the idle M list (stopm's bookkeeping). */
export function mput(c: Ctx, mid: number): void {
  const m = wM(c, mid);
  m.phase = 'idle';
  m.when = -1;
  m.p = null;
  m.curg = null;
  m.spinning = false;
  m.backoff = null;
  wMidle(c).unshift(mid);
  c.s.sched.nmidle += 1;
}

/** mget: take the most recently parked M, or null. */
export function mget(c: Ctx): number | null {
  if (c.s.sched.midle.length === 0) return null;
  const mid = wMidle(c).shift()!;
  c.s.sched.nmidle -= 1;
  return mid;
}

/** mgetSpecific: take M off the idle list if it is there (procresize prefers a P's old M). */
export function mgetSpecific(c: Ctx, mid: number): number | null {
  const i = c.s.sched.midle.indexOf(mid);
  if (i < 0) return null;
  wMidle(c).splice(i, 1);
  c.s.sched.nmidle -= 1;
  return mid;
}

/** newm: a new OS thread. Returns null past the thread limit (the caller reports it). */
export function newm(c: Ctx): number | null {
  const id = c.s.ms.length;
  if (id >= MAX_M) return null;
  c.s.ms.push({ id, p: null, curg: null, spinning: false, phase: 'idle', when: -1, oldp: null, backoff: null });
  return id;
}

/** mget, else newm. Null only at the thread limit ("thread exhaustion"), which halts the program. */
export function mgetOrNew(c: Ctx): number | null {
  const mid = mget(c) ?? newm(c);
  if (mid === null) {
    c.s.halted = 'throw';
    emit(c, 'checkmcount', {}, { max: MAX_M }, { key: 'gmp.checkmcount' });
  }
  return mid;
}

/** acquirep/wirep: associate P and M; the P becomes running. */
export function acquirep(c: Ctx, mid: number, pid: number): void {
  const m = wM(c, mid);
  const p = wP(c, pid);
  m.p = pid;
  p.m = mid;
  p.status = 'running';
  p.oldm = mid;
}

/** releasep: disassociate M from its P (the caller decides where the P goes). */
export function releasep(c: Ctx, mid: number): number {
  const pid = mOf(c, mid).p;
  if (pid === null) throw new Error(`gmp: releasep on M${mid} without a P`);
  wM(c, mid).p = null;
  const p = wP(c, pid);
  p.m = null;
  if (pOf(c, pid).status === 'running') p.status = 'idle';
  return pid;
}
