// System calls, in the CURRENT (Go 1.26) model (proc.go: reentersyscall, exitsyscall,
// exitsyscallTryGetP, exitsyscallNoP, handoffp):
//   - entersyscall keeps the P: the P stays 'running' with its M, only the G becomes 'syscall'
//     ("A P is identified as 'in a system call' by looking at the goroutine's state"; the old
//     _Psyscall status is gone).
//   - sysmon's retake may take the P away (takeP) and handoffp it to another M.
//   - exitsyscall: fast path if the P is still ours; else steal the old P back if it is again
//     held by a syscalling M, else an idle P; else the G goes to the global queue and this M stops.
import { emit, gOf, mOf, pOf, wG, wM, wP, type Ctx } from './ctx.ts';
import { globrunqput } from './globrunq.ts';
import { acquirep, pidleget, pidleput } from './pidle.ts';
import { runqempty } from './runqput.ts';
import { sysmonSyscallWake } from './sysmon.ts';
import { netpollM, nextTimer, wakeNetPoller } from './timers.ts';
import { startm, stopm } from './wakep.ts';

/** entersyscall (reentersyscall): _Grunning → _Gsyscall; the M keeps its P. */
export function entersyscall(c: Ctx, mid: number, gid: number, ns: number): void {
  const pid = mOf(c, mid).p;
  const g = wG(c, gid);
  g.status = 'syscall';
  g.since = -1;
  const m = wM(c, mid);
  m.phase = 'syscall';
  m.when = c.s.now + ns;
  m.oldp = pid;
  emit(c, 'entersyscall', { g: [gid], m: [mid], p: pid === null ? [] : [pid] }, { g: gid, m: mid, p: pid ?? -1, dur: ns });
}

/** True when P is running and its M's curg is in a syscall (setBlockOnExitSyscall would succeed). */
export function inSyscall(c: Ctx, pid: number): boolean {
  const p = pOf(c, pid);
  if (p.status !== 'running' || p.m === null) return false;
  const g = mOf(c, p.m).curg;
  return g !== null && gOf(c, g).status === 'syscall';
}

/** thread.takeP(): unwire P from the syscalling M; P idle (not yet on the list), syscalltick++. */
export function takeP(c: Ctx, pid: number): number {
  const p = wP(c, pid);
  const mid = p.m!;
  wM(c, mid).p = null;
  p.m = null;
  p.status = 'idle';
  p.syscalltick += 1;
  return mid;
}

/** exitsyscall, when the syscall's time is up. */
export function exitsyscall(c: Ctx, mid: number): void {
  const gid = mOf(c, mid).curg!;
  const oldp = mOf(c, mid).oldp;
  wM(c, mid).oldp = null;
  const have = mOf(c, mid).p;
  if (have !== null) {
    // Fast path: the P was never taken.
    wP(c, have).syscalltick += 1;
    resume(c, mid, gid);
    emit(c, 'exitsyscall', { g: [gid], m: [mid], p: [have] }, { g: gid, m: mid, p: have }, { key: 'gmp.exitsyscall.fast' });
    return;
  }
  // exitsyscallTryGetP: "Try to steal our old P back" — only if it is running a G that is
  // itself in a syscall now (setBlockOnExitSyscall), then any idle P.
  if (oldp !== null && oldp < c.s.gomaxprocs && inSyscall(c, oldp)) {
    const other = takeP(c, oldp);
    acquirep(c, mid, oldp);
    wP(c, oldp).syscalltick += 1;
    resume(c, mid, gid);
    emit(c, 'exitsyscall', { g: [gid], m: [mid, other], p: [oldp] }, { g: gid, m: mid, p: oldp, other }, { key: 'gmp.exitsyscall.oldp' });
    return;
  }
  const idle = pidleget(c);
  if (idle !== null) {
    sysmonSyscallWake(c);
    acquirep(c, mid, idle);
    wP(c, idle).syscalltick += 1;
    resume(c, mid, gid);
    emit(c, 'exitsyscall', { g: [gid], m: [mid], p: [idle] }, { g: gid, m: mid, p: idle, oldp: oldp ?? -1 }, { key: 'gmp.exitsyscall.idle' });
    return;
  }
  // exitsyscallNoP: no P anywhere. The G becomes runnable on the global queue; this M stops.
  const g = wG(c, gid);
  g.status = 'runnable';
  g.m = null;
  g.pc += 1;
  wM(c, mid).curg = null;
  globrunqput(c, gid);
  emit(c, 'exitsyscall', { g: [gid], m: [mid] }, { g: gid, m: mid, len: c.s.globrunq.length }, { key: 'gmp.exitsyscall.nop' });
  stopm(c, mid);
}

function resume(c: Ctx, mid: number, gid: number): void {
  const g = wG(c, gid);
  g.status = 'running';
  g.pc += 1;
  const m = wM(c, mid);
  m.phase = 'run';
  m.when = c.s.now;
}

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
