// Timeline: positions, back/forward/jump, interventions, bounded memory.
import { describe, expect, it } from 'vitest';
import { createTimeline } from '../../../simulators/core/timeline.ts';
import type { Engine, SimEvent } from '../../../simulators/core/types.ts';
import { gmpEngine } from '../../../simulators/gmp/index.ts';

// A counter: step adds 1 until `limit`; the action adds to `bonus`.
type S = { n: number; bonus: number };
type A = { add: number };
function counter(limit: number) {
  const calls = { step: 0, apply: 0 };
  const ev = (kind: string): SimEvent => ({ kind, actors: {}, narration: { key: kind, params: {} }, source: { file: 'x.go', func: kind } });
  const engine: Engine<{ limit: number }, S, A> = {
    init: () => ({ n: 0, bonus: 0 }),
    step: (s) => {
      calls.step++;
      return s.n >= limit ? { state: s, events: [] } : { state: { ...s, n: s.n + 1 }, events: [ev('tick')] };
    },
    apply: (s, a) => {
      calls.apply++;
      return { state: { ...s, bonus: s.bonus + a.add }, events: [ev('add')] };
    },
    check: () => [],
    scenarios: [],
  };
  return { engine, calls };
}

describe('timeline positions', () => {
  it('steps forward and back, and stops at the end', () => {
    const { engine } = counter(3);
    const t = createTimeline(engine, { limit: 3 }, 0);
    expect(t.position).toBe(0);
    expect(t.back()).toBe(false);
    expect(t.forward()).toBe(true);
    expect(t.state).toEqual({ n: 1, bonus: 0 });
    expect(t.events.map((e) => e.kind)).toEqual(['tick']);
    t.forward();
    t.forward();
    expect(t.forward()).toBe(false);
    expect(t.knownEnd).toBe(3);
    expect(t.atEnd).toBe(true);
    expect(t.back()).toBe(true);
    expect(t.state).toEqual({ n: 2, bonus: 0 });
    expect(t.jump(99)).toBe(3);
  });

  it('an action takes a position of its own at its atStep', () => {
    const { engine } = counter(10);
    const t = createTimeline(engine, { limit: 10 }, 0, [{ atStep: 2, action: { add: 5 } }]);
    t.jump(4);
    // 0 → 1 (step) → 2 (step) → 3 (action) → 4 (step)
    expect(t.state).toEqual({ n: 3, bonus: 5 });
    t.back();
    expect(t.state).toEqual({ n: 2, bonus: 5 });
    expect(t.events.map((e) => e.kind)).toEqual(['add']);
  });

  it('actions at the same position apply together, in order', () => {
    const { engine } = counter(10);
    const t = createTimeline(engine, { limit: 10 }, 0, [
      { atStep: 1, action: { add: 1 } },
      { atStep: 1, action: { add: 10 } },
    ]);
    t.jump(2);
    expect(t.state).toEqual({ n: 1, bonus: 11 });
    expect(t.events.map((e) => e.kind)).toEqual(['add', 'add']);
  });

  it('intervening in the past drops the recorded future, like an undo history', () => {
    const { engine } = counter(100);
    const t = createTimeline(engine, { limit: 100 }, 0, [
      { atStep: 3, action: { add: 1 } },
      { atStep: 8, action: { add: 2 } },
    ]);
    t.jump(12);
    expect(t.state).toEqual({ n: 10, bonus: 3 });
    t.jump(5);
    const events = t.intervene({ add: 100 });
    expect(events.map((e) => e.kind)).toEqual(['add']);
    expect(t.position).toBe(6);
    expect(t.actions).toEqual([
      { atStep: 3, action: { add: 1 } },
      { atStep: 5, action: { add: 100 } },
    ]);
    t.jump(12);
    // 12 positions: 10 steps + 2 actions, bonus from the kept and the new action only.
    expect(t.state).toEqual({ n: 10, bonus: 101 });
  });

  it('keeps memory bounded on long runs: few checkpoints, replay from the nearest', () => {
    const { engine, calls } = counter(1_000_000);
    const t = createTimeline(engine, { limit: 1_000_000 }, 0, [], { checkpointEvery: 8, maxCheckpoints: 16, cacheSize: 4 });
    t.jump(50_000);
    expect(t.state.n).toBe(50_000);
    expect(t.checkpointCount).toBeLessThanOrEqual(16);
    calls.step = 0;
    t.back();
    expect(t.state.n).toBe(49_999);
    // Rebuilt from a checkpoint, not from position 0.
    expect(calls.step).toBeLessThan(50_000 / 4);
    calls.step = 0;
    t.back();
    t.back();
    // The replay above kept a small window, so these were cache hits.
    expect(calls.step).toBe(0);
    expect(t.state.n).toBe(49_997);
  });

  it('eventsBetween replays a range for a log', () => {
    const { engine } = counter(20);
    const t = createTimeline(engine, { limit: 20 }, 0, [{ atStep: 4, action: { add: 1 } }]);
    const log = t.eventsBetween(2, 6);
    expect(log.map((x) => x.position)).toEqual([3, 4, 5, 6]);
    expect(log.map((x) => x.events[0]!.kind)).toEqual(['tick', 'tick', 'add', 'tick']);
    expect(t.position).toBe(0);
  });
});

describe('timeline over the GMP engine', () => {
  it('back, forward and jump give the same states as a fresh replay', () => {
    const sc = gmpEngine.scenarios.find((s) => s.id === 'work-stealing')!;
    const t = createTimeline(gmpEngine, sc.config, sc.seed, sc.actions, { checkpointEvery: 4, cacheSize: 3, maxCheckpoints: 4 });
    const fresh: string[] = [];
    let s = gmpEngine.init(sc.config, sc.seed);
    fresh.push(JSON.stringify(s));
    for (let i = 0; i < 60; i++) {
      s = gmpEngine.step(s).state;
      fresh.push(JSON.stringify(s));
    }
    for (const k of [17, 3, 60, 59, 58, 0, 33, 34, 12]) {
      t.jump(k);
      expect(JSON.stringify(t.state)).toBe(fresh[k]);
    }
    t.jump(40);
    for (let k = 39; k >= 30; k--) {
      t.back();
      expect(JSON.stringify(t.state)).toBe(fresh[k]);
    }
  });
});
