// gcMarkTermination (mgc.go), still with the world stopped. With rescanStacks (Go 1.5–1.7,
// where stacks had no barrier and were "permagrey") every stack is scanned again and the work
// it finds is drained before marking may end; since Go 1.8 the hybrid barrier made that
// unnecessary. Then setGCPhase(_GCoff) turns the barrier off, gcSweep queues every span for
// sweeping and the world restarts. Whatever is still white from here on will be freed.
import { emit, SRC, type Ctx } from './ctx.ts';
import { scanobject } from './scanobject.ts';
import { greyobject } from './shade.ts';

export function gcMarkTermination(c: Ctx): void {
  emit(c, 'gcMarkTermination', SRC.gcMarkTermination, c.s.config.rescanStacks ? 'gc.gcMarkTermination.rescan' : 'gc.gcMarkTermination', { g: c.s.goroutines.length }, { collector: ['gc'] });
  if (c.s.config.rescanStacks) {
    for (let i = 0; i < c.s.goroutines.length; i++) {
      const g = c.s.goroutines[i]!;
      emit(c, 'markroot', SRC.scanstack, 'gc.rescan.stack', { g: i }, { g: [i], stack: [i] });
      for (const p of g.stack) greyobject(c, p, `stack:${i}`);
    }
    // Drain in name order: with the world stopped the order cannot change the outcome.
    while (c.s.work.length > 0) scanobject(c, c.s.work[0]!);
  }
  c.s.phase = 'sweep';
}
