// Yielding the P (proc.go: goschedImpl, gosched_m, gopreempt_m). Both runtime.Gosched and a
// time-slice preemption put the G at the TAIL of the GLOBAL queue, not the local one, then wakep.
import { dropg } from './dropg.ts';
import { emit, mOf, wG, type Ctx } from './ctx.ts';
import { globrunqput } from './globrunq.ts';
import { wakep } from './wakep.ts';

function goschedImpl(c: Ctx, mid: number, gid: number, preempted: boolean): void {
  const pid = mOf(c, mid).p ?? -1;
  const g = wG(c, gid);
  g.status = 'runnable';
  g.preempt = false;
  dropg(c, mid, gid);
  globrunqput(c, gid);
  const params = { g: gid, p: pid, m: mid, len: c.s.globrunq.length };
  const actors = { g: [gid], p: pid >= 0 ? [pid] : [], m: [mid] };
  if (preempted) emit(c, 'gopreempt_m', actors, params, { key: 'gmp.gopreempt_m' });
  else emit(c, 'gosched', actors, params, { key: 'gmp.gosched', func: 'gosched_m' });
  wakep(c); // if mainStarted { wakep() }
}

/** runtime.Gosched() → gosched_m. The caller has advanced the G past its gosched op. */
export function goschedM(c: Ctx, mid: number, gid: number): void {
  goschedImpl(c, mid, gid, false);
}

/** gopreempt_m: the G saw gp.preempt (set by sysmon's preemptone) at a safe point. */
export function gopreemptM(c: Ctx, mid: number, gid: number): void {
  goschedImpl(c, mid, gid, true);
}
