// gcStart (mgc.go): sweep termination, with the world stopped. The model's heap has nothing
// left to sweep from a previous cycle, so all it does is what starts marking:
// setGCPhase(_GCmark) turns the write barrier on, gcMarkRootPrepare queues the root jobs
// (every stack, the globals), and the world restarts. Nothing is shaded yet.
import { emit, SRC, type Ctx } from './ctx.ts';

export function gcStart(c: Ctx): void {
  c.s.phase = 'mark';
  emit(c, 'gcStart', SRC.gcStart, 'gc.gcStart', { roots: c.s.goroutines.length + 1, barrier: c.s.config.barrier }, { collector: ['gc'] });
}
