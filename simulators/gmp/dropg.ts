// proc.go: dropg — the M lets go of its current G (gopark, goexit0, goschedImpl all call it)
// and goes back to schedule().
import { wG, wM, type Ctx } from './ctx.ts';

export function dropg(c: Ctx, mid: number, gid: number): void {
  const g = wG(c, gid);
  g.m = null;
  g.since = -1;
  const m = wM(c, mid);
  m.curg = null;
  m.phase = 'sched';
  m.when = c.s.now;
}
