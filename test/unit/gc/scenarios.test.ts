// Scenarios: the stored schedules still lose what they lose (and explore still finds a loss),
// the fixes do not lose it, and every op points into its Go source.
import { describe, expect, it } from 'vitest';
import { check, explore, floatingGarbage, init, isTerminal, lossTrail, scenarioById, scenarios, step, STORED_SCHEDULES } from '../../../simulators/gc/index.ts';
import type { GcScenario, GcState } from '../../../simulators/gc/index.ts';
import type { SimEvent } from '../../../simulators/core/types.ts';

function runScenario(sc: GcScenario, max = 5000): { states: GcState[]; events: SimEvent[] } {
  let s = init(sc.config, sc.seed);
  const states = [s];
  const events: SimEvent[] = [];
  for (let i = 0; i < max && !isTerminal(s); i++) {
    const r = step(s);
    s = r.state;
    states.push(s);
    events.push(...r.events);
  }
  return { states, events };
}

const firstLoss = (states: GcState[]) => states.findIndex((s) => check(s).some((v) => v.rule === 'lost-object'));

describe('losing scenarios', () => {
  for (const id of Object.keys(STORED_SCHEDULES) as (keyof typeof STORED_SCHEDULES)[]) {
    it(`${id}: explore still finds a loss, and the stored schedule reproduces it at its last move`, () => {
      const sc = scenarioById(id)!;
      const found = explore(sc.config);
      expect(found.lost).toBe(true);
      const { states } = runScenario(sc);
      expect(firstLoss(states)).toBe(STORED_SCHEDULES[id].length);
      // Sweep then frees it while it is still reachable.
      expect(check(states.at(-1)!).map((v) => v.rule)).toEqual(expect.arrayContaining(['lost-object', 'freed-reachable']));
      const trail = lossTrail(sc.config, sc.seed)!;
      expect(trail.at).toBe(STORED_SCHEDULES[id].length);
      expect(trail.lost).toEqual(found.lostObjects);
      expect(trail.events.length).toBeGreaterThan(0);
    });
  }
});

describe('scenarios that survive', () => {
  it('dijkstra-rescan: the same interleaving as dijkstra-stack, and the re-scan marks B', () => {
    const sc = scenarioById('dijkstra-rescan')!;
    expect(sc.config.schedule).toEqual(scenarioById('dijkstra-stack')!.config.schedule);
    const { states, events } = runScenario(sc);
    expect(firstLoss(states)).toBe(-1);
    expect(events.some((e) => e.narration.key === 'gc.greyobject' && e.narration.params.obj === 'B' && e.narration.params.from === 'stack:0')).toBe(true);
    expect(explore(sc.config).lost).toBe(false);
  });

  it('yuasa-stacks-first loses nothing on any interleaving', () => {
    const sc = scenarioById('yuasa-stacks-first')!;
    expect(firstLoss(runScenario(sc).states)).toBe(-1);
    expect(explore(sc.config).lost).toBe(false);
  });

  it('hybrid-four loses nothing on its staged race (each program alone is explored in programs.test.ts)', () => {
    expect(firstLoss(runScenario(scenarioById('hybrid-four')!).states)).toBe(-1);
  });

  it('hybrid-four: the barrier acts for three goroutines and G4 allocates black', () => {
    const { events } = runScenario(scenarioById('hybrid-four')!);
    const shadedBy = new Set(events.filter((e) => e.kind === 'shade').map((e) => e.actors.g![0]));
    expect([...shadedBy].sort()).toEqual([0, 1, 2]);
    expect(events.some((e) => e.kind === 'gcmarknewobject' && e.actors.obj![0] === 'n3_0')).toBe(true);
    expect(events.some((e) => e.narration.key === 'gc.gcWriteBarrier.hybrid.black')).toBe(true);
    expect(events.some((e) => e.narration.key === 'gc.gcWriteBarrier.hybrid.grey')).toBe(true);
  });
});

describe('large-heap', () => {
  const sc = scenarioById('large-heap')!;
  const { states, events } = runScenario(sc);
  const end = states.at(-1)!;

  it('has at least 200 objects and 4 goroutines, runs to the end of the cycle, and loses nothing', () => {
    expect(Object.keys(states[0]!.objects).length).toBeGreaterThanOrEqual(200);
    expect(sc.config.goroutines).toHaveLength(4);
    expect(isTerminal(end)).toBe(true);
    expect(firstLoss(states)).toBe(-1);
  });

  it('marks concurrently: goroutines run between the first and the last scanobject', () => {
    const scans = events.map((e, i) => (e.kind === 'scanobject' ? i : -1)).filter((i) => i >= 0);
    const between = events.slice(scans[0], scans.at(-1)).filter((e) => e.kind === 'writePointer' || e.kind === 'gcWriteBarrier');
    expect(between.length).toBeGreaterThan(100);
  });

  it('frees garbage dropped before marking reached it, and keeps floating garbage', () => {
    const freed = Object.entries(end.objects).filter(([, o]) => o.freed).map(([n]) => n);
    expect(freed.filter((n) => n.startsWith('old'))).toHaveLength(16);
    expect(freed.some((n) => /^L\dd\d+$/.test(n))).toBe(true);
    const markEnd = states.find((s) => s.phase === 'sweep')!;
    expect(floatingGarbage(markEnd).length).toBeGreaterThan(10);
  });
});

describe('every scenario', () => {
  it('has both locales, a Go source, and ops that point at lines of it', () => {
    const ids = new Set<string>();
    for (const sc of scenarios) {
      expect(ids.has(sc.id)).toBe(false);
      ids.add(sc.id);
      for (const t of [sc.title, sc.summary]) {
        expect(t.en.length).toBeGreaterThan(10);
        expect(t['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(sc.source).toMatch(/^package main\n/);
      const lines = sc.source.split('\n');
      for (const g of sc.config.goroutines) {
        for (const op of g.ops) {
          expect(op.line, sc.id).toBeDefined();
          const text = lines[op.line! - 1]!;
          // The source line does what the op does: a new op's line calls new, a write's line assigns.
          expect(text, `${sc.id}: ${JSON.stringify(op)}`).toMatch(op.op === 'new' ? /new\(T\)/ : /=/);
        }
      }
    }
    expect(scenarios.length).toBeGreaterThanOrEqual(7);
  });
});
