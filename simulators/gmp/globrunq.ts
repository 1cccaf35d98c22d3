// The global run queue, sched.runq (proc.go: globrunqput, globrunqputhead, globrunqputbatch,
// globrunqget, globrunqgetbatch). Protected by sched.lock in the runtime; atomic here.
import { wGlob, type Ctx } from './ctx.ts';

/** Local runq capacity, len(pp.runq). */
export const RUNQ_SIZE = 256;

export function globrunqput(c: Ctx, gid: number): void {
  wGlob(c).push(gid);
}

/** Used by p.destroy (procresize) so the Gs of a removed P run first. */
export function globrunqputhead(c: Ctx, gid: number): void {
  wGlob(c).unshift(gid);
}

export function globrunqputbatch(c: Ctx, gids: readonly number[]): void {
  const q = wGlob(c);
  for (const g of gids) q.push(g);
}

/** globrunqget: ONE G (the schedtick%61 fairness check uses this). */
export function globrunqget(c: Ctx): number | null {
  if (c.s.globrunq.length === 0) return null;
  return wGlob(c).shift()!;
}

/**
 * globrunqgetbatch(n): n = min(n, size, size/gomaxprocs + 1). Returns the G to run and the
 * rest (for runqputbatch). findRunnable passes n = len(pp.runq)/2 = 128.
 */
export function globrunqgetbatch(c: Ctx, max: number): { gp: number; rest: number[] } | null {
  const size = c.s.globrunq.length;
  if (size === 0) return null;
  const n = globrunqBatchSize(size, c.s.gomaxprocs, max);
  const taken = wGlob(c).splice(0, n);
  return { gp: taken[0]!, rest: taken.slice(1) };
}

/** min(max, size, size/gomaxprocs + 1), integer division as in Go. */
export function globrunqBatchSize(size: number, gomaxprocs: number, max: number): number {
  return Math.min(max, size, Math.floor(size / gomaxprocs) + 1);
}
