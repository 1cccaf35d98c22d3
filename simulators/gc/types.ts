// Types of the tri-colour marking model. Names follow the runtime where one exists
// (gcphase, work, greyobject…). Everything is plain JSON data.

/**
 * The write barrier the mutators run on pointer writes to globals and heap fields while the
 * barrier is on (gcphase mark or mark termination, as `writeBarrier.enabled` in mgc.go).
 *  none      – no barrier at all
 *  dijkstra  – shade(ptr)                               (insertion; Go 1.5–1.7, coarsened)
 *  yuasa     – shade(*slot)                             (deletion)
 *  hybrid    – shade(*slot); if the writer's stack is grey: shade(ptr)   (design 17503)
 *  hybrid-go – shade(*slot); shade(ptr), always: what the runtime's gcWriteBarrier records
 */
export type Barrier = 'none' | 'dijkstra' | 'yuasa' | 'hybrid' | 'hybrid-go';

/**
 * A pointer named by its path from a root: 'nil', 's<i>' (slot i of the running goroutine's
 * stack) or 'g<i>' (global slot i), then any number of '.<k>' hops (field k of the object
 * pointed to). 's0' is a stack slot, 'g0.1' field 1 of the object global 0 points to.
 */
export type Ref = string;

/** One statement of a goroutine. `line` (optional) points into the scenario's Go source. */
export type GcOp =
  /** *dst = value of src. A stack slot is written without a barrier; anything else via it. */
  | { op: 'write'; dst: Ref; src: Ref; line?: number }
  /** *dst = a newly allocated object (mallocgc), then the same store as 'write'. */
  | { op: 'new'; dst: Ref; line?: number };

export type GcGoroutineConfig = { stack: (string | null)[]; ops: GcOp[] };

export type GcConfig = {
  barrier: Barrier;
  /** STW re-scan of every stack in mark termination (Go 1.5–1.7, with the Dijkstra barrier). */
  rescanStacks?: boolean;
  /** Every stack is black before the globals or any heap object is blackened (Yuasa needs it). */
  stackBeforeHeap?: boolean;
  /** Objects allocated during mark are black (gcmarknewobject), as in Go. Default true. */
  allocBlack?: boolean;
  /** Pointer fields per object. Default 2. */
  fields?: number;
  /** Object name → its fields (names of objects, or null). */
  heap: Record<string, (string | null)[]>;
  globals: (string | null)[];
  goroutines: GcGoroutineConfig[];
  /** Replay this interleaving: entries index enabledMoves() at each step (see moves.ts). */
  schedule?: number[];
};

export type Color = 'white' | 'grey' | 'black';

export type Phase = 'off' | 'mark' | 'marktermination' | 'sweep';

export type GcObject = {
  color: Color;
  fields: (string | null)[];
  /** Freed by sweep (its memory would be reused). */
  freed: boolean;
  /**
   * Allocated after mark termination. mallocgc only allocates from spans that are already
   * swept (mcentral.cacheSpan sweeps a span before handing it out), so this cycle's sweep
   * never frees such an object even though it is unmarked.
   */
  fresh: boolean;
};

export type GState = {
  stack: (string | null)[];
  /** Grey until markroot scans it, then black (re-scanned only with rescanStacks). */
  stackColor: 'grey' | 'black';
  /** Index of the next op in config.goroutines[i].ops; ops.length when finished. */
  pc: number;
};

export type GcState = {
  /** The program, with defaults filled in. Shared, never modified. */
  config: Required<Omit<GcConfig, 'schedule'>> & { schedule: number[] };
  phase: Phase;
  /** True once sweep has run: the cycle is over (phase is 'off' again). */
  cycleDone: boolean;
  objects: Record<string, GcObject>;
  globals: (string | null)[];
  /** The globals (data and bss) are a root: grey until markroot scans them. */
  globalsColor: 'grey' | 'black';
  goroutines: GState[];
  /** Grey objects waiting to be scanned, kept sorted by name (a set: the order means nothing). */
  work: string[];
  /** Seeded PRNG state (picks moves when no schedule entry is left). */
  prng: number;
  /** Next entry of config.schedule to replay. */
  schedPos: number;
  /** Moves taken so far. */
  steps: number;
  /** Objects allocated by reader actions (names their objects). */
  applied: number;
};

/** One atomic move of one actor. */
export type Move =
  | { actor: 'gc'; kind: 'gcStart' }
  | { actor: 'gc'; kind: 'markroot'; root: number | 'globals' }
  | { actor: 'gc'; kind: 'scanobject'; obj: string }
  | { actor: 'gc'; kind: 'gcMarkDone' }
  | { actor: 'gc'; kind: 'gcMarkTermination' }
  | { actor: 'gc'; kind: 'sweep' }
  | { actor: 'g'; g: number };

/** Reader interventions: goroutine `g` runs one extra statement now. */
export type GcAction =
  | { type: 'write'; g: number; dst: Ref; src: Ref }
  | { type: 'new'; g: number; dst: Ref };
