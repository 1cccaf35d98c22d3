// Taking a P from a thread in a system call (proc.go: the syscallingThread type and its
// takeP method). sysmon's retake and a returning exitsyscall both do it, which is why it lives
// in its own file rather than in syscall.ts or sysmon.ts.
import { gOf, mOf, pOf, wM, wP, type Ctx } from './ctx.ts';

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
