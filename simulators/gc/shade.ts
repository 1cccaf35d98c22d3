// greyobject and shade (mgcmark.go): set the mark bit of a white object and queue it on the
// work list. The model has no noscan objects, so a marked object is always queued (grey).
import { emit, SRC, wObj, wWork, type Ctx } from './ctx.ts';

/** Inserts `name` into the sorted work list. */
function enqueue(c: Ctx, name: string): void {
  const work = wWork(c);
  let lo = 0;
  let hi = work.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (work[mid]! < name) lo = mid + 1;
    else hi = mid;
  }
  work.splice(lo, 0, name);
}

/** Removes `name` from the sorted work list. */
export function dequeue(c: Ctx, name: string): void {
  const work = wWork(c);
  const i = work.indexOf(name);
  if (i < 0) throw new Error(`gc: ${name} is not on the work list`);
  work.splice(i, 1);
}

/**
 * Greys `name` if it is white; returns whether it did. `from` says who found the pointer
 * (an object, 'stack <i>' or 'globals') for the caption.
 */
export function greyobject(c: Ctx, name: string | null, from: string): boolean {
  if (name === null) return false;
  const o = c.s.objects[name];
  if (!o) throw new Error(`gc: no object ${name}`);
  if (o.color !== 'white') return false;
  wObj(c, name).color = 'grey';
  enqueue(c, name);
  emit(c, 'greyobject', SRC.greyobject, 'gc.greyobject', { obj: name, from }, { obj: [name] });
  return true;
}

/**
 * shade(b), as the write barrier calls it: greys `name` if it is white. `half` says which
 * half of the barrier asked: 'old' (*slot, deletion) or 'new' (ptr, insertion).
 */
export function shade(c: Ctx, name: string | null, g: number, half: 'old' | 'new'): boolean {
  if (name === null) return false;
  const o = c.s.objects[name];
  if (!o) throw new Error(`gc: no object ${name}`);
  if (o.color !== 'white') return false;
  wObj(c, name).color = 'grey';
  enqueue(c, name);
  emit(c, 'shade', SRC.shade, half === 'old' ? 'gc.shade.old' : 'gc.shade.new', { obj: name, g }, { obj: [name], g: [g] });
  return true;
}
