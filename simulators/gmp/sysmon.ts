// sysmon, the runtime's monitor thread (proc.go: sysmon, retake, preemptone). It runs without
// a P. It sleeps 20 µs, doubling after 50 cycles in which retake handed off nothing, up to
// 10 ms; it goes into deep sleep while every P is idle. Only its visible effects are events.
import { emit, mOf, pOf, wG, wM, wPd, type Ctx } from './ctx.ts';
import { handoffp } from './handoffp.ts';
import { runqempty } from './runqput.ts';
import { inSyscall, takeP } from './takeP.ts';

/** forcePreemptNS: the time slice. */
const FORCE_PREEMPT_NS = 10_000_000;
/** Syscall retake waits this long when there is nothing else to do (10 ms). */
const SYSCALL_IDLE_NS = 10_000_000;
const SYSMON_MIN_DELAY_US = 20;
const SYSMON_MAX_DELAY_US = 10_000;

/** The delay for the next sleep, from the loop head: 20 µs; after 50 idle cycles double; ≤ 10 ms. */
export function nextDelay(idle: number, delay: number): number {
  let d = delay;
  if (idle === 0) d = SYSMON_MIN_DELAY_US;
  else if (idle > 50) d *= 2;
  return Math.min(d, SYSMON_MAX_DELAY_US);
}

/** One sysmon wake-up at c.s.now. */
export function sysmonTick(c: Ctx): void {
  const sm = c.s.sysmon;
  if (c.s.sched.npidle === c.s.gomaxprocs) {
    // Deep sleep (sysmonwait) until some P is active again; see sysmonWake.
    sm.next = -1;
    return;
  }
  const n = retake(c);
  sm.idle = n !== 0 ? 0 : sm.idle + 1;
  sm.delay = nextDelay(sm.idle, sm.delay);
  sm.next = c.s.now + sm.delay * 1000;
}

/**
 * sysmon leaves deep sleep because a P is active again: it runs its loop at once. Its sleep
 * length is kept ("It does not reset idle when waking from a timer") unless a returning
 * syscall woke it (syscallWake), see sysmonSyscallWake.
 */
export function sysmonWake(c: Ctx): void {
  c.s.sysmon.next = c.s.now;
}

/** exitsyscall took an idle P while sysmon slept: "If it wakes from a syscall it resets idle and delay". */
export function sysmonSyscallWake(c: Ctx): void {
  const sm = c.s.sysmon;
  if (sm.next >= 0) return;
  sm.idle = 0;
  sm.delay = SYSMON_MIN_DELAY_US;
}

/**
 * retake(now): for each running P — preempt a G that has held the same schedtick for 10 ms;
 * take the P from a syscall that has lasted at least one sysmon tick, unless the P has no
 * work and some M is spinning or some P is idle (then wait 10 ms). Returns Ps handed off.
 */
function retake(c: Ctx): number {
  const now = c.s.now;
  let n = 0;
  for (let i = 0; i < c.s.ps.length; i++) {
    const pp = pOf(c, i);
    if (pp.status !== 'running') continue;
    let pd = c.s.sysmon.pd[i]!;
    let sysretake = false;
    if (pd.schedtick !== pp.schedtick) {
      pd = wPd(c, i);
      pd.schedtick = pp.schedtick;
      pd.schedwhen = now;
    } else if (pd.schedwhen + FORCE_PREEMPT_NS <= now) {
      preemptone(c, i, now - pd.schedwhen);
      // In a syscall preemptone does nothing, so the syscall check below takes the P at once.
      sysretake = true;
    }
    if (!inSyscall(c, i)) continue;
    pd = c.s.sysmon.pd[i]!;
    // "Retake the P if it's there for more than 1 sysmon tick (at least 20us)."
    if (!sysretake && pd.syscalltick !== pp.syscalltick) {
      pd = wPd(c, i);
      pd.syscalltick = pp.syscalltick;
      pd.syscallwhen = now;
      continue;
    }
    // "we don't want to retake Ps if there is no other work to do"
    if (runqempty(c, i) && c.s.sched.nmspinning + c.s.sched.npidle > 0 && pd.syscallwhen + SYSCALL_IDLE_NS > now) continue;
    const m = pp.m!;
    const g = mOf(c, m).curg!;
    takeP(c, i);
    n++;
    emit(c, 'retake', { p: [i], m: [m], g: [g] }, { p: i, m, g, dur: pd.syscallwhen >= 0 ? now - pd.syscallwhen : 0 }, { key: 'gmp.retake.syscall' });
    handoffp(c, i);
  }
  return n;
}

/**
 * preemptone(pp): ask the G running on pp to stop (gp.preempt = true plus the async preemption
 * signal). It then deschedules itself at once via gopreempt_m (run.ts). No effect in a syscall.
 */
function preemptone(c: Ctx, pid: number, ran: number): boolean {
  const mid = pOf(c, pid).m;
  if (mid === null) return false;
  const gid = mOf(c, mid).curg;
  if (gid === null) return false;
  const g = wG(c, gid);
  if (g.status !== 'running') return false;
  g.preempt = true;
  wM(c, mid).when = c.s.now; // preemptM: the signal interrupts the M now
  emit(c, 'preemptone', { g: [gid], p: [pid], m: [mid] }, { g: gid, p: pid, m: mid, ran, schedtick: pOf(c, pid).schedtick }, { key: 'gmp.preemptone' });
  return true;
}
