// "What would `go run -race` say?" — a model of the race detector (ThreadSanitizer, v3 since
// Go 1.19) over the memory accesses a run actually made.
//
// The detector is a happens-before checker on one execution. Each goroutine has a vector
// clock. A sync/atomic Load acquires (joins the clock stored at that address); a Store releases
// (stores the goroutine's clock there, then starts a new epoch). Go's race runtime maps
// sync/atomic loads to acquire and stores to release (tsan_interface_atomic.cpp, __tsan_go_atomic64_*).
// Every plain access is checked against the other goroutine's earlier accesses to the same
// 8 bytes: two accesses race when at least one writes, not both are atomic, and the earlier one
// is not in the later goroutine's clock. The first racing access is reported with the earlier
// one as "Previous ...", in the format of Go's report.
//
// What this says about the ring (checked with go1.19.8 `go run -race` on the real code):
//   - after-write, atomic head/tail: never a report. Slot write → tail.Store → tail.Load (that
//     sees it) → slot read is a happens-before chain, and so is read → head.Store → head.Load → reuse.
//   - plain head/tail (atomics: false): the first cross-goroutine access to tail or head races,
//     typically tail.Store's plain write against the consumer's read of tail.
//   - before-write, atomic head/tail: the tail store now comes BEFORE the slot write, so the
//     consumer's acquire of tail does not cover the write. The slot accesses are unordered:
//     a data race on the slot, which the detector reports when the run executes it — in the
//     stale-read interleaving, at the producer's late write ("Write ... TryPush / Previous
//     write ... TryPop" at the consumer's clear, or "Previous read" if it had not cleared yet).
//     So `-race` is not silent about the wrong order. It can miss it in practice: TSan v3 drops
//     a race whose earlier access's stack it can no longer restore from its bounded history
//     (RestoreStack fails → no report), which happened in real runs when the producer stalled
//     between tail.Store and the write while the consumer kept spinning. This model has
//     unbounded history, so it reports what the detector can see, not that loss.
//   What -race cannot see is a wrong ring that keeps happens-before intact: e.g. an off-by-one
//   full check that lets the producer overwrite an unread slot is a logic bug, not a data race.
import type { TimedAction } from '../core/types.ts';
import { applyTraced } from './apply.ts';
import type { Access } from './ctx.ts';
import { init } from './init.ts';
import { layout, SLOT_BYTES } from './layout.ts';
import { MAIN_LINES, ringSource } from './source.ts';
import { stepTraced } from './step.ts';
import { settings } from './schema.ts';
import type { Side, SpscAction, SpscConfig, SpscState } from './types.ts';

export type RaceRun = {
  config: SpscConfig;
  seed?: number;
  /** Reader actions, with timeline semantics (applied at position atStep instead of a step). */
  actions?: readonly TimedAction<SpscAction>[];
  /** Positions to replay (default: until the run ends, at most 2,000,000). */
  steps?: number;
};

export type RaceAccess = {
  goroutine: number;
  side: Side;
  write: boolean;
  atomic: boolean;
  /** 'head' | 'tail' | 'slot' … and the slot number for slots. */
  field: string;
  slot: number;
  func: 'TryPush' | 'TryPop';
  /** The side's step (pc) that made the access. */
  pc: string;
  /** Line in the ring's Go code (ringSource(config, {atomics}).text). */
  line: number;
  /** Line in mainSource(config) of the call. */
  callLine: number;
};

export type Race = {
  addr: string;
  current: RaceAccess;
  previous: RaceAccess;
  /** Timeline position whose transition made the racing access (1-based, as the timeline counts). */
  position: number;
  /** Whether the other goroutine had already returned. */
  previousFinished: boolean;
};

export type RaceReport = { race: Race | null; text: string };

/** Goroutine ids as a small program shows them (main is 1, runtime goroutines take 2..6). */
export const GOROUTINE = { producer: 7, consumer: 8 } as const;
const RING_ADDR = 0xc0000b2000;
const BUF_ADDR = 0xc000024000;
const RING_PATH = '/home/gopher/spsc/ring.go';
const MAIN_PATH = '/home/gopher/ringdemo/main.go';
const PKG = 'example.com/spsc';
/** Plausible return-address offsets per pc (fixed: they are not derived from real code). */
const PC_OFF: Record<string, string> = {
  'producer.load': '0x44',
  'producer.remote': '0x9e',
  'producer.write': '0x172',
  'producer.store': '0x1a5',
  'consumer.load': '0x3c',
  'consumer.remote': '0x7c',
  'consumer.read': '0x12d',
  'consumer.clear': '0x191',
  'consumer.store': '0x1c4',
};
const CALL_OFF: Record<number, string> = { [MAIN_LINES.push]: '0xac', [MAIN_LINES.pop]: '0x13d', [MAIN_LINES.popRetry]: '0x178' };

type Cell = RaceAccess & { epoch: number };

function hex(addr: number): string {
  return '0x' + addr.toString(16).padStart(12, '0');
}

export function raceReport(run: RaceRun, opts: { atomics: boolean }): RaceReport {
  const cfg = settings(run.config);
  const src = ringSource(cfg, { atomics: opts.atomics });
  const lay = layout(cfg);
  const maxPos = run.steps ?? 2_000_000;
  const actions = [...(run.actions ?? [])].filter((a) => Number.isInteger(a.atStep) && a.atStep >= 0).sort((a, b) => a.atStep - b.atStep);

  // Vector clocks: index 0 producer, 1 consumer. Both goroutines start after main's `go`
  // statements, so everything main did (New) happens before them and is not modelled.
  const vc: [number[], number[]] = [
    [1, 0],
    [0, 1],
  ];
  const syncClock = new Map<string, number[]>();
  const cells = new Map<string, { w: (Cell | null)[]; r: (Cell | null)[] }>();

  let s = init(run.config, run.seed ?? 0);
  const sink: Access[] = [];

  const observe = (a: Access, position: number, at: SpscState): Race | null => {
    const g = a.side === 'producer' ? 0 : 1;
    const u = 1 - g;
    const atomic = a.atomic && opts.atomics;
    const key = a.field === 'slot' ? `slot${a.slot}` : a.field;
    const addr = a.field === 'slot' ? BUF_ADDR + a.slot * SLOT_BYTES : RING_ADDR + (lay.fieldOffset[a.field] ?? 0);
    const lines = src.lines[a.side] as Record<string, number>;
    const cur: Cell = {
      goroutine: GOROUTINE[a.side],
      side: a.side,
      write: a.write,
      atomic,
      field: a.field,
      slot: a.slot,
      func: a.side === 'producer' ? 'TryPush' : 'TryPop',
      pc: a.pc,
      line: lines[a.pc] ?? 0,
      callLine: a.side === 'producer' ? MAIN_LINES.push : a.retry ? MAIN_LINES.popRetry : MAIN_LINES.pop,
      epoch: vc[g][g]!,
    };
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { w: [null, null], r: [null, null] }));
    for (const prev of [c.w[u], c.r[u]]) {
      if (!prev) continue;
      if (!prev.write && !cur.write) continue;
      if (prev.atomic && cur.atomic) continue;
      if (vc[g][u]! >= prev.epoch) continue;
      const { epoch: _e1, ...current } = cur;
      const { epoch: _e2, ...previous } = prev;
      return { addr: hex(addr), current, previous, position, previousFinished: at[prev.side].pc === 'done' };
    }
    if (cur.write) {
      c.w[g] = cur;
      if (c.r[g]?.epoch === cur.epoch) c.r[g] = null; // the write subsumes a read of the same epoch
    } else if (c.w[g]?.epoch !== cur.epoch) c.r[g] = cur;
    if (atomic) {
      if (cur.write) {
        syncClock.set(key, vc[g].slice()); // release: the store publishes this goroutine's clock
        vc[g][g]!++;
      } else {
        const sc = syncClock.get(key);
        if (sc) vc[g] = [Math.max(vc[g][0]!, sc[0]!), Math.max(vc[g][1]!, sc[1]!)]; // acquire
      }
    }
    return null;
  };

  let ai = 0;
  for (let k = 0; k < maxPos; k++) {
    sink.length = 0;
    const before = s;
    if (ai < actions.length && actions[ai]!.atStep === k) {
      while (ai < actions.length && actions[ai]!.atStep === k) s = applyTraced(s, actions[ai++]!.action, sink).state;
    } else {
      const r = stepTraced(s, sink);
      if (r.side === null) {
        if (ai < actions.length) continue;
        break;
      }
      s = r.state;
    }
    for (const a of sink) {
      const race = observe(a, k + 1, before);
      if (race) return { race, text: format(race) };
    }
  }
  return { race: null, text: '' };
}

function accessWords(a: RaceAccess, previous: boolean): string {
  const op = a.write ? 'write' : 'read';
  if (previous) return a.atomic ? `Previous atomic ${op}` : `Previous ${op}`;
  return a.atomic ? `Atomic ${op}` : op[0]!.toUpperCase() + op.slice(1);
}

function stack(a: RaceAccess): string {
  const fn = a.side === 'producer' ? 'main.main.func1' : 'main.main.func2';
  return [
    `  ${PKG}.(*Ring[...]).${a.func}()`,
    `      ${RING_PATH}:${a.line} +${PC_OFF[`${a.side}.${a.pc}`] ?? '0x60'}`,
    `  ${fn}()`,
    `      ${MAIN_PATH}:${a.callLine} +${CALL_OFF[a.callLine] ?? '0x90'}`,
  ].join('\n');
}

function created(side: Side, status: 'running' | 'finished'): string {
  const line = side === 'producer' ? MAIN_LINES.goProducer : MAIN_LINES.goConsumer;
  const off = side === 'producer' ? '0x24e' : '0x344';
  return `Goroutine ${GOROUTINE[side]} (${status}) created at:\n  main.main()\n      ${MAIN_PATH}:${line} +${off}`;
}

/** Go's report text for a race (what `go run -race` prints to stderr). */
export function format(r: Race): string {
  return [
    '==================',
    'WARNING: DATA RACE',
    `${accessWords(r.current, false)} at ${r.addr} by goroutine ${r.current.goroutine}:`,
    stack(r.current),
    '',
    `${accessWords(r.previous, true)} at ${r.addr} by goroutine ${r.previous.goroutine}:`,
    stack(r.previous),
    '',
    created(r.current.side, 'running'),
    '',
    created(r.previous.side, r.previousFinished ? 'finished' : 'running'),
    '==================',
  ].join('\n');
}
