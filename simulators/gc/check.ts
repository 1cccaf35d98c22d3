// check(state): what must hold after every move. The main rule is the one
// GODEBUG=gccheckmark=1 verifies in the runtime: once marking has ended, every object
// reachable from a root is marked. An object that breaks it is "lost": sweep frees it while
// the program can still reach it. The other rules are the model's own bookkeeping.
import type { Violation } from '../core/types.ts';
import type { GcState } from './types.ts';

/** Every object reachable from a root: any goroutine's stack or a global. */
export function reachable(s: GcState): Set<string> {
  const seen = new Set<string>();
  const todo: string[] = [];
  const push = (p: string | null) => {
    if (p !== null && !seen.has(p)) {
      seen.add(p);
      todo.push(p);
    }
  };
  for (const g of s.goroutines) for (const p of g.stack) push(p);
  for (const p of s.globals) push(p);
  while (todo.length > 0) {
    const o = s.objects[todo.pop()!];
    if (o) for (const p of o.fields) push(p);
  }
  return seen;
}

/** Marking has ended: mark termination is over, sweep is queued or done. */
export function markingEnded(s: GcState): boolean {
  return s.phase === 'sweep' || s.cycleDone;
}

/** Objects the program can reach that marking missed (freed already or about to be). */
export function lostObjects(s: GcState, reach?: Set<string>): string[] {
  if (!markingEnded(s)) return [];
  const out: string[] = [];
  for (const name of reach ?? reachable(s)) {
    const o = s.objects[name];
    if (o && o.color === 'white' && !o.fresh) out.push(name);
  }
  return out.sort();
}

export function check(s: GcState): Violation[] {
  const out: Violation[] = [];
  const reach = reachable(s);
  for (const name of lostObjects(s, reach)) {
    const o = s.objects[name]!;
    out.push({
      rule: 'lost-object',
      message: o.freed
        ? `${name} is reachable but was never marked, and sweep has freed it: the program now holds a dangling pointer`
        : `${name} is reachable but marking ended without marking it: sweep will free a live object (gccheckmark would throw)`,
    });
  }
  for (const name of reach) {
    if (s.objects[name]?.freed) out.push({ rule: 'freed-reachable', message: `${name} was freed by sweep but is still reachable` });
  }

  const names = Object.keys(s.objects);
  const has = (p: string | null) => p === null || Object.prototype.hasOwnProperty.call(s.objects, p);
  for (const [name, o] of Object.entries(s.objects)) {
    for (const p of o.fields) if (!has(p)) out.push({ rule: 'dangling-name', message: `${name} points to unknown object ${p}` });
    if (o.fields.length !== s.config.fields) out.push({ rule: 'field-count', message: `${name} has ${o.fields.length} fields` });
  }
  for (const [i, g] of s.goroutines.entries()) for (const p of g.stack) if (!has(p)) out.push({ rule: 'dangling-name', message: `stack ${i} points to unknown object ${p}` });
  for (const p of s.globals) if (!has(p)) out.push({ rule: 'dangling-name', message: `a global points to unknown object ${p}` });

  // Grey means "marked and queued": the work list holds exactly the grey objects, once each, sorted.
  const grey = names.filter((n) => s.objects[n]!.color === 'grey').sort();
  for (let i = 1; i < s.work.length; i++) if (!(s.work[i - 1]! < s.work[i]!)) out.push({ rule: 'work-order', message: 'the work list is not a sorted set' });
  if (grey.join('\n') !== s.work.slice().sort().join('\n')) out.push({ rule: 'grey-is-work', message: `grey objects [${grey.join(' ')}] differ from the work list [${s.work.join(' ')}]` });

  const started = s.phase !== 'off' || s.cycleDone;
  if (!started) {
    // Before gcStart nothing is marked and no root is scanned.
    if (names.some((n) => s.objects[n]!.color !== 'white')) out.push({ rule: 'marked-before-gcStart', message: 'an object is marked before gcStart' });
    if (s.goroutines.some((g) => g.stackColor !== 'grey') || s.globalsColor !== 'grey') out.push({ rule: 'scanned-before-gcStart', message: 'a root is scanned before gcStart' });
  }
  if (markingEnded(s) || s.phase === 'marktermination') {
    // Mark termination starts only when no work is left, and it drains what a re-scan finds.
    if (markingEnded(s) && grey.length > 0) out.push({ rule: 'grey-after-mark', message: `grey objects after mark termination: ${grey.join(' ')}` });
    if (s.goroutines.some((g) => g.stackColor !== 'black') || s.globalsColor !== 'black') out.push({ rule: 'root-unscanned', message: 'mark ended with a root not scanned' });
  }
  for (const [name, o] of Object.entries(s.objects)) {
    if (o.freed && (!s.cycleDone || o.color !== 'white' || o.fresh)) out.push({ rule: 'freed-early', message: `${name} is freed but sweep has not run or it was marked` });
    if (o.fresh && !markingEnded(s)) out.push({ rule: 'fresh-early', message: `${name} is marked as allocated after mark termination, during the cycle` });
    if (o.fresh && o.color !== 'white') out.push({ rule: 'fresh-marked', message: `${name} was allocated after mark termination but is marked` });
  }
  return out;
}
