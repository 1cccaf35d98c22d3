// A scheddetail tick as a neutral P/M/G picture a GMP-style layout can draw.
//
// Shape (all plain data):
//   GmpSnapshot
//     atMs, gomaxprocs, idleProcs, threads, spinningThreads, idleThreads, globalRunqLen
//     ps[]  { id, state, status, m, g, runqLen, schedtick, syscalltick, gfree, timers }
//           state: 'idle' | 'running' | 'syscall' | 'gcstop' | 'dead' | 'unknown' (from status=)
//           g: the goroutine running on this P (the curg of its M), or null
//     ms[]  { id, p, g, spinning, blocked, lockedG, state }
//           state: 'running' (has a P and a G) | 'syscall' (G in a syscall) | 'spinning' |
//                  'parked' (blocked on its note, no G) | 'other'
//     gs[]  { id, state, status, scanning, waitReason, m, p, lockedM }
//           state from status= with the _Gscan bit (0x1000) split off into `scanning`;
//           p: the P of the G's M, when it has one
//     runnable[]  ids of runnable Gs. scheddetail prints queue lengths (P runqsize=, runqueue=)
//           but not which queue holds which G, so a layout can show them only as a pool.
//     counts      number of Gs per state
// Status numbers: runtime/runtime2.go (_Pidle 0, _Prunning 1, _Psyscall 2 — unused in current Go —,
// _Pgcstop 3, _Pdead 4; _Gidle 0 … _Gpreempted 9, _Gleaked 10, _Gdeadextra 11, _Gscan 0x1000).
import type { SchedTick } from './types.ts';

export type SnapshotPState = 'idle' | 'running' | 'syscall' | 'gcstop' | 'dead' | 'unknown';
export type SnapshotGState =
  | 'idle'
  | 'runnable'
  | 'running'
  | 'syscall'
  | 'waiting'
  | 'dead'
  | 'copystack'
  | 'preempted'
  | 'leaked'
  | 'deadextra'
  | 'unused'
  | 'unknown';
export type SnapshotMState = 'running' | 'syscall' | 'spinning' | 'parked' | 'other';

export interface SnapshotP {
  id: number;
  state: SnapshotPState;
  status: number;
  m: number | null;
  g: number | null;
  runqLen: number;
  schedtick: number;
  syscalltick: number;
  gfree: number;
  timers: number | null;
}

export interface SnapshotM {
  id: number;
  p: number | null;
  g: number | null;
  spinning: boolean;
  blocked: boolean;
  lockedG: number | null;
  state: SnapshotMState;
}

export interface SnapshotG {
  id: number;
  state: SnapshotGState;
  status: number;
  scanning: boolean;
  waitReason: string | null;
  m: number | null;
  p: number | null;
  lockedM: number | null;
}

export interface GmpSnapshot {
  atMs: number;
  gomaxprocs: number;
  idleProcs: number;
  threads: number;
  spinningThreads: number;
  idleThreads: number;
  globalRunqLen: number;
  ps: SnapshotP[];
  ms: SnapshotM[];
  gs: SnapshotG[];
  runnable: number[];
  counts: Record<SnapshotGState, number>;
}

const P_STATES: SnapshotPState[] = ['idle', 'running', 'syscall', 'gcstop', 'dead'];
const G_STATES: SnapshotGState[] = [
  'idle',
  'runnable',
  'running',
  'syscall',
  'waiting',
  'unused', // _Gmoribund_unused
  'dead',
  'unused', // _Genqueue_unused
  'copystack',
  'preempted',
  'leaked',
  'deadextra',
];
const GSCAN = 0x1000;

export function pState(status: number): SnapshotPState {
  return P_STATES[status] ?? 'unknown';
}

export function gState(status: number): { state: SnapshotGState; scanning: boolean } {
  const scanning = (status & GSCAN) !== 0;
  return { state: G_STATES[status & ~GSCAN] ?? 'unknown', scanning };
}

type DetailTick = Omit<SchedTick, 'ms' | 'gs'> & {
  ms?: (NonNullable<SchedTick['ms']>[number] & { lockedg?: number | null })[];
  gs?: (NonNullable<SchedTick['gs']>[number] & { lockedm?: number | null })[];
};

/** The snapshot of a scheddetail tick; null for a tick printed without scheddetail=1. */
export function scheddetailSnapshot(tick: DetailTick): GmpSnapshot | null {
  if (tick.ps === undefined) return null;
  const mById = new Map((tick.ms ?? []).map((m) => [m.id, m]));
  const gById = new Map((tick.gs ?? []).map((g) => [g.id, g]));
  const counts = Object.fromEntries(G_STATES.concat('unknown').map((s) => [s, 0])) as Record<SnapshotGState, number>;
  const gs: SnapshotG[] = (tick.gs ?? []).map((g) => {
    const { state, scanning } = gState(g.status);
    counts[state]++;
    const m = g.m === null ? undefined : mById.get(g.m);
    return {
      id: g.id,
      state,
      status: g.status,
      scanning,
      waitReason: g.waitreason ?? null,
      m: g.m,
      p: m?.p ?? null,
      lockedM: g.lockedm ?? null,
    };
  });
  const ms: SnapshotM[] = (tick.ms ?? []).map((m) => {
    const g = m.curg === null ? undefined : gById.get(m.curg);
    const inSyscall = g !== undefined && gState(g.status).state === 'syscall';
    const state: SnapshotMState =
      m.curg !== null && inSyscall ? 'syscall' : m.curg !== null && m.p !== null ? 'running' : m.spinning ? 'spinning' : m.curg === null && m.blocked ? 'parked' : 'other';
    return { id: m.id, p: m.p, g: m.curg, spinning: m.spinning, blocked: m.blocked, lockedG: m.lockedg ?? null, state };
  });
  const ps: SnapshotP[] = tick.ps.map((p) => ({
    id: p.id,
    state: pState(p.status),
    status: p.status,
    m: p.m,
    g: p.m === null ? null : (mById.get(p.m)?.curg ?? null),
    runqLen: p.runqsize,
    schedtick: p.schedtick,
    syscalltick: p.syscalltick,
    gfree: p.gfreecnt,
    timers: p.timerslen ?? null,
  }));
  return {
    atMs: tick.atMs,
    gomaxprocs: tick.gomaxprocs,
    idleProcs: tick.idleprocs,
    threads: tick.threads,
    spinningThreads: tick.spinningthreads,
    idleThreads: tick.idlethreads,
    globalRunqLen: tick.runqueue,
    ps,
    ms,
    gs,
    runnable: gs.filter((g) => g.state === 'runnable').map((g) => g.id),
    counts,
  };
}
