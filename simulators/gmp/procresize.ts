// runtime.GOMAXPROCS(n) as a reader intervention: stopTheWorld, procresize, startTheWorld.
// The stop-the-world is instant here. What it does to the queues follows proc.go:
//  - running Gs are preempted for the STW and kept in their P's runnext (goschedImpl with
//    gcwaiting), so they resume first;
//  - Ps at or beyond n are destroyed: their runq, then their runnext, go to the HEAD of the
//    global queue (p.destroy: pop from the local tail, globrunqputhead);
//  - new Ps are idle; Ps with work get an M (their previous M if it is idle), the rest go on
//    the idle list; startTheWorld ends with wakep.
import { emit, mOf, pOf, wG, wM, wP, wPidle, wRunq, type Ctx } from './ctx.ts';
import { globrunqputhead } from './globrunq.ts';
import { newP, newSysmonTick } from './init.ts';
import { acquirep, mget, mgetSpecific, mput, newm, pidleput } from './pidle.ts';
import { runqempty, runqput } from './runqput.ts';
import { wakep } from './wakep.ts';

export function procresize(c: Ctx, n: number): void {
  const old = c.s.gomaxprocs;
  const now = c.s.now;

  // ---- stopTheWorld: every M lets go of its P ----
  for (const m0 of c.s.ms) {
    const mid = m0.id;
    const pid = m0.p;
    if (pid === null) continue;
    const m = mOf(c, mid);
    if (m.phase === 'syscall') {
      // The P is taken from the syscall (gcstopP); the M stays in its syscall without a P.
      wM(c, mid).p = null;
      const p = wP(c, pid);
      p.m = null;
      p.syscalltick += 1;
      continue;
    }
    if (m.phase === 'run' && m.curg !== null) {
      // Preempted for the STW: keep the G on its P, in runnext.
      const gid = m.curg;
      const g = wG(c, gid);
      if (g.since >= 0) {
        g.left -= now - g.since;
        g.since = -1;
        if (g.left <= 0) {
          g.left = -1;
          g.pc += 1;
        }
      }
      g.status = 'runnable';
      g.m = null;
      g.preempt = false;
      wM(c, mid).curg = null;
      runqput(c, pid, gid, true);
    }
    if (m.spinning) c.s.sched.nmspinning -= 1;
    wP(c, pid).m = null;
    mput(c, mid); // stopm (gcstopm)
  }
  // Every P is now without an M; forget the idle list, procresize rebuilds it.
  wPidle(c).length = 0;
  c.s.sched.npidle = 0;

  // ---- procresize ----
  let moved = 0;
  for (let i = n; i < old; i++) {
    // p.destroy: local queue from the tail, then runnext, each to the head of the global queue.
    const q = wRunq(c, i);
    while (q.length > 0) {
      globrunqputhead(c, q.pop()!);
      moved++;
    }
    const rn = pOf(c, i).runnext;
    if (rn !== null) {
      globrunqputhead(c, rn);
      wP(c, i).runnext = null;
      moved++;
    }
  }
  c.s.ps.length = Math.min(old, n);
  c.s.sysmon.pd = c.s.sysmon.pd.slice(0, Math.min(old, n));
  c.own.add(c.s.sysmon.pd);
  for (let i = old; i < n; i++) {
    c.s.ps.push(newP(i));
    c.s.sysmon.pd.push(newSysmonTick());
  }
  c.s.gomaxprocs = n;

  // Ps with work get Ms (the P's previous M first), the others are idle.
  const runnable: number[] = [];
  const idle: number[] = [];
  for (let i = n - 1; i >= 0; i--) {
    wP(c, i).status = 'idle';
    if (runqempty(c, i)) idle.unshift(i);
    else runnable.unshift(i);
  }
  const started: number[] = [];
  const needM: number[] = [];
  const assigned = new Map<number, number>();
  for (const pid of runnable) {
    const oldm = pOf(c, pid).oldm;
    const mid = oldm !== null && oldm < c.s.ms.length ? mgetSpecific(c, oldm) : null;
    if (mid === null) needM.push(pid);
    else assigned.set(pid, mid);
  }
  for (const pid of needM) assigned.set(pid, mget(c) ?? newm(c) ?? -1);
  for (const pid of idle) pidleput(c, pid);
  // startTheWorld: wake the Ms for the Ps with work.
  for (const pid of runnable) {
    const mid = assigned.get(pid)!;
    if (mid < 0) {
      c.s.halted = 'throw';
      emit(c, 'checkmcount', {}, {}, { key: 'gmp.checkmcount' });
      return;
    }
    acquirep(c, mid, pid);
    const m = wM(c, mid);
    m.phase = 'sched';
    m.when = now;
    m.spinning = false;
    started.push(mid);
  }
  emit(
    c,
    'procresize',
    { p: runnable, m: started },
    { old, n, moved, global: c.s.globrunq.length, running: runnable.length },
    { key: n < old ? 'gmp.procresize.shrink' : 'gmp.procresize.grow' },
  );
  wakep(c);
}
