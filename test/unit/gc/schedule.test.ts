// Schedules: what an entry means, replay, and the PRNG when no entry is left.
import { describe, expect, it } from 'vitest';
import { collectorMoves, enabledMoves, init, isTerminal, moveId, movesOf, scheduleFor, step } from '../../../simulators/gc/index.ts';
import type { GcConfig } from '../../../simulators/gc/index.ts';
import { tiny } from './helpers.ts';

const two: GcConfig = tiny({ goroutines: [{ stack: ['C'], ops: [{ op: 'write', dst: 's0', src: 'g0' }] }, { stack: [null], ops: [{ op: 'new', dst: 's0' }] }] });


describe('enabledMoves order', () => {
  it('lists the collector first, then the goroutines in order', () => {
    const s = step(init({ ...two, schedule: [0] }, 1)).state; // gcStart
    expect(enabledMoves(s).map(moveId)).toEqual(['markroot:0', 'markroot:1', 'markroot:globals', 'g:0', 'g:1']);
    expect(collectorMoves(s)).toHaveLength(3);
  });
});

describe('schedules', () => {
  it('scheduleFor and movesOf are inverses', () => {
    const moves = ['g:1', 'gcStart', 'markroot:globals', 'g:0', 'scanobject:A', 'markroot:1', 'markroot:0', 'scanobject:B', 'scanobject:n1_0'];
    const sched = scheduleFor(two, moves);
    expect(movesOf(two, sched)).toEqual(moves);
    expect(() => scheduleFor(two, ['scanobject:A'])).toThrow(/not enabled/);
  });

  it('replays exactly, whatever the seed, and entries are taken modulo the number of moves', () => {
    const sched = scheduleFor(two, ['g:1', 'gcStart', 'g:0']);
    const a = init({ ...two, schedule: sched }, 1);
    // 3, 2 and 4 moves are enabled at those turns: adding multiples of them changes nothing.
    const b = init({ ...two, schedule: sched.map((k, i) => k + 7 * [3, 2, 4][i]!) }, 12345);
    let x = a;
    let y = b;
    for (let i = 0; i < sched.length; i++) {
      const rx = step(x);
      const ry = step(y);
      expect(ry.events).toEqual(rx.events);
      x = rx.state;
      y = ry.state;
    }
    expect(x.schedPos).toBe(3);
    expect(x.goroutines.map((g) => g.pc)).toEqual([1, 1]);
  });

  it('after the schedule, the seeded PRNG picks: same seed same run, and different seeds differ', () => {
    const runs = [1, 1, 2, 3, 4, 5].map((seed) => {
      let s = init(two, seed);
      const trace: string[] = [];
      while (!isTerminal(s)) {
        const r = step(s);
        trace.push(r.events.map((e) => e.narration.key).join('+'));
        s = r.state;
      }
      return trace.join(' ');
    });
    expect(runs[1]).toBe(runs[0]);
    expect(new Set(runs).size).toBeGreaterThan(2);
  });
});
