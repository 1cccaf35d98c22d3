// Shapes of the SPSC ring simulator. Plain JSON data only (states go into timelines and URLs).

export type Scheme = 'free-running' | 'one-slack';
export type Publish = 'after-write' | 'before-write';
export type Side = 'producer' | 'consumer';
/** A schedule entry: which side makes the next atomic step. */
export const PRODUCER = 0;
export const CONSUMER = 1;

export type SpscConfig = {
  /** Slots, a power of two (2..1024). */
  capacity: number;
  /**
   * free-running: head and tail count up forever, slot = n & (capacity-1), full when tail-head == capacity.
   * one-slack: indices wrap at capacity, full when (tail+1) % capacity == head: capacity-1 usable.
   */
  scheme: Scheme;
  /** after-write: write the slot, then store tail (correct). before-write: store tail first (the bug). */
  publish: Publish;
  /** Each side keeps a private copy of the other side's index (rigtorp). Default true, as in the chapter's ring. */
  cachedIndices?: boolean;
  /** Bytes of padding between the field groups in the cache-line model. Default 128, as in the chapter's ring. */
  padding?: 0 | 64 | 128;
  /** Values pushed, in order. */
  producer: number[];
  /** How many values the consumer pops. */
  pops: number;
  /** Replay this interleaving: 0 = producer step, 1 = consumer step (as returned by explore). */
  schedule?: number[];
  /** Width of head/tail: 64 (atomic.Uint64, default) or 32 (atomic.Uint32, wraps at 2^32). */
  indexBits?: 32 | 64;
  /** First value of head and tail (free-running only), to watch the indices cross 2^32. Default 0. */
  startIndex?: number;
};

/** A config with every default filled in (what the state keeps). */
export type SpscSettings = Required<Omit<SpscConfig, 'schedule'>> & { schedule: number[] | null };

/**
 * Where a side is in its Go function (see source.ts for the line of each):
 * load   `t := r.tail.Load()` / `h := r.head.Load()` (own index), then the check against the cache
 * remote `r.cachedHead = r.head.Load()` (or `h := r.head.Load()` without caches), then the check
 * write  `r.buf[t&r.mask] = v`            read  `v := r.buf[h&r.mask]`
 * clear  `r.buf[h&r.mask] = zero`          store `r.tail.Store(t + 1)` / `r.head.Store(h + 1)`
 * done   the goroutine has pushed (popped) everything and returned.
 */
export type ProducerPc = 'load' | 'remote' | 'write' | 'store' | 'done';
export type ConsumerPc = 'load' | 'remote' | 'read' | 'clear' | 'store' | 'done';

export type ProducerState = {
  pc: ProducerPc;
  /** Local t of the current TryPush (valid after load). */
  t: number;
  /** Values fully pushed (TryPush returned true). */
  pushed: number;
  /** Times TryPush returned false. */
  spins: number;
  /** Consecutive failed TryPush calls for the current value (the caller's retry loop). */
  retries: number;
};

export type ConsumerState = {
  pc: ConsumerPc;
  /** Local h of the current TryPop (valid after load). */
  h: number;
  /** Local v read from the slot (valid after read; null is the zero value). */
  v: number | null;
  /** Ghost: push number of the value v came from (-1: never written). */
  vSeq: number;
  spins: number;
  retries: number;
};

export type Fault =
  | { rule: 'stale-read'; slot: number; want: number; got: number; value: number | null }
  | { rule: 'overwrite'; slot: number; lost: number; value: number | null }
  | { rule: 'fifo'; index: number; got: number; want: number | undefined };

export type SpscCounters = { remoteIndexLoads: number; lineTransfers: number };

export type SpscState = {
  config: SpscSettings;
  /** Seeded PRNG state (picks the side when there is no schedule left). */
  rng: number;
  /** Next schedule entry to use. */
  schedPos: number;
  /** Atomic steps taken so far. */
  steps: number;
  slots: (number | null)[];
  /** Ghost: push number of the value each slot last received (-1: never written). */
  slotSeq: number[];
  /** Ghost: bit i%32 of word i>>5 is set while slot i holds a value written and not yet read (slotUnread()). */
  unreadBits: number[];
  /** Consumer-owned index (atomic in the Go code). */
  head: number;
  /** Producer-owned index (atomic in the Go code). */
  tail: number;
  /** Producer's private copy of head. */
  cachedHead: number;
  /** Consumer's private copy of tail. */
  cachedTail: number;
  producer: ProducerState;
  consumer: ConsumerState;
  /** The values popped, in order: all of them up to RECEIVED_WINDOW, then the latest RECEIVED_WINDOW. */
  received: number[];
  /** How many values have been popped in all (received[0] is pop number receivedCount - received.length). */
  receivedCount: number;
  counters: SpscCounters;
  /** Per cache line (layout.ts): MESI state of the producer's core | consumer's core << 2. */
  cache: number[];
  /** First broken invariant of each kind, recorded when the step that broke it ran. */
  faults: Fault[];
};

export type SpscAction =
  /** One atomic step of that side. */
  | { type: 'run'; side: Side }
  /** Steps of that side until its current TryPush/TryPop call returns (true or false). */
  | { type: 'call'; side: Side };
