// A two-core MESI model of the cache lines the ring touches. Each line keeps one state per core
// (producer's core, consumer's core), packed in a number: producer | consumer << 2.
//
// A "line transfer" is coherence traffic between the two cores, the cost false sharing adds:
//   - a read by core X of a line core Y holds Modified (Y wrote it last, X has no copy): the
//     line moves from Y to X, both keep it Shared;
//   - a write by core X to a line core Y holds in any valid state: Y's copy is invalidated
//     (and, when X had no copy, the line moves to X).
// Misses that memory or the shared L3 can serve (first touch, a clean copy) are not counted:
// they cost the same with or without the other core. No evictions: every line fits.

export const I = 0;
export const S = 1;
export const E = 2;
export const M = 3;
export type Mesi = 'I' | 'S' | 'E' | 'M';
export const MESI_NAMES: readonly Mesi[] = ['I', 'S', 'E', 'M'];

/** Core 0 runs the producer, core 1 the consumer. */
export type Core = 0 | 1;

export function stateOf(packed: number, core: Core): number {
  return (packed >> (core * 2)) & 3;
}

function pack(x: number, y: number, core: Core): number {
  // x is `core`'s state, y the other core's.
  return core === 0 ? x | (y << 2) : y | (x << 2);
}

/** Bit set in access()'s result when the access moved the line between the cores. */
export const MOVED = 16;

/**
 * New packed state after `core` reads (or writes) the line, with MOVED set when that took a
 * transfer. One number, not a tuple: this runs several times per step.
 */
export function access(packed: number, core: Core, isWrite: boolean): number {
  const x = stateOf(packed, core);
  const y = stateOf(packed, core === 0 ? 1 : 0);
  if (!isWrite) {
    if (x !== I) return packed;
    if (y === M) return pack(S, S, core) | MOVED;
    if (y === S || y === E) return pack(S, S, core);
    return pack(E, I, core);
  }
  if (x === M) return packed;
  if (x === E) return pack(M, I, core);
  return pack(M, I, core) | (y !== I ? MOVED : 0);
}
