// Where objects live: lanes per root slot, columns by distance, fixed for the whole run.
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../simulators/gc/index.ts';
import { allocName, buildPlan, DENSE_OVER, planFor } from '../../../src/simulators/gc/plan.ts';
import { frames, scenario } from './helpers.ts';

describe('buildPlan', () => {
  it('puts each object in the lane of the root slot that reaches it first, one column per hop', () => {
    const plan = buildPlan(scenario('no-barrier').config);
    // globals g0 → A, g1 → B → C; G1 has an empty stack.
    expect(plan.lanes.map((l) => l.kind)).toEqual(['global', 'global', 'empty']);
    expect(plan.cells.get('A')).toEqual({ lane: 0, col: 1, row: 0 });
    expect(plan.cells.get('B')).toEqual({ lane: 1, col: 1, row: 0 });
    expect(plan.cells.get('C')).toEqual({ lane: 1, col: 2, row: 0 });
    expect(plan.cols).toBe(2);
    expect(plan.groups.map((g) => g.kind)).toEqual(['globals', 'stack']);
    expect(plan.dense).toBe(false);
  });

  it('gives a stack slot its own lane and places an object allocated into it beside the slot', () => {
    const four = buildPlan(scenario('hybrid-four').config);
    const g2 = four.lanes.findIndex((l) => l.kind === 'stack' && l.g === 1);
    expect(four.cells.get('B2')).toEqual({ lane: g2, col: 1, row: 0 });
    const g4 = four.lanes.findIndex((l) => l.kind === 'stack' && l.g === 3);
    expect(four.cells.get(allocName(3, 0))).toEqual({ lane: g4, col: 1, row: 0 });
    // G3 has no stack slot: an empty lane keeps its box.
    expect(four.lanes.some((l) => l.kind === 'empty' && l.root === 2)).toBe(true);
  });

  it('lays out the large heap as dots: four list lanes, a "new" lane per goroutine, unreachable garbage last', () => {
    const plan = buildPlan(scenario('large-heap').config);
    expect(plan.dense).toBe(true);
    expect(Object.keys(scenario('large-heap').config.heap).length).toBeGreaterThan(DENSE_OVER);
    // List i: node k in column k+1 (row 0), its data in column k+2 (row 1), the data's child in column k+3 (row 2).
    expect(plan.cells.get('L2n0')).toMatchObject({ col: 1, row: 0 });
    expect(plan.cells.get('L2n5')).toMatchObject({ col: 6, row: 0 });
    expect(plan.cells.get('L2d5')).toMatchObject({ col: 7, row: 1 });
    expect(plan.cells.get('L2c5')).toMatchObject({ col: 8, row: 2 });
    expect(plan.lanes.filter((l) => l.kind === 'alloc')).toHaveLength(4);
    expect(plan.groups.at(-1)!.kind).toBe('none');
    expect(plan.cells.get('old0')!.lane).toBe(plan.groups.at(-1)!.lanes[0]);
    // Every object the run ever has is placed in advance, and no two share a cell.
    const cells = [...plan.cells.values()].map((c) => `${c.lane}:${c.col}:${c.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('never moves an object while the program runs, in any scenario', () => {
    for (const sc of scenarios) {
      const run = frames(sc.config, sc.seed, 400);
      const first = new Map<string, string>();
      for (const [i, { state }] of run.entries()) {
        if (sc.id === 'large-heap' && i % 10 !== 0) continue;
        const plan = planFor(state);
        for (const name of Object.keys(state.objects)) {
          const c = plan.cells.get(name);
          expect(c, `${sc.id}: ${name}`).toBeDefined();
          const where = JSON.stringify(c);
          expect(first.get(name) ?? where, `${sc.id}: ${name} moved`).toBe(where);
          first.set(name, where);
        }
      }
    }
  });
});
