// explore(config): every interleaving of the two sides, breadth first, deduplicating states, so
// the schedule it returns for a violation is a shortest one. A spin (TryPush/TryPop returning
// false) resets the side's locals and so leads back to a state already seen; the search ends.
// The cache-line model and counters do not affect correctness and are left out of the search.
import { check } from './check.ts';
import { init } from './init.ts';
import { canRun, runSide } from './step.ts';
import { CONSUMER, PRODUCER, type SpscConfig, type SpscState } from './types.ts';

export type ExploreResult = {
  violated: boolean;
  rule?: string;
  /** Replays the violation: put it in config.schedule (0 producer, 1 consumer). */
  schedule?: number[];
  /** Distinct states visited. */
  explored: number;
  /** True when maxStates stopped the search before it was complete. */
  truncated?: boolean;
};

export type ExploreOptions = { maxStates?: number };

/** What decides the future of a run (counters, cache lines and the PRNG do not). */
export function stateKey(s: SpscState): string {
  const p = s.producer;
  const c = s.consumer;
  return `${p.pc},${p.t},${p.pushed}|${c.pc},${c.h},${c.v},${c.vSeq},${s.receivedCount}|${s.head},${s.tail},${s.cachedHead},${s.cachedTail}|${s.slots.join(',')}|${s.slotSeq.join(',')}|${s.unreadBits.join(',')}`;
}

export function explore(config: SpscConfig, opts: ExploreOptions = {}): ExploreResult {
  const maxStates = opts.maxStates ?? 2_000_000;
  const { schedule: _ignored, ...rest } = config;
  const start = init(rest, 0);
  const seen = new Map<string, number>();
  // Parent links: node i was reached from parent[i] by side move[i].
  const parent: number[] = [-1];
  const move: number[] = [-1];
  const states: SpscState[] = [start];
  seen.set(stateKey(start), 0);

  const path = (i: number): number[] => {
    const out: number[] = [];
    for (let n = i; parent[n]! >= 0; n = parent[n]!) out.push(move[n]!);
    return out.reverse();
  };

  for (let head = 0; head < states.length; head++) {
    const s = states[head]!;
    states[head] = undefined as unknown as SpscState; // let the GC have visited states
    for (const side of ['producer', 'consumer'] as const) {
      if (!canRun(s, side)) continue;
      const n = runSide(s, side, { model: false }).state;
      const key = stateKey(n);
      if (seen.has(key)) continue;
      const id = states.length;
      seen.set(key, id);
      parent.push(head);
      move.push(side === 'producer' ? PRODUCER : CONSUMER);
      states.push(n);
      const v = check(n);
      if (v.length > 0) return { violated: true, rule: v[0]!.rule, schedule: path(id), explored: seen.size };
      if (seen.size >= maxStates) return { violated: false, explored: seen.size, truncated: true };
    }
  }
  return { violated: false, explored: seen.size };
}
