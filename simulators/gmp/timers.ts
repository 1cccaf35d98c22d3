// time.Sleep timers (runtime/time.go) and the M that waits for them in netpoll.
//
// Simplification (SIMPLIFICATIONS.md): timers live in one global list instead of per-P heaps.
// `timers.check` at the top of findRunnable runs every expired timer, readying its G onto the
// checking P's runnext (goroutineReady → goready). An M that finds no work while timers are
// pending blocks in netpoll until the earliest one (findRunnable: "Poll network until next
// timer"; only one M does, sched.lastpoll guards it); when it wakes it takes an idle P and goes
// back to the top of findRunnable, where timers.check readies the sleeper.
import { emit, mOf, wG, wM, wTimers, type Ctx } from './ctx.ts';
import { acquirep, mgetOrNew, parkP, pidleget } from './pidle.ts';
import { runqput } from './runqput.ts';
import { stopm, wakep } from './wakep.ts';

/** timeSleep: add a timer for gid (the caller parks the G, then calls wakeNetPoller). */
export function addTimer(c: Ctx, gid: number, when: number): void {
  const seq = c.s.sched.timerseq++;
  const ts = wTimers(c);
  // Keep sorted by (when, seq); insertion from the back is cheap for FIFO-ish sleeps.
  let i = ts.length;
  while (i > 0 && ts[i - 1]!.when > when) i--;
  ts.splice(i, 0, { g: gid, when, seq });
}

/** pp.timers.check(now): run expired timers; each readies its G onto pid (goready → runnext). */
export function checkTimers(c: Ctx, pid: number): void {
  while (c.s.timers.length > 0 && c.s.timers[0]!.when <= c.s.now) {
    const t = wTimers(c).shift()!;
    const g = wG(c, t.g);
    g.status = 'runnable';
    g.waitreason = null;
    g.pc += 1; // time.Sleep returns
    emit(c, 'goready', { g: [t.g], p: [pid] }, { g: t.g, p: pid, late: c.s.now - t.when }, { key: 'gmp.goready.timer' });
    runqput(c, pid, t.g, true);
    wakep(c);
  }
}

/** Earliest timer, or -1. */
export function nextTimer(c: Ctx): number {
  return c.s.timers.length > 0 ? c.s.timers[0]!.when : -1;
}

/** The M blocked in netpoll, if any. */
export function netpollM(c: Ctx): number | null {
  for (const m of c.s.ms) if (m.phase === 'netpoll') return m.id;
  return null;
}

/**
 * wakeNetPoller(when): a timer was added (or a P with timers went idle). If an M is blocked in
 * netpoll, make it wake by `when` (netpollBreak); otherwise wakep, so that some M ends up
 * waiting for the timer.
 */
export function wakeNetPoller(c: Ctx, when: number): void {
  const pm = netpollM(c);
  if (pm !== null) {
    if (mOf(c, pm).when > when) wM(c, pm).when = Math.max(when, c.s.now);
    return;
  }
  wakep(c);
}

/**
 * findRunnable's last resort: with timers pending and no M in netpoll yet, this M (which has
 * just given up its P) blocks in netpoll until the earliest timer instead of stopm.
 * Returns false when it should stopm instead.
 */
export function blockInNetpoll(c: Ctx, mid: number): boolean {
  const t = nextTimer(c);
  if (t < 0 || netpollM(c) !== null) return false;
  const m = wM(c, mid);
  m.phase = 'netpoll';
  m.when = Math.max(t, c.s.now);
  m.spinning = false;
  emit(c, 'netpoll', { m: [mid], g: [c.s.timers[0]!.g] }, { m: mid, when: m.when, g: c.s.timers[0]!.g }, {
    key: 'gmp.netpoll.block',
    func: 'findRunnable',
  });
  return true;
}

/**
 * The M blocked in netpoll wakes (its timer is due): take an idle P (pidleget) and run
 * findRunnable from the top; with no idle P, stopm.
 */
export function netpollWake(c: Ctx, mid: number): void {
  const pid = pidleget(c);
  if (pid === null) {
    emit(c, 'netpoll', { m: [mid] }, { m: mid }, { key: 'gmp.netpoll.nop', func: 'findRunnable' });
    wM(c, mid).phase = 'idle';
    stopm(c, mid);
    return;
  }
  acquirep(c, mid, pid);
  const m = wM(c, mid);
  m.phase = 'sched';
  m.when = c.s.now;
  const first = c.s.timers[0];
  emit(c, 'netpoll', { m: [mid], p: [pid], g: first ? [first.g] : [] }, { m: mid, p: pid, g: first ? first.g : 0 }, {
    key: 'gmp.netpoll.timer',
    func: 'findRunnable',
  });
}

/**
 * Safety net: a timer is due, a P is idle and no M is in netpoll (should not arise, since
 * wakeNetPoller and findRunnable keep one waiting). Behave as the netpoll M would.
 */
export function netpollTimerWakeNew(c: Ctx): void {
  const pid = pidleget(c);
  if (pid === null) return;
  const mid = mgetOrNew(c);
  if (mid === null) {
    parkP(c, pid);
    return;
  }
  acquirep(c, mid, pid);
  const m = wM(c, mid);
  m.phase = 'sched';
  m.when = c.s.now;
  m.spinning = false;
  const first = c.s.timers[0];
  emit(c, 'netpoll', { m: [mid], p: [pid], g: first ? [first.g] : [] }, { m: mid, p: pid, g: first ? first.g : 0 }, {
    key: 'gmp.netpoll.timer',
    func: 'findRunnable',
  });
}
