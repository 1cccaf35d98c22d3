// Helpers for GMP unit tests: build a consistent state from a short description, run a
// program step by step, and find events.
import { expect } from 'vitest';
import type { SimEvent } from '../../../simulators/core/types.ts';
import { check, init, step } from '../../../simulators/gmp/index.ts';
import { newSysmonTick } from '../../../simulators/gmp/init.ts';
import type { G, GmpConfig, GmpState, M, MPhase, Op, P } from '../../../simulators/gmp/types.ts';

export type PSpec = { idle?: boolean; runq?: number[]; runnext?: number | null; schedtick?: number; syscalltick?: number };
export type MSpec = { p: number | null; phase: MPhase; curg?: number | null; spinning?: boolean; when?: number; oldp?: number | null };
export type StateSpec = {
  procs: number;
  now?: number;
  ps?: PSpec[];
  ms: MSpec[];
  global?: number[];
  /** Gs parked on channels: { ch: { recvq, sendq, cap, qcount } }. */
  chans?: Record<string, { cap?: number; qcount?: number; recvq?: number[]; sendq?: number[] }>;
  /** Body every G runs (default: 1 ms of compute). */
  body?: Op[];
  /** Highest goid to create (others up to it are dead). */
  maxG?: number;
  /** Order of the idle P list, head first (default: idle Ps in descending id order). */
  pidle?: number[];
};

/** A state that passes check(), built from a spec. Gs in queues are runnable, curgs running/in syscall. */
export function build(spec: StateSpec): GmpState {
  const body: Op[] = spec.body ?? [{ op: 'compute', us: 1000 }];
  const base = init({ gomaxprocs: spec.procs, main: body }, 1);
  const now = spec.now ?? 0;
  const ps: P[] = [];
  for (let i = 0; i < spec.procs; i++) {
    const ps0 = spec.ps?.[i] ?? {};
    ps.push({
      id: i,
      status: 'idle',
      m: null,
      runnext: ps0.runnext ?? null,
      runq: [...(ps0.runq ?? [])],
      schedtick: ps0.schedtick ?? 0,
      syscalltick: ps0.syscalltick ?? 0,
      oldm: null,
    });
  }
  const ms: M[] = spec.ms.map((m, id) => ({
    id,
    p: m.p,
    curg: m.curg ?? null,
    spinning: m.spinning ?? false,
    phase: m.phase,
    when: m.phase === 'idle' ? -1 : (m.when ?? now),
    oldp: m.oldp ?? null,
    backoff: null,
  }));
  for (const m of ms) {
    if (m.p !== null) {
      ps[m.p]!.status = 'running';
      ps[m.p]!.m = m.id;
      ps[m.p]!.oldm = m.id;
    }
  }
  let maxG = spec.maxG ?? 1;
  const bump = (g: number) => (maxG = Math.max(maxG, g));
  ps.forEach((p) => {
    p.runq.forEach(bump);
    if (p.runnext !== null) bump(p.runnext);
  });
  (spec.global ?? []).forEach(bump);
  ms.forEach((m) => m.curg !== null && bump(m.curg));
  for (const ch of Object.values(spec.chans ?? {})) [...(ch.recvq ?? []), ...(ch.sendq ?? [])].forEach(bump);

  const gs: (G | null)[] = [null];
  for (let id = 1; id <= maxG; id++) {
    gs.push({ id, status: 'dead', code: 0, pc: 0, left: -1, since: -1, preempt: false, m: null, waitreason: null, waitch: null, parent: 0 });
  }
  const g = (id: number) => gs[id]!;
  ps.forEach((p) => {
    p.runq.forEach((id) => (g(id).status = 'runnable'));
    if (p.runnext !== null) g(p.runnext).status = 'runnable';
  });
  (spec.global ?? []).forEach((id) => (g(id).status = 'runnable'));
  for (const m of ms) {
    if (m.curg === null) continue;
    const x = g(m.curg);
    x.status = m.phase === 'syscall' ? 'syscall' : 'running';
    x.m = m.id;
    if (m.phase === 'run' && m.when !== undefined && m.when > now) {
      // Computing until m.when.
      x.left = m.when - now;
      x.since = now;
    }
  }
  const chans: GmpState['chans'] = {};
  for (const [name, ch] of Object.entries(spec.chans ?? {})) {
    chans[name] = { cap: ch.cap ?? 0, qcount: ch.qcount ?? 0, recvq: [...(ch.recvq ?? [])], sendq: [...(ch.sendq ?? [])] };
    for (const id of ch.recvq ?? []) Object.assign(g(id), { status: 'waiting', waitreason: 'chan receive', waitch: name });
    for (const id of ch.sendq ?? []) Object.assign(g(id), { status: 'waiting', waitreason: 'chan send', waitch: name });
  }
  const idle = ps.filter((p) => p.status === 'idle').map((p) => p.id);
  const pidle = spec.pidle ?? [...idle].sort((a, b) => b - a);
  const midle = ms.filter((m) => m.phase === 'idle').map((m) => m.id);
  const state: GmpState = {
    ...base,
    now,
    gomaxprocs: spec.procs,
    ps,
    ms,
    gs,
    globrunq: [...(spec.global ?? [])],
    sched: {
      pidle,
      npidle: idle.length,
      midle,
      nmidle: midle.length,
      nmspinning: ms.filter((m) => m.spinning).length,
      needspinning: 0,
      goidgen: maxG + 1,
      timerseq: 0,
    },
    sysmon: { next: now + 20_000, idle: 0, delay: 20, pd: ps.map(() => newSysmonTick()) },
    chans,
    timers: [],
    halted: null,
  };
  const v = check(state);
  expect(v, 'the test state itself must be consistent').toEqual([]);
  return state;
}

/** JSON-copies a state, lets `f` edit it, and checks the result is still consistent. */
export function edit(state: GmpState, f: (s: GmpState) => void): GmpState {
  const s = JSON.parse(JSON.stringify(state)) as GmpState;
  f(s);
  expect(check(s), 'edited state must be consistent').toEqual([]);
  return s;
}

export type Trace = { states: GmpState[]; events: SimEvent[][] };

/** Runs `n` steps (or until the program ends), checking invariants after each. states[0] is the start. */
export function run(start: GmpState, n: number): Trace {
  const states = [start];
  const events: SimEvent[][] = [[]];
  let s = start;
  for (let i = 0; i < n; i++) {
    const r = step(s);
    if (r.events.length === 0) break;
    expect(check(r.state), `invariants after step ${i + 1}`).toEqual([]);
    s = r.state;
    states.push(s);
    events.push(r.events);
  }
  return { states, events };
}

export function runConfig(config: GmpConfig, n: number, seed = 1): Trace {
  return run(init(config, seed), n);
}

/** Steps until an event with this narration key (or kind) appears; returns its position. */
export function until(t: Trace, pred: (e: SimEvent) => boolean): { index: number; event: SimEvent } {
  for (let i = 0; i < t.events.length; i++) {
    const e = t.events[i]!.find(pred);
    if (e) return { index: i, event: e };
  }
  throw new Error('event not found');
}

export const key = (k: string) => (e: SimEvent) => e.narration.key === k;
export const kind = (k: string) => (e: SimEvent) => e.kind === k;

export function keys(events: readonly SimEvent[]): string[] {
  return events.map((e) => e.narration.key);
}

export function goN(n: number, body: Op[] = [{ op: 'compute', us: 100 }]): Op[] {
  return Array.from({ length: n }, () => ({ op: 'go', body }) as Op);
}

/** sysmon wake-up times (ns) when retake hands off nothing: 20 µs ticks, doubling after 50 idle cycles, ≤ 10 ms. */
export function quietSysmonTicks(start: number, until: number): number[] {
  const out: number[] = [];
  let t = start;
  let idle = 0;
  let delay = 20;
  for (;;) {
    if (idle === 0) delay = 20;
    else if (idle > 50) delay *= 2;
    delay = Math.min(delay, 10_000);
    t += delay * 1000;
    if (t > until) return out;
    out.push(t);
    idle++;
  }
}
