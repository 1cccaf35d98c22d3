// explore() as an oracle: exhaustive over small programs. after-write never breaks; before-write
// always yields a stale read, and the schedule replays it.
import { describe, expect, it } from 'vitest';
import { check, explore, init, scenarioById, STALE_READ_SCHEDULE, step, type SpscConfig } from '../../../simulators/spsc/index.ts';
import { range } from './helpers.ts';

function replay(config: SpscConfig, schedule: number[]) {
  let s = init({ ...config, schedule }, 0);
  for (let i = 0; i < schedule.length; i++) s = step(s).state;
  return s;
}

const small: SpscConfig[] = [];
for (const capacity of [2, 4])
  for (const scheme of ['free-running', 'one-slack'] as const)
    for (const cachedIndices of [true, false])
      for (const n of [0, 1, 3, 6])
        for (const pops of new Set([0, 1, n, n + 1])) small.push({ capacity, scheme, publish: 'after-write', cachedIndices, producer: range(n), pops });

describe('explore', () => {
  it('finds no violation in any after-write program (capacity ≤ 4, ≤ 6 values, both schemes, caches on and off)', () => {
    for (const c of small) {
      const r = explore(c);
      expect(r.violated, JSON.stringify(c)).toBe(false);
      expect(r.truncated).toBeUndefined();
      expect(r.explored).toBeGreaterThan(0);
    }
  });

  it('finds the stale read in every before-write program that pushes and pops at least one value, and the schedule replays it', () => {
    for (const c of small) {
      const bw = { ...c, publish: 'before-write' as const };
      const r = explore(bw);
      if (c.producer.length === 0 || c.pops === 0) {
        expect(r.violated, JSON.stringify(c)).toBe(false);
        continue;
      }
      expect(r.violated, JSON.stringify(c)).toBe(true);
      expect(r.rule).toBe('stale-read');
      const s = replay(bw, r.schedule!);
      expect(check(s)[0]!.rule).toBe('stale-read');
      // It is the last step of the schedule that breaks the rule.
      expect(check(replay(bw, r.schedule!.slice(0, -1)))).toEqual([]);
    }
  });

  it('the stale-read scenario stores the schedule explore finds', () => {
    const sc = scenarioById('stale-read')!;
    const r = explore(sc.config);
    expect(r.schedule).toEqual([...STALE_READ_SCHEDULE]);
    expect(sc.config.schedule).toEqual([...STALE_READ_SCHEDULE]);
    let s = init(sc.config, sc.seed);
    for (const _ of STALE_READ_SCHEDULE) s = step(s).state;
    expect(check(s).map((v) => v.rule)).toEqual(['stale-read']);
    expect(s.received).toEqual([]);
    expect(s.consumer.v).toBeNull(); // it read the zero value
  });

  it('a stale read ends in lost and duplicated values when the run goes on', () => {
    const sc = scenarioById('stale-read')!;
    let s = init(sc.config, sc.seed);
    for (let i = 0; i < 500; i++) s = step(s).state;
    const rules = check(s).map((v) => v.rule);
    expect(rules).toContain('stale-read');
    expect(rules).toContain('fifo');
    expect(s.received[0]).toBe(0); // the zero value, where 1 was pushed
  });

  it('dedups spins: a producer facing a consumer that never pops explores a handful of states', () => {
    const r = explore({ capacity: 2, scheme: 'free-running', publish: 'after-write', producer: range(5), pops: 0 });
    expect(r.violated).toBe(false);
    expect(r.explored).toBeLessThan(20);
  });

  it('stops at maxStates and says so', () => {
    const r = explore({ capacity: 4, scheme: 'free-running', publish: 'after-write', producer: range(6), pops: 6 }, { maxStates: 50 });
    expect(r.truncated).toBe(true);
    expect(r.violated).toBe(false);
  });
});
