// Spinning Ms and starting/stopping Ms (proc.go: wakep, startm, stopm, becomeSpinning,
// resetspinning). The policy: start a spinning M only when there is an idle P and no M is
// already spinning; the last spinning M to find work wakes the next one.
import { emit, mOf, wM, type Ctx } from './ctx.ts';
import { acquirep, mgetOrNew, mput, parkP, pidleget, pidlegetSpinning } from './pidle.ts';

/**
 * startm(pp, spinning): run P on an idle M (mget) or a new one (newm). With pp null, take an
 * idle P first, or do nothing. The caller has already counted a spinning M in nmspinning.
 */
export function startm(c: Ctx, pidIn: number | null, spinning: boolean): number | null {
  let pid = pidIn;
  if (pid === null) {
    pid = pidleget(c);
    if (pid === null) return null;
  }
  const reused = c.s.sched.midle.length > 0;
  const mid = mgetOrNew(c);
  if (mid === null) {
    // Thread exhaustion: the program halts; keep the P on the idle list so the state stays whole.
    parkP(c, pid);
    return null;
  }
  acquirep(c, mid, pid);
  const m = wM(c, mid);
  m.spinning = spinning;
  m.curg = null;
  m.phase = 'sched';
  m.when = c.s.now;
  emit(c, 'startm', { m: [mid], p: [pid] }, { m: mid, p: pid, spinning: spinning ? 1 : 0 }, {
    key: reused ? 'gmp.startm.reuse' : 'gmp.startm.new',
  });
  return mid;
}

/**
 * wakep: "We unpark an additional thread when we submit work if there is an idle P and there
 * are no spinning worker threads." Called by newproc, ready (goready), resetspinning…
 */
export function wakep(c: Ctx): boolean {
  if (c.s.sched.nmspinning !== 0) return false;
  c.s.sched.nmspinning += 1; // CompareAndSwap(0, 1)
  const pid = pidlegetSpinning(c);
  if (pid === null) {
    c.s.sched.nmspinning -= 1;
    return false;
  }
  emit(c, 'wakep', { p: [pid] }, { p: pid });
  startm(c, pid, true);
  return true;
}

/** becomeSpinning: m.spinning = true; nmspinning++; needspinning = 0. */
export function becomeSpinning(c: Ctx, mid: number): void {
  wM(c, mid).spinning = true;
  c.s.sched.nmspinning += 1;
  c.s.sched.needspinning = 0;
}

/**
 * resetspinning: a spinning M found work. If it was the last spinning M, wakep starts another,
 * because more work may be waiting ("the last spinning thread … must unpark a new spinning thread").
 */
export function resetspinning(c: Ctx, mid: number): void {
  wM(c, mid).spinning = false;
  c.s.sched.nmspinning -= 1;
  const pid = mOf(c, mid).p;
  emit(c, 'resetspinning', { m: [mid], p: pid === null ? [] : [pid] }, { m: mid, p: pid ?? -1, nmspinning: c.s.sched.nmspinning });
  wakep(c);
}

/** stopm: park the M on the idle list until startm hands it a P. */
export function stopm(c: Ctx, mid: number): void {
  mput(c, mid);
  emit(c, 'stopm', { m: [mid] }, { m: mid });
}
