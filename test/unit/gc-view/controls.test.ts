// The settings keep the interleaving; "find a losing interleaving" says what it found.
import { describe, expect, it } from 'vitest';
import { explore, init, isTerminal, lostObjects, movesOf, step } from '../../../simulators/gc/index.ts';
import type { GcConfig } from '../../../simulators/gc/types.ts';
import { answer, exploreLimit } from '../../../src/simulators/gc/find.ts';
import { carrySchedule, withSetting } from '../../../src/simulators/gc/reschedule.ts';
import { scenario } from './helpers.ts';

function endOf(c: GcConfig) {
  let s = init(c, 1);
  while (!isTerminal(s)) s = step(s).state;
  return s;
}

describe('withSetting', () => {
  it('keeps the moves of the interleaving as far as the new barrier allows them', () => {
    const c = scenario('dijkstra-stack').config;
    const hybrid = withSetting(c, { barrier: 'hybrid' });
    expect(hybrid.barrier).toBe('hybrid');
    const before = movesOf(c, c.schedule!);
    const after = movesOf(hybrid, hybrid.schedule!);
    // Same moves up to where the hybrid barrier's shade(*slot) changes the work list.
    expect(after).toEqual(before.slice(0, after.length));
    expect(after.slice(0, 5)).toEqual(['gcStart', 'markroot:0', 'markroot:globals', 'g:0', 'g:0']);
    // … and the hybrid barrier saves B on that same interleaving.
    expect(lostObjects(endOf(hybrid))).toEqual([]);
    expect(lostObjects(endOf(withSetting(c, { rescanStacks: true })))).toEqual([]);
    expect(lostObjects(endOf(c))).toEqual(['B']);
  });

  it('stops carrying moves at the first one the new setting does not allow', () => {
    const c = scenario('yuasa-stack').config; // scans the globals before the stack
    expect(carrySchedule(c, { ...c, stackBeforeHeap: true })).toEqual([0]);
  });
});

describe('answer', () => {
  it('loads the found schedule and names the lost object', () => {
    const c = scenario('dijkstra-stack').config;
    const r = explore(c);
    const a = answer(c, r);
    expect(a.config?.schedule).toEqual(r.schedule);
    expect(a.message.en).toMatch(/^Found an interleaving that loses B: \d+ moves/);
    expect(a.message['zh-cn']).toContain('丢失 B');
    expect(lostObjects(endOf(a.config!))).toEqual(['B']);
  });

  it('says no losing interleaving exists when the search covered them all', () => {
    const c = { ...scenario('dijkstra-stack').config, barrier: 'hybrid' as const };
    const a = answer(c, explore(c));
    expect(a.config).toBeUndefined();
    expect(a.message.en).toMatch(/^No losing interleaving exists for this program: all 44 reachable states/);
    expect(a.message['zh-cn']).toMatch(/^这个程序不存在会丢失对象的交错/);
  });

  it('says the search stopped, not that none exists, when the limit cut it short', () => {
    const c = scenario('large-heap').config;
    expect(exploreLimit(c)).toBe(25_000);
    expect(exploreLimit(scenario('hybrid-four').config)).toBe(250_000);
    const a = answer(c, { lost: false, explored: 25_000, complete: false });
    expect(a.message.en).toBe('The search stopped at 25,000 states without finding a loss. This program has too many interleavings to search them all, so that is not a proof.');
    expect(a.message['zh-cn']).toContain('25,000');
  });
});
