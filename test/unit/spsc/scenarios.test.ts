// Every scenario shows what its summary promises.
import { describe, expect, it } from 'vitest';
import { check, init, isTerminal, RECEIVED_WINDOW, ringSource, scenarioById, scenarios, step, used, validateConfig, type SpscState } from '../../../simulators/spsc/index.ts';
import { range } from './helpers.ts';

function walk(id: string, max = 10_000): SpscState[] {
  const sc = scenarioById(id)!;
  let s = init(sc.config, sc.seed);
  const out = [s];
  while (!isTerminal(s) && out.length < max) {
    s = step(s).state;
    out.push(s);
  }
  return out;
}
const maxUsed = (ss: SpscState[]) => Math.max(...ss.map((s) => used(s.config, s.tail, s.head)));
const last = <T>(xs: T[]) => xs[xs.length - 1]!;

describe('scenarios', () => {
  it('have unique ids, valid configs, both locales and the ring source for their config', () => {
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    for (const sc of scenarios) {
      expect(validateConfig(sc.config).ok, sc.id).toBe(true);
      for (const l of ['en', 'zh-cn'] as const) {
        expect(sc.title[l].length).toBeGreaterThan(3);
        expect(sc.summary[l].length).toBeGreaterThan(40);
      }
      expect(sc.source).toBe(ringSource(sc.config).text);
    }
  });

  it('fill, wrap and drain: fills 4 slots, refuses one push, wraps into slots 0 and 1, drains', () => {
    const ss = walk('fill-wrap-drain');
    expect(maxUsed(ss)).toBe(4);
    const end = last(ss);
    expect(end.received).toEqual(range(6));
    expect(end.producer.spins).toBe(1);
    expect(end.slotSeq).toEqual([4, 5, 2, 3]);
    expect(end.tail).toBe(6);
    expect(check(end)).toEqual([]);
  });

  it('free-running boundaries: 4 values in 4 slots; both sides turned away', () => {
    const ss = walk('boundaries-free-running');
    expect(maxUsed(ss)).toBe(4);
    expect(last(ss).producer.spins).toBe(1);
    expect(last(ss).consumer.spins).toBe(2);
  });

  it('one-slack boundaries: 3 values in 4 slots', () => {
    const ss = walk('boundaries-one-slack');
    expect(maxUsed(ss)).toBe(3);
    expect(last(ss).producer.spins).toBe(1);
    expect(last(ss).received).toEqual(range(6));
  });

  it('cached indices: the same values with fewer remote index loads', () => {
    const a = last(walk('cached-indices'));
    const b = last(walk('no-cached-indices'));
    expect(a.received).toEqual(b.received);
    expect(a.counters.remoteIndexLoads * 2).toBeLessThan(b.counters.remoteIndexLoads);
  });

  it('false sharing: more line transfers without padding', () => {
    const a = last(walk('false-sharing'));
    const b = last(walk('padded'));
    expect(a.steps).toBe(b.steps);
    expect(a.counters.lineTransfers).toBeGreaterThan(b.counters.lineTransfers * 1.5);
  });

  it('indices past 2^32: tail wraps below head and the values still arrive in order', () => {
    const ss = walk('uint32-wrap');
    expect(ss.some((s) => s.tail < s.head)).toBe(true);
    expect(last(ss).received).toEqual(range(8));
    expect(ss.every((s) => check(s).length === 0)).toBe(true);
  });

  it('streams 100,000 values through 1,024 slots within the timeline\'s million positions', () => {
    const sc = scenarioById('stream-100k')!;
    let s = init(sc.config, sc.seed);
    while (!isTerminal(s)) s = step(s).state;
    expect(s.receivedCount).toBe(100_000);
    expect(s.steps).toBeLessThan(1_000_000);
    expect(s.received).toHaveLength(RECEIVED_WINDOW);
    expect(s.received).toEqual(range(RECEIVED_WINDOW, 100_000 - RECEIVED_WINDOW + 1));
    expect(check(s)).toEqual([]);
  });
});
