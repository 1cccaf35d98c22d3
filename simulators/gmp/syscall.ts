// System calls, in the CURRENT (Go 1.26) model (proc.go: reentersyscall, exitsyscall,
// exitsyscallTryGetP, exitsyscallNoP):
//   - entersyscall keeps the P: the P stays 'running' with its M, only the G becomes 'syscall'
//     ("A P is identified as 'in a system call' by looking at the goroutine's state"; the old
//     _Psyscall status is gone).
//   - sysmon's retake may take the P away (takeP.ts) and handoffp it to another M (handoffp.ts).
//   - exitsyscall: fast path if the P is still ours; else steal the old P back if it is again
//     held by a syscalling M, else an idle P; else the G goes to the global queue and this M stops.
import { emit, mOf, wG, wM, wP, type Ctx } from './ctx.ts';
import { globrunqput } from './globrunq.ts';
import { acquirep, pidleget } from './pidle.ts';
import { sysmonSyscallWake } from './sysmon.ts';
import { inSyscall, takeP } from './takeP.ts';
import { stopm } from './wakep.ts';

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
