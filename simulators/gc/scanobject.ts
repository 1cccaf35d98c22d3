// scanobject (mgcmark.go): take one grey object off the work list, shade every pointer it
// holds (greyobject) and blacken it. Which grey object goes next is the scheduler's choice
// (the runtime's gcWork is LIFO per P, with stealing between Ps: any order can happen).
import { emit, obj, SRC, wObj, type Ctx } from './ctx.ts';
import { dequeue, greyobject } from './shade.ts';

export function scanobject(c: Ctx, name: string): void {
  if (obj(c, name).color !== 'grey') throw new Error(`gc: scanobject of non-grey ${name}`);
  dequeue(c, name);
  const o = wObj(c, name);
  emit(c, 'scanobject', SRC.scanobject, 'gc.scanobject', { obj: name, n: o.fields.filter((p) => p !== null).length }, { obj: [name] });
  o.color = 'black';
  for (const p of o.fields) greyobject(c, p, name);
}
