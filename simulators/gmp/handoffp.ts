// handoffp (proc.go): what happens to a P whose M is leaving it (a retaken syscall).
import { emit, pOf, type Ctx } from './ctx.ts';
import { pidleput } from './pidle.ts';
import { runqempty } from './runqput.ts';
import { netpollM, nextTimer, wakeNetPoller } from './timers.ts';
import { startm } from './wakep.ts';

/**
 * handoffp(pp): "handoffp must start an M in any situation where findRunnable would return a G
 * to run on pp." In order: local or global work → startm; no spinning M and no idle P →
 * startm spinning; the last running P → startm (someone must watch timers/network);
 * otherwise pidleput.
 */
export function handoffp(c: Ctx, pid: number): void {
  if (!runqempty(c, pid) || c.s.globrunq.length > 0) {
    emit(c, 'handoffp', { p: [pid] }, { p: pid, local: pOf(c, pid).runq.length + (pOf(c, pid).runnext === null ? 0 : 1), global: c.s.globrunq.length }, { key: 'gmp.handoffp.work' });
    startm(c, pid, false);
    return;
  }
  if (c.s.sched.nmspinning + c.s.sched.npidle === 0) {
    c.s.sched.nmspinning += 1; // CompareAndSwap(0, 1)
    c.s.sched.needspinning = 0;
    emit(c, 'handoffp', { p: [pid] }, { p: pid }, { key: 'gmp.handoffp.spin' });
    startm(c, pid, true);
    return;
  }
  // "If this is the last running P and nobody is polling network" (sched.lastpoll != 0).
  if (c.s.sched.npidle === c.s.gomaxprocs - 1 && netpollM(c) === null) {
    emit(c, 'handoffp', { p: [pid] }, { p: pid }, { key: 'gmp.handoffp.last' });
    startm(c, pid, false);
    return;
  }
  pidleput(c, pid);
  emit(c, 'handoffp', { p: [pid] }, { p: pid, npidle: c.s.sched.npidle }, { key: 'gmp.handoffp.idle' });
  // "if when != 0 { wakeNetPoller(when) }" — timers are global in the model.
  const when = nextTimer(c);
  if (when >= 0) wakeNetPoller(c, when);
}
