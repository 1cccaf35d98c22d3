// Where the ring's words sit in 64-byte cache lines (amd64's CacheLinePadSize, runtime-facts §3.3).
//
// The Ring struct, as the Go code declares it (ring.go): buf (slice header, 24 bytes) and mask
// (8) share the first 32 bytes; then `padding` bytes; the consumer group (head, cachedTail);
// `padding` bytes; the producer group (tail, cachedHead); `padding` bytes. The model assumes
// the struct starts on a line boundary (the allocator's size classes usually give that; Go
// cannot ask for it, which is why the chapter pads a whole line between the groups).
// The slot array is a separate allocation (make([]T, capacity)) of 8-byte ints, 8 per line,
// also assumed line-aligned.
import type { SpscSettings } from './types.ts';

export const LINE_BYTES = 64;
export const SLOT_BYTES = 8;
export const SLOTS_PER_LINE = LINE_BYTES / SLOT_BYTES;

export type Field = 'hdr' | 'head' | 'cachedTail' | 'tail' | 'cachedHead';

export type LineInfo = {
  /** Index into state.cache. */
  id: number;
  kind: 'ring' | 'slots';
  /** Byte offset of the line in its allocation (the Ring struct, or the slot array). */
  offset: number;
  /** Ring fields on this line, with their byte offsets in the struct. */
  fields: { name: Field; offset: number; size: number }[];
  /** Slots on this line: [first, last]. */
  slots?: [number, number];
};

export type Layout = {
  lines: LineInfo[];
  /** Line id of each ring field (absent when cachedIndices is off). */
  fieldLine: Partial<Record<Field, number>>;
  /** Byte offset of each ring field in the struct. */
  fieldOffset: Partial<Record<Field, number>>;
  /** Line id of slot 0; slot i is on slotLine0 + floor(i / SLOTS_PER_LINE). */
  slotLine0: number;
  /** Size of the Ring struct in bytes. */
  structBytes: number;
};

const memo = new Map<string, Layout>();

export function layout(c: Pick<SpscSettings, 'capacity' | 'padding' | 'cachedIndices'>): Layout {
  const key = `${c.capacity}|${c.padding}|${c.cachedIndices}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const P = c.padding;
  const off: Partial<Record<Field, number>> = { hdr: 0 };
  let at = 32 + P;
  off.head = at;
  if (c.cachedIndices) off.cachedTail = at + 8;
  at += (c.cachedIndices ? 16 : 8) + P;
  off.tail = at;
  if (c.cachedIndices) off.cachedHead = at + 8;
  const structBytes = at + (c.cachedIndices ? 16 : 8) + P;

  const byLine = new Map<number, { name: Field; offset: number; size: number }[]>();
  for (const name of ['hdr', 'head', 'cachedTail', 'tail', 'cachedHead'] as const) {
    const o = off[name];
    if (o === undefined) continue;
    const ln = Math.floor(o / LINE_BYTES);
    if (!byLine.has(ln)) byLine.set(ln, []);
    byLine.get(ln)!.push({ name, offset: o, size: name === 'hdr' ? 32 : 8 });
  }
  const lines: LineInfo[] = [];
  const fieldLine: Partial<Record<Field, number>> = {};
  for (const [ln, fs] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
    const id = lines.length;
    lines.push({ id, kind: 'ring', offset: ln * LINE_BYTES, fields: fs });
    for (const f of fs) fieldLine[f.name] = id;
  }
  const slotLine0 = lines.length;
  for (let first = 0; first < c.capacity; first += SLOTS_PER_LINE) {
    lines.push({ id: lines.length, kind: 'slots', offset: first * SLOT_BYTES, fields: [], slots: [first, Math.min(c.capacity, first + SLOTS_PER_LINE) - 1] });
  }
  const l: Layout = { lines, fieldLine, fieldOffset: off, slotLine0, structBytes };
  memo.set(key, l);
  return l;
}

const byConfig = new WeakMap<object, Layout>();

/** layout() of a state's config object, without building the memo key (called on every step). */
export function layoutOf(c: Pick<SpscSettings, 'capacity' | 'padding' | 'cachedIndices'>): Layout {
  let l = byConfig.get(c);
  if (!l) byConfig.set(c, (l = layout(c)));
  return l;
}

export function slotLine(l: Layout, slot: number): number {
  return l.slotLine0 + Math.floor(slot / SLOTS_PER_LINE);
}
