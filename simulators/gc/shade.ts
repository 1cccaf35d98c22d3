// greyobject and shade (mgcmark.go): set the mark bit of a white object and queue it on the
// work list. The model has no noscan objects, so a marked object is always queued (grey).
import { emit, SRC, wObj, type Ctx } from './ctx.ts';

/** Inserts `name` into the sorted work list (a new array: states are never modified). */
function enqueue(work: readonly string[], name: string): string[] {
  let lo = 0;
  let hi = work.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (work[mid]! < name) lo = mid + 1;
    else hi = mid;
  }
  const out = work.slice();
  out.splice(lo, 0, name);
  return out;
}

/** Removes `name` from the sorted work list. */
export function dequeue(work: readonly string[], name: string): string[] {
  const i = work.indexOf(name);
  if (i < 0) throw new Error(`gc: ${name} is not on the work list`);
  const out = work.slice();
  out.splice(i, 1);
  return out;
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
  c.s.work = enqueue(c.s.work, name);
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
  c.s.work = enqueue(c.s.work, name);
  emit(c, 'shade', SRC.shade, half === 'old' ? 'gc.shade.old' : 'gc.shade.new', { obj: name, g }, { obj: [name], g: [g] });
  return true;
}
