// explore(config): every interleaving of the goroutines' statements and the collector's moves
// (including which root or grey object the collector takes next), depth first with an explicit
// stack, deduplicating states by a canonical key. Returns a schedule (indices into
// enabledMoves, see moves.ts) that leads to a lost object, or proves there is none.
//
// A branch stops once marking has ended: if no reachable object is white at that point, none
// can become lost later — mutators only reach objects through reachable ones, which are all
// marked, and everything they allocate from then on is "fresh" (never swept this cycle).
import { lostObjects, markingEnded } from './check.ts';
import { init } from './init.ts';
import { enabledMoves } from './moves.ts';
import { applyMove } from './step.ts';
import type { GcConfig, GcState } from './types.ts';

export type ExploreOptions = {
  /** Stop after this many distinct states (default 2,000,000). */
  limit?: number;
};

export type ExploreResult = {
  lost: boolean;
  /** Feed back as config.schedule: the run then reaches the loss move by move. */
  schedule?: number[];
  /** Objects lost at the end of that schedule. */
  lostObjects?: string[];
  /** Distinct states visited. */
  explored: number;
  /** False when the limit stopped the search before it covered every interleaving. */
  complete: boolean;
};

/** Everything that decides a state's future (not the PRNG, step counter or schedule position). */
export function stateKey(s: GcState): string {
  let k = s.phase + (s.cycleDone ? '!' : '') + s.globalsColor[0] + '|' + s.globals.join(',');
  for (const g of s.goroutines) k += '|' + g.pc + g.stackColor[0] + g.stack.join(',');
  const names = Object.keys(s.objects).sort();
  for (const n of names) {
    const o = s.objects[n]!;
    k += '|' + n + ':' + o.color[0] + (o.freed ? 'f' : '') + (o.fresh ? 'n' : '') + o.fields.join(',');
  }
  return k;
}

export function explore(config: GcConfig, opts: ExploreOptions = {}): ExploreResult {
  const limit = opts.limit ?? 2_000_000;
  const { schedule: _ignored, ...rest } = config;
  const root = init(rest, 0);
  // Node i was reached from node parent[i] by move index via[i]; the path is rebuilt on a hit.
  const parent: number[] = [-1];
  const via: number[] = [-1];
  const seen = new Set<string>([stateKey(root)]);
  const stack: { s: GcState; id: number }[] = [{ s: root, id: 0 }];
  while (stack.length > 0) {
    const { s, id } = stack.pop()!;
    const lost = lostObjects(s);
    if (lost.length > 0) {
      const schedule: number[] = [];
      for (let n = id; n > 0; n = parent[n]!) schedule.push(via[n]!);
      return { lost: true, schedule: schedule.reverse(), lostObjects: lost, explored: seen.size, complete: true };
    }
    if (markingEnded(s)) continue;
    const moves = enabledMoves(s);
    // Pushed in reverse so the first move is explored first (schedules read naturally).
    for (let k = moves.length - 1; k >= 0; k--) {
      const next = applyMove(s, moves[k]!);
      const key = stateKey(next);
      if (seen.has(key)) continue;
      if (seen.size >= limit) return { lost: false, explored: seen.size, complete: false };
      seen.add(key);
      parent.push(id);
      via.push(k);
      stack.push({ s: next, id: parent.length - 1 });
    }
  }
  return { lost: false, explored: seen.size, complete: true };
}
