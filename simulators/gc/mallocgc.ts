// mallocgc (malloc.go) for `new(T)`: a zeroed object (all fields nil). During mark it is
// allocated black when allocBlack is set — gcmarknewobject (mgcmark.go): "Allocate black
// during GC. All slots hold nil so no scanning is needed." — and white otherwise (a policy Go
// has not used, kept to show why the hybrid barrier needs allocate-black). Before gcStart it
// is white like everything else. After mark termination it is white but "fresh": it comes
// from a span that is already swept, so this cycle's sweep leaves it alone.
import { addObj, emit, mkObj, SRC, type Ctx } from './ctx.ts';
import type { Color } from './types.ts';

/** A name not yet used by any object, based on `base`. */
function unusedName(c: Ctx, base: string): string {
  let name = base;
  while (Object.prototype.hasOwnProperty.call(c.s.objects, name)) name += "'";
  return name;
}

/** Allocates an object for goroutine g and returns its name. */
export function mallocgc(c: Ctx, g: number, base: string): string {
  const name = unusedName(c, base);
  const marking = c.s.phase === 'mark' || c.s.phase === 'marktermination';
  if (c.s.phase === 'marktermination') throw new Error('gc: mallocgc called with gcphase == _GCmarktermination');
  const after = c.s.phase === 'sweep' || c.s.cycleDone;
  const color: Color = marking && c.s.config.allocBlack ? 'black' : 'white';
  addObj(c, name, mkObj(color, new Array<string | null>(c.s.config.fields).fill(null), false, after));
  const key = marking ? (color === 'black' ? 'gc.mallocgc.black' : 'gc.mallocgc.white') : after ? 'gc.mallocgc.fresh' : 'gc.mallocgc.off';
  emit(c, 'mallocgc', SRC.mallocgc, key, { obj: name, g }, { obj: [name], g: [g] });
  if (color === 'black') emit(c, 'gcmarknewobject', SRC.gcmarknewobject, 'gc.gcmarknewobject', { obj: name }, { obj: [name] });
  return name;
}
