// Each atomic step of TryPush and TryPop, as the Go code does it.
import { describe, expect, it } from 'vitest';
import { apply, check, currentLine, init, ringSource, step } from '../../../simulators/spsc/index.ts';
import { cfg, run } from './helpers.ts';

describe('TryPush, step by step (after-write, cached indices)', () => {
  const s0 = init(cfg(), 1);
  const src = ringSource(s0.config);
  const lineText = (n: number | null) => src.text.split('\n')[n! - 1]!;

  it('starts both sides at their first line', () => {
    expect(lineText(currentLine(s0, 'producer'))).toContain('t := r.tail.Load()');
    expect(lineText(currentLine(s0, 'consumer'))).toContain('h := r.head.Load()');
  });

  it('load reads tail and, with the cached head showing room, skips the consumer\'s head', () => {
    const r = apply(s0, { type: 'run', side: 'producer' });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.kind).toBe('tail.Load');
    expect(r.events[0]!.source).toEqual({ file: 'sync/atomic/type.go', func: 'Load', receiver: 'x *Uint64' });
    expect(r.state.producer.pc).toBe('write');
    expect(r.state.producer.t).toBe(0);
    expect(r.state.counters.remoteIndexLoads).toBe(0);
    expect(lineText(currentLine(r.state, 'producer'))).toContain('r.buf[t&r.mask] = v');
  });

  it('write puts the value in the slot without publishing it; store publishes it', () => {
    let s = run(s0, 'producer');
    s = run(s, 'producer');
    expect(s.slots).toEqual([1, null, null, null]);
    expect(s.slotSeq[0]).toBe(0);
    expect(s.tail).toBe(0);
    expect(s.producer.pc).toBe('store');
    const r = apply(s, { type: 'run', side: 'producer' });
    expect(r.events[0]!.kind).toBe('tail.Store');
    expect(r.events[0]!.source.func).toBe('Store');
    expect(r.state.tail).toBe(1);
    expect(r.state.producer.pushed).toBe(1);
    expect(r.state.producer.pc).toBe('load');
  });

  it('reloads head only when the cached head says full', () => {
    let s = init(cfg({ capacity: 2, producer: [1, 2, 3], pops: 3 }), 1);
    for (let i = 0; i < 6; i++) s = run(s, 'producer'); // two pushes, 3 steps each
    expect(s.tail).toBe(2);
    expect(s.counters.remoteIndexLoads).toBe(0);
    s = run(s, 'producer'); // load: cached head 0, tail 2: looks full
    expect(s.producer.pc).toBe('remote');
    const r = apply(s, { type: 'run', side: 'producer' }); // head.Load: still full, spin
    expect(r.events[0]!.kind).toBe('head.Load');
    expect(r.events[0]!.narration.key).toBe('spsc.push.remote.full');
    expect(r.state.counters.remoteIndexLoads).toBe(1);
    expect(r.state.producer.pc).toBe('load');
    expect(r.state.producer.spins).toBe(1);
  });
});

describe('TryPop, step by step', () => {
  it('on an empty ring: load, then a tail load that finds it empty, then a spin', () => {
    let s = init(cfg(), 1);
    s = run(s, 'consumer');
    expect(s.consumer.pc).toBe('remote');
    const r = apply(s, { type: 'run', side: 'consumer' });
    expect(r.events[0]!.kind).toBe('tail.Load');
    expect(r.events[0]!.narration.key).toBe('spsc.pop.remote.empty');
    expect(r.state.consumer.pc).toBe('load');
    expect(r.state.consumer.spins).toBe(1);
    expect(r.state.counters.remoteIndexLoads).toBe(1);
  });

  it('read, clear and store: the value reaches received only when TryPop returns', () => {
    let s = init(cfg(), 1);
    for (let i = 0; i < 3; i++) s = run(s, 'producer');
    s = run(s, 'consumer'); // load: cached tail 0 == head: looks empty
    s = run(s, 'consumer'); // tail.Load: 1
    expect(s.cachedTail).toBe(1);
    expect(s.consumer.pc).toBe('read');
    s = run(s, 'consumer');
    expect(s.consumer.v).toBe(1);
    expect(s.received).toEqual([]);
    s = run(s, 'consumer'); // clear
    expect(s.slots[0]).toBeNull();
    const r = apply(s, { type: 'run', side: 'consumer' });
    expect(r.events[0]!.kind).toBe('head.Store');
    expect(r.state.head).toBe(1);
    expect(r.state.received).toEqual([1]);
    expect(r.state.receivedCount).toBe(1);
    expect(check(r.state)).toEqual([]);
  });

  it('without cached indices every call loads the other side\'s index', () => {
    let s = init(cfg({ cachedIndices: false }), 1);
    s = run(s, 'producer');
    expect(s.producer.pc).toBe('remote');
    s = run(s, 'producer');
    expect(s.counters.remoteIndexLoads).toBe(1);
    expect(s.producer.pc).toBe('write');
    const src = ringSource(s.config);
    expect(currentLine(s, 'producer')).toBe(src.lines.producer.write);
    expect(src.text.split('\n')[src.lines.producer.remote - 1]).toContain('h := r.head.Load()');
  });
});

describe('step()', () => {
  it('never modifies its input and replays a schedule exactly', () => {
    const s0 = init(cfg({ schedule: [1, 1, 0, 0, 0, 1] }), 99);
    const before = JSON.stringify(s0);
    let s = s0;
    const sides: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = step(s);
      sides.push(String(r.events[0]!.actors['side']![0]));
      s = r.state;
    }
    expect(JSON.stringify(s0)).toBe(before);
    expect(sides).toEqual(['consumer', 'consumer', 'producer', 'producer', 'producer', 'consumer']);
    expect(s.schedPos).toBe(6);
  });

  it('gives an entry naming a side that cannot move to the other side', () => {
    let s = init(cfg({ producer: [5], pops: 1, schedule: [0, 0, 0, 0, 0] }), 1);
    for (let i = 0; i < 5; i++) s = step(s).state;
    expect(s.producer.pc).toBe('done');
    expect(s.consumer.pc).toBe('read'); // entries 4 and 5 ran the consumer: load, then tail.Load
  });

  it('returns no events once the run is over', () => {
    let s = init(cfg({ producer: [1], pops: 1 }), 3);
    for (let i = 0; i < 50; i++) s = step(s).state;
    const r = step(s);
    expect(r.events).toEqual([]);
    expect(r.state).toBe(s);
  });
});
