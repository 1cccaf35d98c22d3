// gcMarkDone (mgc.go): no root job and no grey object is left, so marking may be complete.
// The runtime's ragged barrier flushes every P's write-barrier buffer first; in the model a
// barrier shades at once, so an empty work list already means "nothing left anywhere".
// It stops the world for mark termination: no mutator runs until gcMarkTermination is done.
import { emit, SRC, type Ctx } from './ctx.ts';

export function gcMarkDone(c: Ctx): void {
  if (c.s.work.length > 0) throw new Error('gc: gcMarkDone with work left');
  c.s.phase = 'marktermination';
  emit(c, 'gcMarkDone', SRC.gcMarkDone, 'gc.gcMarkDone', {}, { collector: ['gc'] });
}
