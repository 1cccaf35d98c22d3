// Sweep (mgcsweep.go, sweepone span by span in the runtime; one move here): every object
// still white after mark termination is freed. Objects allocated after mark termination
// ("fresh") came from already-swept spans and are left alone. The cycle ends.
import { emit, SRC, wObj, type Ctx } from './ctx.ts';

export function sweepone(c: Ctx): void {
  const freed: string[] = [];
  for (const [name, o] of Object.entries(c.s.objects)) {
    if (o.color === 'white' && !o.freed && !o.fresh) {
      wObj(c, name).freed = true;
      freed.push(name);
    }
  }
  const live = Object.values(c.s.objects).filter((o) => !o.freed).length;
  emit(c, 'sweepone', SRC.sweepone, 'gc.sweepone', { freed: freed.length, live, names: freed.slice(0, 12).join(', '), more: Math.max(0, freed.length - 12) }, { obj: freed });
  c.s.phase = 'off';
  c.s.cycleDone = true;
}
