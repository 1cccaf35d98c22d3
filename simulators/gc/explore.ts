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
  /**
   * Stop after this many distinct states (default 250,000: enough for four goroutines with two
   * statements each, about 200,000 states; a page's button may pass less).
   */
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
  return new KeyCoder().key(s);
}

/**
 * Builds short canonical keys: every object name gets a one-character code the first time it is
 * seen, so a key costs one character per pointer and hashes fast. Objects are listed in code
 * order, so the order in which an interleaving allocated them does not matter.
 */
const PHASE: Record<GcState['phase'], number> = { off: 1, mark: 2, marktermination: 3, sweep: 4 };
const COLOR = { white: 1, grey: 2, black: 3 } as const;
const NIL = 0;
const SEP = 0xffff;

/**
 * Builds short canonical keys: every object name gets a numeric code the first time it is seen,
 * so a key is one character per pointer, built flat (String.fromCharCode) so it hashes fast.
 * Objects are listed in code order, whatever order an interleaving allocated them in.
 */
class KeyCoder {
  private readonly code = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly buf: number[] = [];

  private c(name: string | null): number {
    if (name === null) return NIL;
    let k = this.code.get(name);
    if (k === undefined) {
      k = 0x100 + this.names.length;
      this.code.set(name, k);
      this.names.push(name);
    }
    return k;
  }

  key(s: GcState): string {
    const b = this.buf;
    b.length = 0;
    b.push(PHASE[s.phase], s.cycleDone ? 1 : 0, COLOR[s.globalsColor]);
    for (const p of s.globals) b.push(this.c(p));
    for (const g of s.goroutines) {
      b.push(SEP, g.pc, COLOR[g.stackColor]);
      for (const p of g.stack) b.push(this.c(p));
    }
    b.push(SEP);
    for (const n in s.objects) this.c(n);
    for (const n of this.names) {
      const o = s.objects[n];
      if (!o) {
        b.push(SEP - 1);
        continue;
      }
      b.push(COLOR[o.color] + (o.freed ? 4 : 0) + (o.fresh ? 8 : 0));
      for (const p of o.fields) b.push(this.c(p));
    }
    let out = '';
    for (let i = 0; i < b.length; i += 4096) out += String.fromCharCode.apply(null, b.slice(i, i + 4096));
    return out;
  }
}

export function explore(config: GcConfig, opts: ExploreOptions = {}): ExploreResult {
  const limit = opts.limit ?? 250_000;
  const { schedule: _ignored, ...rest } = config;
  const root = init(rest, 0);
  // Node i was reached from node parent[i] by move index via[i]; the path is rebuilt on a hit.
  const parent: number[] = [-1];
  const via: number[] = [-1];
  const coder = new KeyCoder();
  const seen = new Set<string>([coder.key(root)]);
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
      const key = coder.key(next);
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
