// Index arithmetic of the two schemes, as the Go code computes it.
//
// free-running: head and tail are unsigned counters (uint64, or uint32 with indexBits 32) that only
// go up; slot = n & mask; used = tail - head in unsigned arithmetic, so it stays right when a
// uint32 wraps past 2^32 (2^32 is a multiple of the capacity, so the slot sequence goes on
// unbroken). uint64 values are exact JS numbers up to 2^53 (schema.ts caps startIndex).
// one-slack: head and tail stay in [0, capacity); next = (i + 1) & mask; full when next(tail) == head.
import type { SpscSettings } from './types.ts';

type C = Pick<SpscSettings, 'capacity' | 'scheme' | 'indexBits'>;

export function next(c: C, i: number): number {
  if (c.scheme === 'one-slack') return (i + 1) & (c.capacity - 1);
  return c.indexBits === 32 ? (i + 1) >>> 0 : i + 1;
}

/** Values in the ring between head h and tail t. */
export function used(c: C, t: number, h: number): number {
  if (c.scheme === 'one-slack') return (t - h) & (c.capacity - 1);
  return c.indexBits === 32 ? (t - h) >>> 0 : t - h;
}

export function isFull(c: C, t: number, h: number): boolean {
  return c.scheme === 'one-slack' ? next(c, t) === h : used(c, t, h) === c.capacity;
}

/** How many values the ring can hold. */
export function usable(c: C): number {
  return c.scheme === 'one-slack' ? c.capacity - 1 : c.capacity;
}

/** Slot of index n: n & mask (exact for any n up to 2^53, since the mask only keeps low bits). */
export function slotOf(c: C, n: number): number {
  return n % c.capacity;
}
