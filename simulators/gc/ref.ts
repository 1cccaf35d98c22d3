// Refs: pointers named by their path from a root ('s0', 'g1.0', 's1.0.1', 'nil'), and how a
// mutator follows them. Following a path through a nil pointer is what would make Go panic
// (a nil dereference: SIGSEGV → sigpanic → panicmem); callers turn that into a no-op event.
import type { GcState, Ref } from './types.ts';

export type ParsedRef = { kind: 'nil' } | { kind: 'stack' | 'global'; index: number; hops: number[] };

const RE = /^(?:nil|([sg])(\d{1,4})((?:\.\d{1,2})*))$/;
const memo = new Map<string, ParsedRef | null>();

/** The parsed ref, or null when the text is not a ref. Pure (memoised by text). */
export function parseRef(ref: string): ParsedRef | null {
  if (typeof ref !== 'string' || ref.length > 64) return null;
  const hit = memo.get(ref);
  if (hit !== undefined) return hit;
  const m = RE.exec(ref);
  let out: ParsedRef | null = null;
  if (m) {
    out = m[1] === undefined
      ? { kind: 'nil' }
      : { kind: m[1] === 's' ? 'stack' : 'global', index: Number(m[2]), hops: m[3] ? m[3].slice(1).split('.').map(Number) : [] };
  }
  if (memo.size < 10_000) memo.set(ref, out);
  return out;
}

/** Why a ref does not fit a program: stack/global slot or field index out of range. */
export function refProblem(ref: string, stackLen: number, globalsLen: number, fields: number, asDst: boolean): string | null {
  const p = parseRef(ref);
  if (!p) return `"${String(ref).slice(0, 64)}" is not a ref`;
  if (p.kind === 'nil') return asDst ? 'cannot write to nil' : null;
  const len = p.kind === 'stack' ? stackLen : globalsLen;
  if (p.index >= len) return `${ref}: ${p.kind} slot ${p.index} does not exist (${len} slots)`;
  for (const k of p.hops) if (k >= fields) return `${ref}: objects have ${fields} fields`;
  return null;
}

/** Where a store lands. */
export type Loc = { kind: 'stack'; g: number; i: number } | { kind: 'global'; i: number } | { kind: 'field'; obj: string; k: number };

/** Result of following a path: a value/location, or the prefix that was nil. */
export type Followed<T> = { ok: true; value: T } | { ok: false; nilAt: string };

function rootName(p: { kind: 'stack' | 'global'; index: number }): string {
  return (p.kind === 'stack' ? 's' : 'g') + p.index;
}

function rootValue(s: GcState, g: number, p: { kind: 'stack' | 'global'; index: number }): string | null {
  return (p.kind === 'stack' ? s.goroutines[g]!.stack[p.index] : s.globals[p.index]) ?? null;
}

/** Follows `hops[0..n)` from the root; the object reached (may be null). */
function walk(s: GcState, g: number, p: { kind: 'stack' | 'global'; index: number; hops: number[] }, n: number): Followed<string | null> {
  let v = rootValue(s, g, p);
  let path = rootName(p);
  for (let h = 0; h < n; h++) {
    if (v === null) return { ok: false, nilAt: path };
    const k = p.hops[h]!;
    v = s.objects[v]!.fields[k] ?? null;
    path += '.' + k;
  }
  return { ok: true, value: v };
}

/** The value of `ref` as goroutine g sees it. */
export function readRef(s: GcState, g: number, ref: Ref): Followed<string | null> {
  const p = parseRef(ref);
  if (!p) throw new Error(`gc: bad ref ${ref}`);
  if (p.kind === 'nil') return { ok: true, value: null };
  return walk(s, g, p, p.hops.length);
}

/** The slot `ref` names, as a store destination for goroutine g. */
export function resolveDst(s: GcState, g: number, ref: Ref): Followed<Loc> {
  const p = parseRef(ref);
  if (!p || p.kind === 'nil') throw new Error(`gc: bad destination ${ref}`);
  if (p.hops.length === 0) return { ok: true, value: p.kind === 'stack' ? { kind: 'stack', g, i: p.index } : { kind: 'global', i: p.index } };
  const base = walk(s, g, p, p.hops.length - 1);
  if (!base.ok) return base;
  if (base.value === null) return { ok: false, nilAt: ref.slice(0, ref.lastIndexOf('.')) };
  return { ok: true, value: { kind: 'field', obj: base.value, k: p.hops[p.hops.length - 1]! } };
}

/** The pointer currently stored at a location. */
export function loadLoc(s: GcState, loc: Loc): string | null {
  if (loc.kind === 'stack') return s.goroutines[loc.g]!.stack[loc.i] ?? null;
  if (loc.kind === 'global') return s.globals[loc.i] ?? null;
  return s.objects[loc.obj]!.fields[loc.k] ?? null;
}

/** Human name of a location: 's0' (G1's stack), 'g1', 'A.f1'. */
export function locName(loc: Loc): string {
  if (loc.kind === 'stack') return `s${loc.i}`;
  if (loc.kind === 'global') return `g${loc.i}`;
  return `${loc.obj}.${loc.k}`;
}
