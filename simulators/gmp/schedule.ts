// schedule()'s two ends: running what findRunnable found (resetspinning, execute) and giving
// up the P when nothing was found (the tail of findRunnable: pidleput, the "delicate dance", stopm).
import { emit, mOf, pOf, wG, wM, wP, type Ctx } from './ctx.ts';
import { globrunqgetbatch, RUNQ_SIZE } from './globrunq.ts';
import { acquirep, pidlegetSpinning, pidleput, releasep } from './pidle.ts';
import { runqempty, runqputbatch } from './runqput.ts';
import { blockInNetpoll } from './timers.ts';
import { becomeSpinning, resetspinning, stopm } from './wakep.ts';

/**
 * execute(gp, inheritTime): run gp on this M. A G taken from runnext inherits the time slice,
 * so schedtick is not incremented and sysmon keeps counting the same 10 ms slice.
 */
function execute(c: Ctx, mid: number, gid: number, inheritTime: boolean): void {
  const pid = mOf(c, mid).p;
  if (pid === null) throw new Error(`gmp: execute on M${mid} without a P`);
  const g = wG(c, gid);
  g.status = 'running';
  g.m = mid;
  g.preempt = false;
  const m = wM(c, mid);
  m.curg = gid;
  m.phase = 'run';
  m.when = c.s.now;
  if (!inheritTime) wP(c, pid).schedtick += 1;
  emit(c, 'execute', { g: [gid], p: [pid], m: [mid] }, { g: gid, p: pid, m: mid, schedtick: pOf(c, pid).schedtick }, {
    key: inheritTime ? 'gmp.execute.inherit' : 'gmp.execute',
  });
}

/** schedule(): after findRunnable returns gp — resetspinning if spinning, then execute. */
export function runFound(c: Ctx, mid: number, gid: number, inheritTime: boolean): void {
  if (mOf(c, mid).spinning) resetspinning(c, mid);
  execute(c, mid, gid, inheritTime);
}

/**
 * The end of findRunnable when nothing was found: recheck the global queue under sched.lock,
 * honour needspinning, else release the P to the idle list; a spinning M then drops nmspinning
 * and rechecks every run queue (the "delicate dance") before stopm.
 */
export function giveUpP(c: Ctx, mid: number): void {
  const pid = mOf(c, mid).p;
  if (pid === null) throw new Error(`gmp: giveUpP on M${mid} without a P`);
  // Recheck the global queue (something may have arrived since this M last looked).
  const batch = globrunqgetbatch(c, RUNQ_SIZE / 2);
  if (batch) {
    runqputbatch(c, pid, batch.rest);
    emit(c, 'globrunqget', { g: [batch.gp], p: [pid] }, { g: batch.gp, p: pid, n: batch.rest.length + 1 }, { key: 'gmp.globrunqget.recheck', func: 'globrunqgetbatch' });
    runFound(c, mid, batch.gp, false);
    return;
  }
  if (!mOf(c, mid).spinning && c.s.sched.needspinning === 1) {
    // Someone found work but no idle P (pidlegetSpinning): become the spinning M for them.
    becomeSpinning(c, mid);
    wM(c, mid).phase = 'sched';
    emit(c, 'becomeSpinning', { m: [mid], p: [pid] }, { m: mid, p: pid }, { key: 'gmp.becomeSpinning.needspinning' });
    return;
  }
  releasep(c, mid);
  pidleput(c, pid);
  emit(c, 'pidleput', { p: [pid], m: [mid] }, { p: pid, m: mid, npidle: c.s.sched.npidle });
  if (mOf(c, mid).spinning) {
    wM(c, mid).spinning = false;
    c.s.sched.nmspinning -= 1;
    // Delicate dance: after dropping nmspinning, look at every busy P's queue once more.
    for (const p of c.s.ps) {
      if (p.status !== 'idle' && !runqempty(c, p.id)) {
        const p2 = pidlegetSpinning(c);
        if (p2 === null) break;
        acquirep(c, mid, p2);
        becomeSpinning(c, mid);
        const m = wM(c, mid);
        m.phase = 'sched';
        m.when = c.s.now;
        emit(c, 'findRunnable', { m: [mid], p: [p2, p.id] }, { m: mid, p: p2, victim: p.id }, { key: 'gmp.findRunnable.recheck' });
        return;
      }
    }
  }
  // "Poll network until next timer": with timers pending, one M waits in netpoll.
  if (blockInNetpoll(c, mid)) return;
  stopm(c, mid);
}
