// A fresh ring: New[int](capacity) has run, both goroutines are at the start of their first call.
import { seedPrng } from '../core/prng.ts';
import { layout } from './layout.ts';
import { settings, validateConfig } from './schema.ts';
import type { SpscConfig, SpscState } from './types.ts';

export function init(config: SpscConfig, seed: number): SpscState {
  const valid = validateConfig(config);
  if (!valid.ok) throw new TypeError(`spsc: invalid config: ${valid.message}`);
  const c = settings(config);
  const start = c.startIndex;
  return {
    config: c,
    rng: seedPrng(seed),
    schedPos: 0,
    steps: 0,
    slots: new Array<number | null>(c.capacity).fill(null),
    slotSeq: new Array<number>(c.capacity).fill(-1),
    unreadBits: new Array<number>(Math.ceil(c.capacity / 32)).fill(0),
    head: start,
    tail: start,
    cachedHead: start,
    cachedTail: start,
    producer: { pc: c.producer.length > 0 ? 'load' : 'done', t: 0, pushed: 0, spins: 0, retries: 0 },
    consumer: { pc: c.pops > 0 ? 'load' : 'done', h: 0, v: null, vSeq: -1, spins: 0, retries: 0 },
    received: [],
    receivedCount: 0,
    counters: { remoteIndexLoads: 0, lineTransfers: 0 },
    // New wrote the struct and the slots from main's core, long before: no core holds them yet.
    cache: new Array<number>(layout(c).lines.length).fill(0),
    faults: [],
  };
}
