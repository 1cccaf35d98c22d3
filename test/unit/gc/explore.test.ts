// explore(): every interleaving, deduplicated; the schedule it returns replays the loss.
import { describe, expect, it } from 'vitest';
import { applyMove, check, enabledMoves, explore, init, movesOf, scheduleFor, stateKey, step } from '../../../simulators/gc/index.ts';
import type { GcConfig, GcState } from '../../../simulators/gc/index.ts';
import { tiny } from './helpers.ts';

function replay(config: GcConfig, schedule: number[]): GcState {
  let s = init({ ...config, schedule }, 1);
  for (let i = 0; i < schedule.length; i++) s = step(s).state;
  return s;
}

const hide = tiny({ barrier: 'dijkstra' }, [{ op: 'write', dst: 's0', src: 'g0.0' }, { op: 'write', dst: 'g0.0', src: 'nil' }]);

describe('explore', () => {
  it('finds a loss, and its schedule reproduces it move by move', () => {
    const r = explore(hide);
    expect(r).toMatchObject({ lost: true, lostObjects: ['B'], complete: true });
    const end = replay(hide, r.schedule!);
    expect(check(end).map((v) => v.rule)).toEqual(['lost-object']);
    // Every state before the last move was still fine: the schedule stops at the loss.
    const before = replay(hide, r.schedule!.slice(0, -1));
    expect(check(before)).toEqual([]);
    expect(movesOf(hide, r.schedule!).at(-1)).toBe('gcMarkTermination');
  });

  it('proves the absence of a loss by covering every interleaving', () => {
    const r = explore({ ...hide, rescanStacks: true });
    expect(r).toMatchObject({ lost: false, complete: true });
    expect(r.schedule).toBeUndefined();
    expect(r.explored).toBeGreaterThan(10);
  });

  it('ignores a schedule in the config it is given', () => {
    const a = explore(hide);
    const b = explore({ ...hide, schedule: [4, 4, 4] });
    expect(b).toEqual(a);
  });

  it('deduplicates states: two goroutines touching disjoint roots commute', () => {
    const two: GcConfig = {
      barrier: 'hybrid',
      heap: { A: [null, null] },
      globals: ['A'],
      goroutines: [
        { stack: [null], ops: [{ op: 'write', dst: 's0', src: 'g0' }, { op: 'write', dst: 's0', src: 'nil' }] },
        { stack: [null], ops: [{ op: 'write', dst: 's0', src: 'g0' }, { op: 'write', dst: 's0', src: 'nil' }] },
      ],
    };
    const r = explore(two);
    expect(r.lost).toBe(false);
    // Count the paths without deduplication, up to mark termination, for comparison.
    let paths = 0;
    const todo: GcState[] = [init(two, 0)];
    while (todo.length > 0) {
      const s = todo.pop()!;
      if (s.phase === 'sweep') {
        paths++;
        continue;
      }
      for (const m of enabledMoves(s)) todo.push(applyMove(s, m));
    }
    expect(r.explored).toBeLessThan(paths);
  });

  it('stops at the limit and says it did not finish', () => {
    const r = explore({ ...hide, rescanStacks: true }, { limit: 5 });
    expect(r).toEqual({ lost: false, explored: 5, complete: false });
  });

  it('keys states by content, not by how they were reached', () => {
    const cfg = tiny({}, []);
    const a = init({ ...cfg, schedule: scheduleFor(cfg, ['gcStart', 'markroot:0', 'markroot:globals']) }, 1);
    const b = init({ ...cfg, schedule: scheduleFor(cfg, ['gcStart', 'markroot:globals', 'markroot:0']) }, 99);
    let x = a;
    let y = b;
    for (let i = 0; i < 3; i++) {
      x = step(x).state;
      y = step(y).state;
    }
    expect(stateKey(x)).toBe(stateKey(y));
    expect(stateKey(x)).not.toBe(stateKey(init(cfg, 1)));
  });
});
