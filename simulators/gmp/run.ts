// An M running its G's Go code: executes the G's ops until one calls into the runtime (an
// event) or starts computing (the M is busy until the compute ends; no event, time moves on).
import { chanrecv, chansend } from './chan.ts';
import { mOf, wG, wM, type Ctx } from './ctx.ts';
import { gopark } from './gopark.ts';
import { gopreemptM, goschedM } from './gosched.ts';
import { goexit0, newproc } from './newproc.ts';
import { entersyscall } from './syscall.ts';
import { addTimer, wakeNetPoller } from './timers.ts';

/** µs (as written in ops) to virtual ns. */
function usToNs(us: number): number {
  return Math.max(0, Math.round(us * 1000));
}

/** Turn of an M in phase 'run' at c.s.now. */
export function runG(c: Ctx, mid: number): void {
  const gid = mOf(c, mid).curg;
  if (gid === null) throw new Error(`gmp: runG on M${mid} without curg`);
  const g = wG(c, gid);
  const body = c.s.prog[g.code]!;

  // Account the CPU time spent since the compute op (re)started.
  if (g.since >= 0) {
    g.left -= c.s.now - g.since;
    g.since = -1;
    if (g.left <= 0) {
      g.left = -1;
      g.pc += 1;
    }
  }
  // A preemption request is honoured at the next safe point (async preemption: right now).
  if (g.preempt) {
    gopreemptM(c, mid, gid);
    return;
  }

  for (;;) {
    const op = body[g.pc];
    if (op === undefined) {
      goexit0(c, mid, gid);
      return;
    }
    switch (op.op) {
      case 'compute': {
        if (g.left < 0) g.left = usToNs(op.us);
        if (g.left === 0) {
          g.left = -1;
          g.pc += 1;
          continue;
        }
        g.since = c.s.now;
        wM(c, mid).when = c.s.now + g.left;
        return;
      }
      case 'go':
        g.pc += 1;
        newproc(c, mid, gid, op.code);
        return;
      case 'send':
        chansend(c, mid, gid, op.ch);
        return;
      case 'recv':
        chanrecv(c, mid, gid, op.ch);
        return;
      case 'syscall':
        entersyscall(c, mid, gid, usToNs(op.us));
        return;
      case 'sleep': {
        const ns = usToNs(op.us);
        if (ns === 0) {
          // time.Sleep(0) returns at once, without touching the scheduler.
          g.pc += 1;
          continue;
        }
        // timeSleep: gopark(resetForSleep…): the timer is added once the G is parked, and
        // adding it calls wakeNetPoller so some M will wait for it.
        addTimer(c, gid, c.s.now + ns);
        gopark(c, mid, gid, 'sleep', null);
        wakeNetPoller(c, c.s.now + ns);
        return;
      }
      case 'gosched':
        g.pc += 1;
        goschedM(c, mid, gid);
        return;
    }
  }
}
