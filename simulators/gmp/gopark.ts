// Blocking and readying (proc.go: gopark/park_m, goready/ready).
import { dropg } from './dropg.ts';
import { emit, mOf, wG, type Ctx } from './ctx.ts';
import { runqput } from './runqput.ts';
import type { WaitReason } from './types.ts';
import { wakep } from './wakep.ts';

/**
 * gopark → park_m: _Grunning → _Gwaiting, dropg, and this M goes back to schedule().
 * The caller has already put the G where a later goready will find it (channel queue, timer).
 */
export function gopark(c: Ctx, mid: number, gid: number, reason: WaitReason, ch: string | null): void {
  const g = wG(c, gid);
  g.status = 'waiting';
  g.waitreason = reason;
  g.waitch = ch;
  dropg(c, mid, gid);
  const pid = mOf(c, mid).p ?? -1;
  emit(c, 'gopark', { g: [gid], m: [mid], p: pid >= 0 ? [pid] : [], ch: ch === null ? [] : [ch] }, { g: gid, m: mid, p: pid, reason, ch: ch ?? '' }, {
    key: `gmp.gopark`,
  });
}

/**
 * goready → ready(gp, next=true): _Gwaiting → _Grunnable, runqput into the READIER's P's
 * runnext (kicking the old runnext to the tail), then wakep. The readied G finishes the op it
 * was blocked in (pc++), and when it runs it inherits the readier's time slice.
 */
export function goready(c: Ctx, readierM: number, gid: number, by: number): void {
  const pid = mOf(c, readierM).p;
  if (pid === null) throw new Error(`gmp: goready from M${readierM} without a P`);
  const g = wG(c, gid);
  const ch = g.waitch;
  g.status = 'runnable';
  g.waitreason = null;
  g.waitch = null;
  g.pc += 1;
  emit(c, 'goready', { g: [gid, by], p: [pid], ch: ch === null ? [] : [ch] }, { g: gid, by, p: pid, ch: ch ?? '' }, { key: 'gmp.goready' });
  runqput(c, pid, gid, true);
  wakep(c);
}
