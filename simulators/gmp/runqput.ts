// The per-P local run queue (proc.go: runqput, runqputslow, runqputbatch, runqget, runqempty).
import { emit, fmtGs, pOf, wP, wRunq, type Ctx } from './ctx.ts';
import { globrunqputbatch, RUNQ_SIZE } from './globrunq.ts';

export function runqempty(c: Ctx, pid: number): boolean {
  const p = pOf(c, pid);
  return p.runnext === null && p.runq.length === 0;
}

/**
 * runqput(pp, gp, next). With next, gp takes pp.runnext and the old runnext is "kicked" to the
 * tail of the local queue. A full queue (256) sends half of it plus the G to the global queue.
 */
export function runqput(c: Ctx, pid: number, gid: number, next: boolean): void {
  let g = gid;
  let kicked: number | null = null;
  if (next) {
    const old = pOf(c, pid).runnext;
    wP(c, pid).runnext = gid;
    if (old === null) {
      emit(c, 'runqput', { g: [gid], p: [pid] }, { g: gid, p: pid }, { key: 'gmp.runqput.runnext' });
      return;
    }
    // Kick the old runnext out to the regular run queue.
    kicked = old;
    g = old;
  }
  if (pOf(c, pid).runq.length < RUNQ_SIZE) {
    wRunq(c, pid).push(g);
    if (kicked !== null) {
      emit(c, 'runqput', { g: [gid, kicked], p: [pid] }, { g: gid, p: pid, kicked, len: pOf(c, pid).runq.length }, { key: 'gmp.runqput.kick' });
    } else {
      emit(c, 'runqput', { g: [gid], p: [pid] }, { g: gid, p: pid, len: pOf(c, pid).runq.length }, { key: 'gmp.runqput.tail' });
    }
    return;
  }
  runqputslow(c, pid, g, next ? gid : null);
}

/**
 * runqputslow: the local queue is full, so move its first half (128) plus gp — 129 Gs — to the
 * tail of the global queue in one batch. Cheaper than taking sched.lock for every G later.
 */
function runqputslow(c: Ctx, pid: number, gid: number, intoRunnext: number | null): void {
  const q = wRunq(c, pid);
  const n = q.length / 2;
  if (n !== RUNQ_SIZE / 2) throw new Error('gmp: runqputslow: queue is not full');
  const batch = q.splice(0, n);
  batch.push(gid);
  globrunqputbatch(c, batch);
  const params: Record<string, string | number> = { p: pid, n: batch.length, half: n, g: gid, gs: fmtGs(batch) };
  if (intoRunnext !== null) params['runnext'] = intoRunnext;
  emit(c, 'runqputslow', { g: intoRunnext === null ? [gid] : [intoRunnext, gid], p: [pid] }, params, {
    key: intoRunnext === null ? 'gmp.runqputslow' : 'gmp.runqputslow.kick',
  });
}

/** runqputbatch: Gs taken from the global queue go on the (empty) local queue. */
export function runqputbatch(c: Ctx, pid: number, gids: readonly number[]): void {
  if (gids.length === 0) return;
  const q = wRunq(c, pid);
  if (q.length + gids.length > RUNQ_SIZE) throw new Error('gmp: runqputbatch overflow');
  for (const g of gids) q.push(g);
}

/** runqget: runnext first (inheritTime = true), else the head of runq (a new time slice). */
export function runqget(c: Ctx, pid: number): { gp: number; inheritTime: boolean } | null {
  const p = pOf(c, pid);
  if (p.runnext !== null) {
    const gp = p.runnext;
    wP(c, pid).runnext = null;
    return { gp, inheritTime: true };
  }
  if (p.runq.length === 0) return null;
  return { gp: wRunq(c, pid).shift()!, inheritTime: false };
}
