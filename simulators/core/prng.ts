// Seeded PRNG whose whole state is one uint32 kept inside the simulation State.
// Algorithm: mulberry32 (Tommy Ettinger, public domain). Small, fast, and good enough
// for choosing work-stealing orders; it is not cryptographic.
// No hidden globals: every call takes the state and returns the next one.

export type PrngState = number;

/** Normalises any number to a valid seed (uint32). */
export function seedPrng(seed: number): PrngState {
  if (!Number.isFinite(seed)) return 0;
  return Math.trunc(seed) >>> 0;
}

/** Next uint32 in [0, 2^32) and the following PRNG state. */
export function nextU32(s: PrngState): [number, PrngState] {
  const next = (s + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [(t ^ (t >>> 14)) >>> 0, next];
}

/** Uniform integer in [0, n) (n ≥ 1) and the next PRNG state. */
export function nextInt(s: PrngState, n: number): [number, PrngState] {
  const [u, s2] = nextU32(s);
  return [n <= 1 ? 0 : u % n, s2];
}

/** Uniform float in [0, 1) and the next PRNG state. */
export function nextFloat(s: PrngState): [number, PrngState] {
  const [u, s2] = nextU32(s);
  return [u / 4294967296, s2];
}
