// step(state): the runtime's next atomic action.
//
// A discrete-event loop over the actors that can act: each M that is not parked (ready at
// m.when; the M blocked in netpoll wakes at the next timer) and sysmon (at sysmon.next).
// The actor with the lowest virtual time goes first; ties: Ms by id, then the timer, then
// sysmon. Actions that change nothing a reader sees (a G starting a compute, a quiet sysmon
// tick) do not end the step: the loop continues until some event has been emitted.
import { draft, emit, fmtGs, type Ctx } from './ctx.ts';
import { findRunnable } from './findRunnable.ts';
import { runG } from './run.ts';
import { stealWork } from './stealWork.ts';
import { exitsyscall } from './syscall.ts';
import { sysmonTick, sysmonWake } from './sysmon.ts';
import { netpollM, netpollTimerWakeNew, netpollWake, nextTimer } from './timers.ts';
import type { GmpState } from './types.ts';
import type { StepResult } from '../core/types.ts';

/** Guard against a runaway internal loop (never reached by valid programs). */
const MAX_INTERNAL = 1_000_000;

export function step(state: GmpState): StepResult<GmpState> {
  if (state.halted !== null) return { state, events: [] };
  const c = draft(state);
  for (let i = 0; i < MAX_INTERNAL && c.ev.length === 0; i++) {
    if (!advance(c)) break;
  }
  wakeSysmonIfNeeded(c);
  return { state: c.s, events: c.ev };
}

export function isTerminal(state: GmpState): boolean {
  return state.halted !== null;
}

/** sysmon leaves deep sleep once some P is active (also after reader interventions). */
export function wakeSysmonIfNeeded(c: Ctx): void {
  if (c.s.halted === null && c.s.sysmon.next < 0 && c.s.sched.npidle < c.s.gomaxprocs) sysmonWake(c);
}

type Actor = { kind: 'm'; id: number } | { kind: 'timer' } | { kind: 'sysmon' };

/** Performs one actor's action. Returns false when nothing can ever happen again. */
function advance(c: Ctx): boolean {
  const s = c.s;
  if (s.halted !== null) return false;
  wakeSysmonIfNeeded(c);

  let best: Actor | null = null;
  let bestT = Infinity;
  for (const m of s.ms) {
    if (m.phase !== 'idle' && m.when < bestT) {
      best = { kind: 'm', id: m.id };
      bestT = m.when;
    }
  }
  const tw = nextTimer(c);
  if (tw >= 0 && s.sched.npidle > 0 && netpollM(c) === null) {
    const t = Math.max(tw, s.now);
    if (t < bestT) {
      best = { kind: 'timer' };
      bestT = t;
    }
  }
  if (s.sysmon.next >= 0 && s.sysmon.next < bestT) {
    best = { kind: 'sysmon' };
    bestT = s.sysmon.next;
  }
  if (best === null) {
    checkdead(c);
    return false;
  }
  if (bestT > s.now) s.now = bestT;

  switch (best.kind) {
    case 'sysmon':
      sysmonTick(c);
      break;
    case 'timer':
      netpollTimerWakeNew(c);
      break;
    case 'm': {
      const m = s.ms[best.id]!;
      if (m.phase === 'run') runG(c, m.id);
      else if (m.phase === 'sched') findRunnable(c, m.id);
      else if (m.phase === 'steal') stealWork(c, m.id);
      else if (m.phase === 'syscall') exitsyscall(c, m.id);
      else if (m.phase === 'netpoll') netpollWake(c, m.id);
      break;
    }
  }
  return true;
}

/**
 * checkdead: no M can run and no timer is pending. If goroutines are blocked, that is
 * "fatal error: all goroutines are asleep - deadlock!". (A runnable G here would be a lost
 * wake-up — a bug in the model; the runtime throws "checkdead: runnable g" for it.)
 */
function checkdead(c: Ctx): void {
  const waiting: number[] = [];
  const runnable: number[] = [];
  for (const g of c.s.gs) {
    if (!g) continue;
    if (g.status === 'waiting') waiting.push(g.id);
    else if (g.status !== 'dead') runnable.push(g.id);
  }
  if (runnable.length > 0) {
    c.s.halted = 'throw';
    emit(c, 'checkdead', { g: runnable }, { gs: fmtGs(runnable) }, { key: 'gmp.checkdead.runnable' });
    return;
  }
  c.s.halted = 'deadlock';
  emit(c, 'checkdead', { g: waiting }, { n: waiting.length, gs: fmtGs(waiting) }, { key: waiting.length > 0 ? 'gmp.checkdead' : 'gmp.checkdead.nogoroutines' });
}
