// Live monitors of the tri-colour invariants (design/17503-eliminate-rescan.md), for the view.
// They are not violations: a barrier may break the strong invariant and stay correct.
//   strong: "No black object may contain a pointer to a white object."
//   weak:   "Any white object pointed to by a black object is reachable from a grey object
//            via a chain of white pointers (it is grey-protected)."
// Holders are heap objects and the globals once scanned; the weak invariant also counts black
// stacks as black holders (the hybrid barrier's proof treats a scanned stack as black).
// A stack pointing to a white object is not a strong breach: stacks have no barrier in any
// variant, so the strong invariant is only ever kept for the heap (Dijkstra's stacks were
// "permagrey" and re-scanned instead).
import type { GcState } from './types.ts';

export type Holder = { kind: 'object'; name: string } | { kind: 'globals' } | { kind: 'stack'; g: number };
export type StrongBreach = { from: Holder; slot: number; to: string };
export type Invariants = { strong: StrongBreach[]; weak: string[] };

function white(s: GcState, p: string | null): p is string {
  return p !== null && s.objects[p]?.color === 'white';
}

export function invariants(s: GcState): Invariants {
  if (s.phase !== 'mark' && s.phase !== 'marktermination') return { strong: [], weak: [] };
  const strong: StrongBreach[] = [];
  const pointedFromBlack = new Set<string>();
  for (const [name, o] of Object.entries(s.objects)) {
    if (o.color !== 'black') continue;
    o.fields.forEach((p, slot) => {
      if (white(s, p)) {
        strong.push({ from: { kind: 'object', name }, slot, to: p });
        pointedFromBlack.add(p);
      }
    });
  }
  if (s.globalsColor === 'black') {
    s.globals.forEach((p, slot) => {
      if (white(s, p)) {
        strong.push({ from: { kind: 'globals' }, slot, to: p });
        pointedFromBlack.add(p);
      }
    });
  }
  for (const g of s.goroutines) if (g.stackColor === 'black') for (const p of g.stack) if (white(s, p)) pointedFromBlack.add(p);

  // Grey-protected: reachable from a grey object, a grey stack or the unscanned globals
  // through white objects only.
  const prot = new Set<string>();
  const todo: string[] = [];
  const reach = (p: string | null) => {
    if (white(s, p) && !prot.has(p)) {
      prot.add(p);
      todo.push(p);
    }
  };
  for (const name of s.work) for (const p of s.objects[name]!.fields) reach(p);
  for (const g of s.goroutines) if (g.stackColor === 'grey') for (const p of g.stack) reach(p);
  if (s.globalsColor === 'grey') for (const p of s.globals) reach(p);
  while (todo.length > 0) for (const p of s.objects[todo.pop()!]!.fields) reach(p);

  const weak = [...pointedFromBlack].filter((p) => !prot.has(p)).sort();
  return { strong, weak };
}
