// The contract suite every simulator engine runs (issue 7): call `engineContract(...)` from a
// property test file. It checks what the shell and the URL codec rely on, for any mechanism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeline } from '../../simulators/core/timeline.ts';
import type { Narrator } from '../../simulators/core/narrator.ts';
import type { Engine, SimEvent, TimedAction } from '../../simulators/core/types.ts';

export type ContractArbitraries<Config, Action> = {
  config: fc.Arbitrary<Config>;
  /** Reader interventions at timeline positions (may be empty for engines without actions). */
  actions: fc.Arbitrary<TimedAction<Action>[]>;
};

export type ContractOptions = {
  /** A strict narrator (createNarrator(table, { strict: true })): unknown keys throw. */
  narrator: Narrator;
  /** Longest run walked per case. Default 300. */
  maxPositions?: number;
  /** Runs of the check()-after-every-step property (the issue asks ≥ 10,000). */
  runs?: number;
};

/** Freezes a value and everything under it, so an engine that mutates its input throws there. */
export function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/** Timeline semantics: at position k the actions due at k are applied, otherwise one step. */
export function* positions<C, S, A>(
  engine: Engine<C, S, A>,
  config: C,
  seed: number,
  actions: readonly TimedAction<A>[],
  max: number,
  freeze = false,
): Generator<{ state: S; events: readonly SimEvent[] }> {
  const f = <T>(x: T): T => (freeze ? deepFreeze(x) : x);
  let s = f(engine.init(config, seed));
  yield { state: s, events: [] };
  for (let k = 0; k < max; k++) {
    const due = actions.filter((a) => a.atStep === k);
    let events: SimEvent[] = [];
    if (due.length > 0) {
      for (const a of due) {
        const r = engine.apply(s, f(a.action));
        s = f(r.state);
        events = events.concat(r.events);
      }
    } else {
      // Nothing to do but an action still ahead: an idle position, as the timeline makes one
      // (so position k here is position k there, and a URL's step names the same state).
      if (engine.isTerminal?.(s)) {
        if (actions.some((a) => a.atStep > k)) {
          yield { state: s, events: [] };
          continue;
        }
        return;
      }
      const r = engine.step(s);
      if (r.events.length === 0) {
        if (actions.some((a) => a.atStep > k)) {
          yield { state: s, events: [] };
          continue;
        }
        return;
      }
      s = f(r.state);
      events = r.events;
    }
    yield { state: s, events };
  }
}

export function engineContract<Config, State, Action>(
  name: string,
  engine: Engine<Config, State, Action>,
  arb: ContractArbitraries<Config, Action>,
  opts: ContractOptions,
): void {
  const max = opts.maxPositions ?? 300;
  const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });
  const run = (c: Config, s: number, a: TimedAction<Action>[], freeze = false) => [...positions(engine, c, s, a, max, freeze)];

  describe(`${name}: engine contract`, () => {
    it('check() is empty after every step and intervention, on frozen inputs, and every event is narrated in both locales', () => {
      fc.assert(
        fc.property(arb.config, seed, arb.actions, (config, s, actions) => {
          for (const { state, events } of positions(engine, deepFreeze(config), s, deepFreeze(actions), max, true)) {
            const v = engine.check(state);
            if (v.length > 0) throw new Error(`violations: ${JSON.stringify(v)}`);
            for (const e of events) {
              const en = opts.narrator.narrate(e.narration.key, e.narration.params, 'en');
              const zh = opts.narrator.narrate(e.narration.key, e.narration.params, 'zh-cn');
              if (!en || !zh) throw new Error(`empty caption for ${e.narration.key}`);
              if (e.kind !== 'invalidAction' && !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(e.source.func)) throw new Error(`event ${e.kind} has no runtime function`);
            }
          }
        }),
        { numRuns: opts.runs ?? 10_000 },
      );
    });

    it('is deterministic: the same config, seed and actions give the same run', () => {
      fc.assert(
        fc.property(arb.config, seed, arb.actions, (c, s, a) => {
          expect(JSON.stringify(run(c, s, a))).toBe(JSON.stringify(run(c, s, a)));
        }),
        { numRuns: 300 },
      );
    });

    it('states survive a JSON round trip, and the run continues identically from the copy', () => {
      fc.assert(
        fc.property(arb.config, seed, fc.integer({ min: 0, max: 60 }), (c, s, at) => {
          const states = run(c, s, [], false).map((p) => p.state);
          const mid = states[Math.min(at, states.length - 1)]!;
          const copy = JSON.parse(JSON.stringify(mid)) as State;
          expect(copy).toEqual(mid);
          let x: State = mid;
          let y: State = copy;
          for (let i = 0; i < 30 && !engine.isTerminal?.(x); i++) {
            const rx = engine.step(x);
            const ry = engine.step(y);
            expect(JSON.stringify(ry)).toBe(JSON.stringify(rx));
            x = rx.state;
            y = ry.state;
          }
        }),
        { numRuns: 300 },
      );
    });

    it('the timeline at any position equals a fresh replay', () => {
      fc.assert(
        fc.property(arb.config, seed, arb.actions, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (c, s, a, jumps) => {
          const ref = run(c, s, a);
          const tl = createTimeline(engine, c, s, a, { checkpointEvery: 8, cacheSize: 4 });
          for (const j of jumps) {
            const k = j % ref.length;
            tl.jump(k);
            expect(tl.position).toBe(k);
            expect(JSON.stringify(tl.state)).toBe(JSON.stringify(ref[k]!.state));
          }
        }),
        { numRuns: 200 },
      );
    });

    it('apply never throws on arbitrary input; a refusal leaves the state alone and says why', () => {
      fc.assert(
        fc.property(arb.config, seed, fc.anything(), (c, s, junk) => {
          const s0 = deepFreeze(engine.init(c, s));
          const r = engine.apply(s0, junk as Action);
          if (r.state === s0) {
            expect(r.events.length).toBeGreaterThan(0);
            expect(r.events[0]!.kind).toBe('invalidAction');
            expect(opts.narrator.narrate(r.events[0]!.narration.key, r.events[0]!.narration.params, 'en')).not.toBe(r.events[0]!.narration.key);
          } else expect(engine.check(r.state)).toEqual([]);
        }),
        { numRuns: 500 },
      );
    });

    it('every scenario runs (to its end or 2,000 positions) with every event narrated in both locales', () => {
      expect(engine.scenarios.length).toBeGreaterThan(0);
      for (const sc of engine.scenarios) {
        let n = 0;
        for (const { events } of positions(engine, sc.config, sc.seed, sc.actions, 2000)) {
          n++;
          for (const e of events) for (const l of ['en', 'zh-cn'] as const) opts.narrator.narrate(e.narration.key, e.narration.params, l);
        }
        expect(n, sc.id).toBeGreaterThan(1);
      }
    });
  });
}
