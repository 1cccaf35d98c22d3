// "How it was lost": the engine's lossTrail (the events that touched the lost object) turned into
// short numbered sentences for the picture and the text view, plus what marking and sweep then did.
import { heapEdges, init, lossTrail, lostObjects, step, type LossTrail } from '../../../simulators/gc/index.ts';
import type { GcState } from '../../../simulators/gc/types.ts';
import { gcLabels, TRAIL_BARRIER, type Locale } from './labels.ts';
import { codeOf } from './program.ts';

export type TrailItem = { at: number | null; text: string };
export type Trail = {
  lost: string[];
  /** Sweep has run: the lost objects are freed. */
  freed: boolean;
  items: TrailItem[];
};

const G = (g: unknown) => `G${Number(g) + 1}`;

// lossTrail replays the whole run; once per program (config) is enough. Keyed by the config
// object, which every state of one timeline shares.
type Replay = (LossTrail & { sweptAt: number | null }) | null;
const trails = new WeakMap<object, Map<number, Replay>>();

function replayed(state: GcState, seed: number): Replay {
  let bySeed = trails.get(state.config);
  if (!bySeed) trails.set(state.config, (bySeed = new Map()));
  if (bySeed.has(seed)) return bySeed.get(seed)!;
  // Small programs only: the large scenario never loses an object, and a replay there is long.
  const t = Object.keys(state.config.heap).length <= 60 ? lossTrail(state.config, seed, 2_000) : null;
  let out: (LossTrail & { sweptAt: number | null }) | null = null;
  if (t) {
    // The move that ran sweep, in the same replay.
    let s = init(state.config, seed);
    let sweptAt: number | null = null;
    for (let at = 1; at <= 2_000 && !s.cycleDone; at++) {
      s = step(s).state;
      if (s.cycleDone) sweptAt = at;
    }
    out = { ...t, sweptAt };
  }
  bySeed.set(seed, out);
  return out;
}

/** Who points to `obj` now: "G1 stack", "A", "globals". */
export function holdersOf(state: GcState, obj: string, locale: Locale): string[] {
  const t = gcLabels(locale);
  const out: string[] = [];
  for (const e of heapEdges(state)) {
    if (e.to !== obj) continue;
    const h = e.from.kind === 'stack' ? t.stackOf(G(e.from.g)) : e.from.kind === 'globals' ? t.globals : e.from.name;
    if (!out.includes(h)) out.push(h);
  }
  return out;
}

/**
 * The trail of the objects lost in `state` (null when none is lost). Its steps come from a replay
 * of the run (its config and `seed`); when the state was reached another way (the reader changed
 * it), only the outcome is listed.
 */
export function trailOf(state: GcState, locale: Locale, seed = 1): Trail | null {
  const lost = lostObjects(state);
  if (lost.length === 0) return null;
  const t = gcLabels(locale);
  const tt = t.trail;
  const items: TrailItem[] = [];
  const r = replayed(state, seed);
  const matches = r !== null && state.applied === 0 && r.at <= state.steps && r.lost.join() === lost.join();
  const barrier = TRAIL_BARRIER[locale][state.config.barrier];
  if (matches) {
    const seen = new Set<string>();
    for (const { at, event } of r.events) {
      const p = event.narration.params;
      const key = event.narration.key;
      const g = G(p.g);
      // mallocgc's event has no statement: its store, in the same move, has.
      const stmt = typeof p.stmt === 'string' ? p.stmt : r.events.find((x) => x.at === at && typeof x.event.narration.params.stmt === 'string')?.event.narration.params.stmt;
      const code = typeof stmt === 'string' ? codeOf(state, Number(p.g), stmt) : '';
      for (const obj of (event.actors.obj ?? []).map(String).filter((o) => lost.includes(o))) {
        // One sentence per object and step: mallocgc and its store are one statement.
        const once = `${at}:${obj}`;
        if (seen.has(once)) continue;
        let text: string | null = null;
        const stored = p.ptr === obj;
        const dropped = p.old === obj;
        if (key === 'gc.mallocgc.white') text = tt.allocWhite(g, code || String(p.obj), obj);
        else if (key === 'gc.write.stack') text = stored ? tt.stackStore(g, code, obj) : dropped ? tt.stackDrop(g, code, obj) : null;
        else if (key === 'gc.write.none' || key === 'gc.write.off') text = stored ? tt.noBarrierStore(g, code, obj) : dropped ? tt.noBarrierDrop(g, code, obj) : null;
        else if (event.kind === 'gcWriteBarrier') {
          const b = state.config.barrier;
          const shadesNew = b === 'dijkstra' || b === 'hybrid-go' || key === 'gc.gcWriteBarrier.hybrid.grey';
          const shadesOld = b === 'yuasa' || b === 'hybrid' || b === 'hybrid-go';
          if (stored) text = shadesNew ? tt.barrierStoreShaded(g, code, obj) : tt.barrierStoreUnshaded(g, code, obj, barrier);
          else if (dropped) text = shadesOld ? tt.barrierDropShaded(g, code, obj) : tt.barrierDropUnshaded(g, code, obj, barrier);
        }
        if (text === null) continue;
        seen.add(once);
        items.push({ at, text });
      }
    }
  }
  for (const obj of lost) {
    const holders = holdersOf(state, obj, locale);
    items.push({ at: matches ? r!.at : null, text: tt.markEnds(obj, holders.slice(0, 2).join(', ') || tt.nobody) });
  }
  const freed = lost.some((o) => state.objects[o]?.freed);
  if (freed) for (const obj of lost) items.push({ at: matches && r!.sweptAt !== null && r!.sweptAt <= state.steps ? r!.sweptAt : null, text: tt.sweepFrees(obj) });
  return { lost, freed, items };
}
