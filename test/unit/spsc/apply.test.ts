// Reader interventions and refusals.
import { describe, expect, it } from 'vitest';
import { apply, init, narrator } from '../../../simulators/spsc/index.ts';
import { call, cfg } from './helpers.ts';

describe('apply', () => {
  it('run moves exactly one step of the chosen side', () => {
    const s = init(cfg(), 1);
    const r = apply(s, { type: 'run', side: 'consumer' });
    expect(r.events).toHaveLength(1);
    expect(r.state.steps).toBe(1);
    expect(r.state.consumer.pc).toBe('remote');
    expect(r.state.producer).toBe(s.producer);
  });

  it('call runs the side until its TryPush/TryPop returns', () => {
    const s = init(cfg(), 1);
    const r = apply(s, { type: 'call', side: 'producer' });
    expect(r.events.map((e) => e.kind)).toEqual(['tail.Load', 'TryPush', 'tail.Store']);
    expect(r.state.producer.pushed).toBe(1);
    const spin = apply(init(cfg(), 1), { type: 'call', side: 'consumer' });
    expect(spin.events.map((e) => e.narration.key)).toEqual(['spsc.pop.load.looksEmpty', 'spsc.pop.remote.empty']);
  });

  it('refuses a side that has returned, and junk, with a reason and the same state', () => {
    let s = init(cfg({ producer: [1], pops: 0 }), 1);
    s = call(s, 'producer').state;
    for (const a of [{ type: 'run', side: 'producer' }, { type: 'run', side: 'consumer' }, { type: 'jump' }, null, 42, { type: 'run', side: 'both' }]) {
      const r = apply(s, a as never);
      expect(r.state).toBe(s);
      expect(r.events).toHaveLength(1);
      expect(r.events[0]!.kind).toBe('invalidAction');
      const en = narrator.narrate(r.events[0]!.narration.key, r.events[0]!.narration.params, 'en');
      expect(en.length).toBeGreaterThan(20);
    }
    expect(narrator.narrate('spsc.invalidAction', { reason: 'done', side: 'producer' }, 'en')).toContain('pushed everything');
  });

  it('lets a side that can only spin be run, to watch it spin', () => {
    let s = init(cfg({ producer: [], pops: 1 }), 1);
    const r = apply(s, { type: 'call', side: 'consumer' });
    expect(r.state.consumer.spins).toBe(1);
    s = r.state;
    expect(s.consumer.pc).toBe('load');
  });
});
