// Read-only helpers for views: where a G is, which source line it is at, schedtrace text.
import type { GmpState, POp } from './types.ts';

/** The op a G is at: running, blocked in, or about to run. Undefined once it has finished. */
export function currentOp(s: GmpState, gid: number): POp | undefined {
  const g = s.gs[gid];
  if (!g) return undefined;
  return s.prog[g.code]?.[g.pc];
}

/** The scenario source line of a G's current op (ops carry `line`), if any. */
export function currentLine(s: GmpState, gid: number): number | undefined {
  return currentOp(s, gid)?.line;
}

export type GLocation =
  | { kind: 'running'; m: number; p: number | null }
  | { kind: 'syscall'; m: number; p: number | null }
  | { kind: 'runnext'; p: number }
  | { kind: 'runq'; p: number; index: number }
  | { kind: 'global'; index: number }
  | { kind: 'chan'; ch: string; dir: 'send' | 'recv'; index: number }
  | { kind: 'timer'; when: number }
  | { kind: 'dead' }
  | { kind: 'unknown' };

/** Where G gid is. Linear in the state's size; fine for drawing one frame. */
export function locate(s: GmpState, gid: number): GLocation {
  const g = s.gs[gid];
  if (!g) return { kind: 'unknown' };
  if (g.status === 'dead') return { kind: 'dead' };
  if (g.status === 'running' || g.status === 'syscall') {
    const m = s.ms.find((x) => x.curg === gid);
    if (m) return { kind: g.status, m: m.id, p: m.p };
  }
  for (const p of s.ps) {
    if (p.runnext === gid) return { kind: 'runnext', p: p.id };
    const i = p.runq.indexOf(gid);
    if (i >= 0) return { kind: 'runq', p: p.id, index: i };
  }
  const gi = s.globrunq.indexOf(gid);
  if (gi >= 0) return { kind: 'global', index: gi };
  for (const [name, ch] of Object.entries(s.chans)) {
    const r = ch.recvq.indexOf(gid);
    if (r >= 0) return { kind: 'chan', ch: name, dir: 'recv', index: r };
    const w = ch.sendq.indexOf(gid);
    if (w >= 0) return { kind: 'chan', ch: name, dir: 'send', index: w };
  }
  const t = s.timers.find((x) => x.g === gid);
  if (t) return { kind: 'timer', when: t.when };
  return { kind: 'unknown' };
}

/** One `GODEBUG=schedtrace` line in the current runtime's format, for the text view. */
export function schedtrace(s: GmpState): string {
  const ms = Math.floor(s.now / 1e6);
  const lens = s.ps.map((p) => p.runq.length).join(' ');
  const ticks = s.ps.map((p) => p.schedtick).join(' ');
  return (
    `SCHED ${ms}ms: gomaxprocs=${s.gomaxprocs} idleprocs=${s.sched.npidle} threads=${s.ms.length} ` +
    `spinningthreads=${s.sched.nmspinning} needspinning=${s.sched.needspinning} idlethreads=${s.sched.nmidle} ` +
    `runqueue=${s.globrunq.length} [ ${lens} ] schedticks=[ ${ticks} ]`
  );
}

/** How many goroutines exist, have exited, and are blocked — for summaries and footers. */
export function countGs(s: GmpState): { total: number; dead: number; waiting: number } {
  let total = 0;
  let dead = 0;
  let waiting = 0;
  for (const g of s.gs) {
    if (!g) continue;
    total++;
    if (g.status === 'dead') dead++;
    else if (g.status === 'waiting') waiting++;
  }
  return { total, dead, waiting };
}
