// The engine on whole runs: events, goals and triggers against the formulas, actions, summaries.
import { describe, expect, it } from 'vitest';
import {
  apply,
  check,
  gcPercentHeapGoal,
  gctraceLine,
  heapSeries,
  init,
  isTerminal,
  memoryLimitHeapGoal,
  pacerEngine,
  runCycles,
  scenarioById,
  step,
  summary,
} from '../../../simulators/pacer/index.ts';
import type { PacerConfig, PacerState } from '../../../simulators/pacer/index.ts';
import type { SimEvent } from '../../../simulators/core/types.ts';

const MiB = 1024 * 1024;

function run(config: PacerConfig, maxSteps = 1_000_000): { s: PacerState; events: SimEvent[] } {
  let s = init(config, 1);
  const events: SimEvent[] = [];
  for (let i = 0; i < maxSteps && !isTerminal(s); i++) {
    const r = step(s);
    s = r.state;
    events.push(...r.events);
  }
  return { s, events };
}

const GCTRACE = /^gc \d+ @\d+\.\d{3}s \d+%: [\d.]+\+[\d.]+\+[\d.]+ ms clock, [\d.]+\+[\d.]+\/[\d.]+\/[\d.]+\+[\d.]+ ms cpu, \d+->\d+->\d+ MB, \d+ MB goal, \d+ MB stacks, \d+ MB globals, \d+ P( \(forced\))?$/;

describe('mark termination in two steps', () => {
  it('tells gcSweep, the new goal and the trigger in the next step, at the same instant', () => {
    let s = init(scenarioById('steady')!.config, 1);
    let r = step(s);
    while (!r.events.some((e) => e.kind === 'gcMarkTermination')) r = step((s = r.state));
    expect(r.events.map((e) => e.kind)).toEqual(['gcMarkTermination', 'endCycle']);
    const next = step(r.state);
    expect(next.events.map((e) => e.kind)).toEqual(['gcSweep', 'commit', 'trigger']);
    expect(next.state.now).toBe(r.state.now);
    expect(next.state.narrateNext).toEqual([]);
    // An intervention in between tells them first.
    const a = apply(r.state, { type: 'setGogc', value: 200 });
    expect(a.events.map((e) => e.kind)).toEqual(['gcSweep', 'commit', 'trigger', 'setGCPercent', 'commit', 'trigger']);
    // runCycles never leaves them pending.
    expect(runCycles(init(scenarioById('steady')!.config, 1), 3).narrateNext).toEqual([]);
  });
});

describe('a steady workload', () => {
  const { s, events } = run(scenarioById('steady')!.config);
  it('starts the first cycle at 61/64 of the 4 MiB minimum heap (cons/mark is 0, so no runway)', () => {
    expect(s.cycles[0]!.trigger).toBe(Math.floor((4 * MiB) / 64) * 61);
    expect(s.cycles[0]!.goal).toBe(4 * MiB);
  });
  it('sets each goal to heapMarked + (heapMarked + stacks + globals) × GOGC/100 from the previous cycle', () => {
    for (let i = 1; i < s.cycles.length; i++) {
      const prev = s.cycles[i - 1]!;
      expect(s.cycles[i]!.goal).toBe(gcPercentHeapGoal(prev.heap2, prev.stacks, prev.globals, 100));
    }
  });
  it('learns cons/mark = allocation rate / scan rate (32 MiB/s ÷ 1 GiB/s) and needs no assists', () => {
    expect(s.consMark).toBeCloseTo(32 / 1024, 12);
    expect(s.cycles.every((c) => c.assistCpu === 0)).toBe(true);
    // In the steady phase the trigger sits one runway below the goal.
    const last = s.cycles[s.cycles.length - 1]!;
    expect(last.trigger! + last.runway).toBeCloseTo(last.goal!, -1);
  });
  it('ends marking at the goal: allocation during marking equals the runway', () => {
    const last = s.cycles[s.cycles.length - 1]!;
    expect(Math.abs(last.heap1 - last.goal!) / last.goal!).toBeLessThan(1e-4);
  });
  it('records a gctrace line per cycle in Go\'s format', () => {
    for (const c of s.cycles) {
      expect(c.gctrace).toMatch(GCTRACE);
      expect(c.gctrace).toBe(gctraceLine(c));
    }
  });
  it('names the runtime function of every event and ends with main returning', () => {
    const kinds = new Set(events.map((e) => e.kind));
    for (const k of ['test', 'gcStart', 'startCycle', 'gcMarkDone', 'gcMarkTermination', 'endCycle', 'commit', 'trigger', 'gcSweep', 'end']) expect(kinds).toContain(k);
    expect(events[events.length - 1]!.kind).toBe('main');
    const commit = events.find((e) => e.kind === 'commit')!;
    expect(commit.source).toEqual({ file: 'runtime/mgcpacer.go', func: 'commit', receiver: 'c *gcControllerState' });
  });
  it('keeps the invariants', () => {
    expect(check(s)).toEqual([]);
  });
  it('sums up the run', () => {
    const sum = summary(s);
    expect(sum.gcCount).toBe(s.cycles.length);
    expect(sum.gcCpuPercent).toBeCloseTo((s.gcCpu / s.totalCpu) * 100, 12);
    expect(sum.peakHeap).toBe(Math.max(...s.cycles.map((c) => c.peakHeap)));
    expect(sum.worstAssist.cycle).toBeNull();
    const pts = heapSeries(s);
    expect(pts.length).toBe(s.cycles.length * 3 + 1);
    expect(pts.every((p, i) => i === 0 || p.t >= pts[i - 1]!.t)).toBe(true);
  });
});

describe('GOGC=off with GOMEMLIMIT (container)', () => {
  const sc = scenarioById('container')!;
  const { s } = run(sc.config);
  it('uses the memory-limit goal, 128 MiB − 9 MiB non-heap − 3 % = 121037129 bytes, once the heap is past its warm-up', () => {
    const steady = s.cycles.filter((c) => c.tSweepTerm > 1.1e9);
    expect(steady.length).toBeGreaterThan(5);
    for (const c of steady) {
      expect(memoryLimitHeapGoal(128 * MiB, 9 * MiB, 0, c.heap2)).toBe(121_037_129);
      expect(c.goal).toBe(121_037_129);
    }
  });
  it('stays under the limit', () => {
    expect(s.peakTotal).toBeLessThan(128 * MiB);
  });
});

describe('a growing live heap', () => {
  const { s } = run(scenarioById('growing')!.config);
  it('marks more than the last cycle predicted, and the goal grows with the live heap', () => {
    const goals = s.cycles.map((c) => c.goal!);
    expect(goals[goals.length - 1]!).toBeGreaterThan(goals[1]! * 5);
    const mid = s.cycles.filter((c) => c.tSweepTerm > 1e9 && c.tSweepTerm < 15e9);
    expect(mid.every((c) => c.heap2 > c.heap0 / 2)).toBe(true);
  });
});

describe('interventions', () => {
  const cfg = scenarioById('steady')!.config;
  function at(n: number): PacerState {
    let s = init(cfg, 1);
    for (let i = 0; i < n; i++) s = step(s).state;
    return s;
  }
  it('setGogc commits a new goal at once and the next cycle uses it', () => {
    const s0 = at(200);
    const r = apply(s0, { type: 'setGogc', value: 200 });
    expect(r.events.map((e) => e.kind)).toEqual(['setGCPercent', 'commit', 'trigger']);
    expect(r.state.gcPercent).toBe(200);
    let s = r.state;
    const n = s.numgc;
    while (s.numgc < n + 2) s = step(s).state;
    const c = s.cycles[s.cycles.length - 1]!;
    const prev = s.cycles[s.cycles.length - 2]!;
    expect(c.goal).toBe(gcPercentHeapGoal(prev.heap2, prev.stacks, prev.globals, 200));
    expect(s0.gcPercent).toBe(100); // input untouched
  });
  it('setMemoryLimit lowers the goal to the limit goal', () => {
    const s0 = at(200);
    const r = apply(s0, { type: 'setMemoryLimit', bytes: 40 * MiB });
    const commit = r.events.find((e) => e.kind === 'commit')!;
    expect(commit.narration.params.regime).toBe('limit');
    // non-heap = 1 MiB of stacks; whatever is above the limit already counts as overage.
    const overage = Math.floor(Math.max(s0.heapLive + 1 * MiB - 40 * MiB, 0));
    expect(commit.narration.params.goal).toBe(memoryLimitHeapGoal(40 * MiB, 1 * MiB, overage, s0.heapMarked));
    expect(check(r.state)).toEqual([]);
  });
  it('GOMAXPROCS waits for a running cycle, then resizes the limiter bucket', () => {
    let s = init(cfg, 1);
    while (!s.mark) s = step(s).state;
    const r = apply(s, { type: 'setGomaxprocs', n: 8 });
    expect(r.events[0]!.narration.key).toBe('pacer.gomaxprocs.wait');
    expect(r.state.gomaxprocs).toBe(4);
    s = r.state;
    let resized: SimEvent | undefined;
    while (!resized) {
      const x = step(s);
      s = x.state;
      resized = x.events.find((e) => e.kind === 'procresize');
    }
    expect(s.gomaxprocs).toBe(8);
    expect(s.limiter.capacity).toBe(8e9);
    expect(check(s)).toEqual([]);
  });
  it('runtime.GC() starts a forced cycle, printed with "(forced)"', () => {
    // Between cycles (mark termination's second half is a step of its own, so step counts shift).
    let s0 = at(50);
    while (s0.mark) s0 = step(s0).state;
    expect(s0.mark).toBeNull();
    let s = apply(s0, { type: 'forceGC' }).state;
    const n = s.numgc;
    while (s.numgc === n) s = step(s).state;
    const c = s.cycles[s.cycles.length - 1]!;
    expect(c.forced).toBe(true);
    expect(c.gctrace.endsWith(' (forced)')).toBe(true);
  });
  it('runtime.GC() during a cycle runs another full cycle after it', () => {
    let s = init(cfg, 1);
    while (!s.mark) s = step(s).state;
    const n = s.mark.n;
    s = apply(s, { type: 'forceGC' }).state;
    while (s.numgc < n) s = step(s).state;
    expect(s.cycles[s.cycles.length - 1]!.forced).toBe(false);
    while (s.numgc < n + 1) s = step(s).state;
    expect(s.cycles[s.cycles.length - 1]!.forced).toBe(true);
  });
  it('refuses malformed actions and actions after exit, leaving the state alone', () => {
    const s0 = at(3);
    for (const bad of [null, 42, { type: 'setGogc', value: 1e9 }, { type: 'setGomaxprocs', n: 0 }, { type: 'nope' }]) {
      const r = apply(s0, bad);
      expect(r.state).toBe(s0);
      expect(r.events[0]!.kind).toBe('invalidAction');
    }
    const { s } = run(cfg);
    expect(apply(s, { type: 'forceGC' }).events[0]!.narration.params.reason).toBe('exited');
  });
});

describe('GOGC=off without a limit', () => {
  const cfg: PacerConfig = { gogc: -1, memoryLimit: null, gomaxprocs: 2, workload: [{ duration: 600, allocRate: 64 * MiB, live: 10 * MiB, stacks: 1 * MiB, globals: 1 * MiB }] };
  it('never collects: a 10-minute workload is one step to the exit', () => {
    const { s, events } = run(cfg);
    expect(s.numgc).toBe(0);
    expect(events.map((e) => e.kind)).toEqual(['main']);
    expect(s.heapLive).toBeCloseTo(10 * MiB + 600 * 64 * MiB * 2, -3);
  });
  it('a forced cycle has no goal and survives a JSON round trip', () => {
    let s = apply(init(cfg, 1), { type: 'forceGC' }).state;
    while (s.numgc === 0) s = step(s).state;
    expect(s.cycles[0]!.goal).toBeNull();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
  it('with GOGC ≥ 0 sysmon forces a cycle after 2 minutes without one', () => {
    const c2: PacerConfig = { ...cfg, gogc: 10_000, workload: [{ duration: 400, allocRate: 1 * MiB, live: 64 * MiB, stacks: 1 * MiB, globals: 1 * MiB }] };
    const { s, events } = run(c2);
    expect(events.some((e) => e.narration.key === 'pacer.test.time')).toBe(true);
    const timed = s.cycles.filter((c) => c.kind === 'time');
    expect(timed.length).toBeGreaterThan(0);
    for (const c of timed) {
      const prev = s.cycles[c.n - 2]!;
      expect(c.tSweepTerm - prev.tEnd).toBeGreaterThan(120e9);
    }
  });
});

describe('runCycles (cycle granularity)', () => {
  it('ends in exactly the state stepping reaches, without touching its input', () => {
    for (const id of ['steady', 'death-spiral']) {
      const cfg = scenarioById(id)!.config;
      const s0 = init(cfg, 1);
      const before = JSON.stringify(s0);
      const fast = runCycles(s0);
      expect(JSON.stringify(s0)).toBe(before);
      expect(fast).toEqual(run(cfg).s);
    }
  });
  it('stops after the requested number of cycles', () => {
    const s = runCycles(init(scenarioById('steady')!.config, 1), 7);
    expect(s.numgc).toBe(7);
    expect(s.cycles.length).toBe(7);
    expect(runCycles(s, 3).numgc).toBe(10);
    expect(check(s)).toEqual([]);
  });
});

describe('the engine object', () => {
  it('exposes the platform API', () => {
    expect(pacerEngine.scenarios.map((x) => x.id)).toEqual(['steady', 'growing', 'spike', 'container', 'death-spiral']);
    expect(typeof pacerEngine.isTerminal).toBe('function');
  });
});
