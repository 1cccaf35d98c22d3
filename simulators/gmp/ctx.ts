// Copy-on-write working copy of a GmpState for one step/apply.
//
// step() must not modify its input (timelines keep old states), and it must be fast on a
// 1,000-G program, so only what changes is copied: the top-level arrays once per step, and
// each G, P, M, queue or list the first time it is written (tracked in `own`).
import type { Actors, SimEvent, SourceRef } from '../core/types.ts';
import type { Chan, G, GmpState, M, P, SysmonTick } from './types.ts';

export type Ctx = {
  s: GmpState;
  ev: SimEvent[];
  own: Set<object>;
};

export function draft(state: GmpState): Ctx {
  const s: GmpState = {
    ...state,
    ps: state.ps.slice(),
    ms: state.ms.slice(),
    gs: state.gs.slice(),
    sched: { ...state.sched },
    sysmon: { ...state.sysmon },
    chans: { ...state.chans },
  };
  return { s, ev: [], own: new Set() };
}

// ---- readers ------------------------------------------------------------------------------

export function gOf(c: Ctx, id: number): G {
  const g = c.s.gs[id];
  if (!g) throw new Error(`gmp: no G${id}`);
  return g;
}
export function pOf(c: Ctx, id: number): P {
  const p = c.s.ps[id];
  if (!p) throw new Error(`gmp: no P${id}`);
  return p;
}
export function mOf(c: Ctx, id: number): M {
  const m = c.s.ms[id];
  if (!m) throw new Error(`gmp: no M${id}`);
  return m;
}

// ---- writers (copy on first write) --------------------------------------------------------

export function wG(c: Ctx, id: number): G {
  const g = gOf(c, id);
  if (c.own.has(g)) return g;
  const n = { ...g };
  c.s.gs[id] = n;
  c.own.add(n);
  return n;
}
export function wP(c: Ctx, id: number): P {
  const p = pOf(c, id);
  if (c.own.has(p)) return p;
  const n = { ...p };
  c.s.ps[id] = n;
  c.own.add(n);
  return n;
}
export function wRunq(c: Ctx, id: number): number[] {
  const p = wP(c, id);
  if (!c.own.has(p.runq)) {
    p.runq = p.runq.slice();
    c.own.add(p.runq);
  }
  return p.runq;
}
export function wM(c: Ctx, id: number): M {
  const m = mOf(c, id);
  if (c.own.has(m)) return m;
  const n = { ...m };
  c.s.ms[id] = n;
  c.own.add(n);
  return n;
}
export function wGlob(c: Ctx): number[] {
  if (!c.own.has(c.s.globrunq)) {
    c.s.globrunq = c.s.globrunq.slice();
    c.own.add(c.s.globrunq);
  }
  return c.s.globrunq;
}
export function wTimers(c: Ctx): GmpState['timers'] {
  if (!c.own.has(c.s.timers)) {
    c.s.timers = c.s.timers.slice();
    c.own.add(c.s.timers);
  }
  return c.s.timers;
}
export function wPidle(c: Ctx): number[] {
  if (!c.own.has(c.s.sched.pidle)) {
    c.s.sched.pidle = c.s.sched.pidle.slice();
    c.own.add(c.s.sched.pidle);
  }
  return c.s.sched.pidle;
}
export function wMidle(c: Ctx): number[] {
  if (!c.own.has(c.s.sched.midle)) {
    c.s.sched.midle = c.s.sched.midle.slice();
    c.own.add(c.s.sched.midle);
  }
  return c.s.sched.midle;
}
export function wPd(c: Ctx, id: number): SysmonTick {
  if (!c.own.has(c.s.sysmon.pd)) {
    c.s.sysmon.pd = c.s.sysmon.pd.slice();
    c.own.add(c.s.sysmon.pd);
  }
  const pd = c.s.sysmon.pd[id];
  if (!pd) throw new Error(`gmp: no sysmontick for P${id}`);
  if (c.own.has(pd)) return pd;
  const n = { ...pd };
  c.s.sysmon.pd[id] = n;
  c.own.add(n);
  return n;
}
export function wChan(c: Ctx, name: string): Chan {
  const ch = Object.prototype.hasOwnProperty.call(c.s.chans, name) ? c.s.chans[name] : undefined;
  if (!ch) {
    // A channel used but not declared: unbuffered (make(chan T)).
    const n: Chan = { cap: 0, qcount: 0, recvq: [], sendq: [] };
    setChan(c, name, n);
    c.own.add(n);
    c.own.add(n.recvq);
    c.own.add(n.sendq);
    return n;
  }
  if (c.own.has(ch)) return ch;
  const n: Chan = { cap: ch.cap, qcount: ch.qcount, recvq: ch.recvq.slice(), sendq: ch.sendq.slice() };
  setChan(c, name, n);
  c.own.add(n);
  return n;
}

// defineProperty, not assignment, so that any channel name (even "__proto__") is an own key.
function setChan(c: Ctx, name: string, ch: Chan): void {
  Object.defineProperty(c.s.chans, name, { value: ch, writable: true, enumerable: true, configurable: true });
}

// ---- events -------------------------------------------------------------------------------

export type EmitOpts = { key?: string; func?: string; file?: string };

// Runtime functions that proc.go declares as methods: the link needs the receiver.
const RECEIVERS: Record<string, string> = {
  becomeSpinning: 'mp *m',
  destroy: 'pp *p',
  takeP: 's syscallingThread',
};

/** Records an event whose kind is the runtime function it models. */
export function emit(c: Ctx, kind: string, actors: Actors, params: Record<string, string | number>, opts: EmitOpts = {}): void {
  c.ev.push({
    kind,
    actors,
    narration: { key: opts.key ?? `gmp.${kind}`, params },
    source: sourceRef(opts.file ?? 'runtime/proc.go', opts.func ?? kind),
  });
}

function sourceRef(file: string, func: string): SourceRef {
  const receiver = Object.prototype.hasOwnProperty.call(RECEIVERS, func) ? RECEIVERS[func] : undefined;
  return receiver ? { file, func, receiver } : { file, func };
}

/** Compact list of G ids for narration: "G5–G8, G10". */
export function fmtGs(ids: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < ids.length) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j]! + 1) j++;
    if (j - i >= 2) parts.push(`G${ids[i]}–G${ids[j]}`);
    else for (let k = i; k <= j; k++) parts.push(`G${ids[k]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
