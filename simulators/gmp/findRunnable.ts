// findRunnable, the part before stealing (proc.go findRunnable, in its order):
//   timers.check → schedtick%61 fairness check (ONE global G) → local runq (runnext first) →
//   global runq batch → decide whether to spin and steal → otherwise give up the P.
// Stealing itself is the M's next step (stealWork.ts), so a reader sees "nothing local" and
// "stole from P0" as separate steps.
import { emit, fmtGs, mOf, pOf, wM, type Ctx } from './ctx.ts';
import { globrunqget, globrunqgetbatch, RUNQ_SIZE } from './globrunq.ts';
import { runqget, runqputbatch } from './runqput.ts';
import { giveUpP, runFound } from './schedule.ts';
import { checkTimers } from './timers.ts';
import { becomeSpinning } from './wakep.ts';

/** "Check the global runnable queue once in a while to ensure fairness." */
const FAIRNESS_TICK = 61;

export function findRunnable(c: Ctx, mid: number): void {
  const pid = mOf(c, mid).p;
  if (pid === null) throw new Error(`gmp: findRunnable on M${mid} without a P`);

  // now, pollUntil, _ := pp.timers.check(0, nil)
  checkTimers(c, pid);

  // if pp.schedtick%61 == 0 && !sched.runq.empty() { gp := globrunqget() … }
  const tick = pOf(c, pid).schedtick;
  if (tick % FAIRNESS_TICK === 0 && c.s.globrunq.length > 0) {
    const gp = globrunqget(c)!;
    emit(c, 'globrunqget', { g: [gp], p: [pid], m: [mid] }, { g: gp, p: pid, schedtick: tick, left: c.s.globrunq.length }, {
      key: 'gmp.globrunqget.fairness',
    });
    runFound(c, mid, gp, false);
    return;
  }

  // local runq
  const local = runqget(c, pid);
  if (local) {
    emit(c, 'runqget', { g: [local.gp], p: [pid], m: [mid] }, { g: local.gp, p: pid, len: pOf(c, pid).runq.length }, {
      key: local.inheritTime ? 'gmp.runqget.runnext' : 'gmp.runqget.runq',
    });
    runFound(c, mid, local.gp, local.inheritTime);
    return;
  }

  // global runq: globrunqgetbatch(len(pp.runq)/2)
  const size = c.s.globrunq.length;
  const batch = globrunqgetbatch(c, RUNQ_SIZE / 2);
  if (batch) {
    runqputbatch(c, pid, batch.rest);
    emit(
      c,
      'globrunqget',
      { g: [batch.gp, ...batch.rest], p: [pid], m: [mid] },
      { g: batch.gp, p: pid, n: batch.rest.length + 1, size, gomaxprocs: c.s.gomaxprocs, rest: fmtGs(batch.rest) },
      { key: 'gmp.globrunqget.batch', func: 'globrunqgetbatch' },
    );
    runFound(c, mid, batch.gp, false);
    return;
  }

  // "Limit the number of spinning Ms to half the number of busy Ps."
  const { nmspinning, npidle } = c.s.sched;
  const busy = c.s.gomaxprocs - npidle;
  if (mOf(c, mid).spinning || 2 * nmspinning < busy) {
    const was = mOf(c, mid).spinning;
    if (!was) becomeSpinning(c, mid);
    wM(c, mid).phase = 'steal';
    emit(c, 'findRunnable', { m: [mid], p: [pid] }, { m: mid, p: pid, nmspinning: c.s.sched.nmspinning, busy }, {
      key: was ? 'gmp.findRunnable.steal' : 'gmp.findRunnable.becomeSpinning',
    });
    return;
  }
  emit(c, 'findRunnable', { m: [mid], p: [pid] }, { m: mid, p: pid, nmspinning, busy }, { key: 'gmp.findRunnable.nospin' });
  giveUpP(c, mid);
}
