// Property tests over random programs and random reader interventions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimEvent, TimedAction } from '../../../simulators/core/types.ts';
import { apply, check, init, narrate, narrationKeys, step } from '../../../simulators/gmp/index.ts';
import type { GmpAction, GmpConfig, GmpState } from '../../../simulators/gmp/types.ts';
import { actionsArb, configArb } from './arbitraries.ts';

const MAX_POS = 300;

/** Timeline semantics: at position k, the actions with atStep k are applied, else one step. */
function* positions(config: GmpConfig, seed: number, actions: TimedAction<GmpAction>[]): Generator<{ state: GmpState; events: SimEvent[] }> {
  let s = init(config, seed);
  yield { state: s, events: [] };
  for (let k = 0; k < MAX_POS; k++) {
    const due = actions.filter((a) => a.atStep === k);
    let events: SimEvent[] = [];
    if (due.length > 0) {
      for (const a of due) {
        const r = apply(s, a.action);
        s = r.state;
        events = events.concat(r.events);
      }
    } else {
      const r = step(s);
      if (r.events.length === 0) {
        if (actions.some((a) => a.atStep > k)) continue;
        return;
      }
      s = r.state;
      events = r.events;
    }
    yield { state: s, events };
  }
}

describe('GMP engine properties', () => {
  it('check() is empty after every step and every intervention; every event is narrated', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), actionsArb, (config, seed, actions) => {
        for (const { state, events } of positions(config, seed, actions)) {
          const v = check(state);
          if (v.length > 0) throw new Error(`violations: ${JSON.stringify(v)}`);
          for (const e of events) {
            if (!narrationKeys.includes(e.narration.key)) throw new Error(`no caption for ${e.narration.key}`);
            if (!narrate(e.narration.key, e.narration.params, 'en').includes(e.source.func)) throw new Error(`caption for ${e.narration.key} does not name ${e.source.func}`);
          }
          if (state.halted === 'throw') throw new Error('the model halted on an internal error');
        }
      }),
      { numRuns: 6000 },
    );
  });

  it('is deterministic: the same config, seed and actions give the same run', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), actionsArb, (config, seed, actions) => {
        const a = JSON.stringify([...positions(config, seed, actions)]);
        const b = JSON.stringify([...positions(config, seed, actions)]);
        expect(a).toBe(b);
      }),
      { numRuns: 1500 },
    );
  });

  it('states survive a JSON round trip, and the run continues identically from the copy', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 80 }), (config, seed, at) => {
        let s = init(config, seed);
        for (let i = 0; i < at; i++) {
          const r = step(s);
          if (r.events.length === 0) break;
          s = r.state;
        }
        const copy = JSON.parse(JSON.stringify(s)) as GmpState;
        expect(JSON.stringify(copy)).toBe(JSON.stringify(s));
        let x = s;
        let y = copy;
        for (let i = 0; i < 40; i++) {
          const rx = step(x);
          const ry = step(y);
          expect(JSON.stringify(ry)).toBe(JSON.stringify(rx));
          x = rx.state;
          y = ry.state;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('step and apply never modify their input', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: 1000 }), actionsArb, (config, seed, actions) => {
        const seen: [GmpState, string][] = [];
        for (const { state } of positions(config, seed, actions)) seen.push([state, JSON.stringify(state)]);
        for (const [state, json] of seen) expect(JSON.stringify(state)).toBe(json);
      }),
      { numRuns: 500 },
    );
  });

  it('apply never throws on arbitrary input and leaves the state alone when it refuses', () => {
    const s0 = init({ gomaxprocs: 2, main: [{ op: 'compute', us: 5000 }] }, 1);
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const r = apply(s0, junk);
        expect(r.events.length).toBeGreaterThan(0);
        if (r.events[0]!.kind === 'invalidAction') expect(r.state).toBe(s0);
        else expect(check(r.state)).toEqual([]);
      }),
      { numRuns: 2500 },
    );
  });
});
