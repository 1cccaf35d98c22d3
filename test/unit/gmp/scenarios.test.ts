// Every scenario: well-formed, runs to its end with the invariants holding, and shows its rule.
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../simulators/core/types.ts';
import { check, currentLine, init, narrate, narrationKeys, scenarios, step, validateConfig } from '../../../simulators/gmp/index.ts';
import type { GmpState, Op } from '../../../simulators/gmp/types.ts';

function allOps(body: Op[]): Op[] {
  return body.flatMap((op) => (op.op === 'go' ? [op, ...allOps(op.body)] : [op]));
}

type Run = { states: GmpState[]; events: SimEvent[][] };
const runs = new Map<string, Run>();
function runScenario(id: string): Run {
  const hit = runs.get(id);
  if (hit) return hit;
  const sc = scenarios.find((s) => s.id === id)!;
  let s = init(sc.config, sc.seed);
  const states = [s];
  const events: SimEvent[][] = [[]];
  for (let i = 0; i < 5000; i++) {
    const r = step(s);
    if (r.events.length === 0) break;
    s = r.state;
    states.push(s);
    events.push(r.events);
  }
  const out = { states, events };
  runs.set(id, out);
  return out;
}
const firstIndex = (r: Run, k: string) => r.events.findIndex((es) => es.some((e) => e.narration.key === k));

describe('scenario definitions', () => {
  it('has the ten required scenarios with unique ids', () => {
    expect(scenarios.map((s) => s.id)).toEqual([
      'go-runnext',
      'runq-overflow',
      'work-stealing',
      'syscall-handoff',
      'preempt-hog',
      'chan-pingpong',
      'global-fairness',
      'goroutine-leak',
      'gomaxprocs-1',
      'gomaxprocs-4',
    ]);
  });

  for (const sc of scenarios) {
    it(`${sc.id}: both locales, valid config, Go source with every op's line in it`, () => {
      for (const t of [sc.title, sc.summary]) {
        expect(t.en.length).toBeGreaterThan(3);
        expect(t['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(validateConfig(sc.config).ok).toBe(true);
      expect(sc.source).toMatch(/^package main\n/);
      expect(sc.source).toContain('func main()');
      const lines = sc.source.split('\n');
      for (const op of allOps(sc.config.main)) {
        expect(op.line, JSON.stringify(op)).toBeDefined();
        const text = lines[op.line! - 1]!;
        // The marked line says what the op does.
        const expectWord: Record<Op['op'], RegExp> = {
          compute: /spin\(|println/,
          go: /\bgo\b/,
          send: /<-/,
          recv: /<-/,
          syscall: /os\.|syscall/,
          sleep: /time\.(Sleep|After)/,
          gosched: /Gosched/,
        };
        expect(text, `${sc.id} line ${op.line} for ${op.op}`).toMatch(expectWord[op.op]);
      }
      expect(sc.actions).toEqual([]);
    });
  }
});

describe('scenario runs', () => {
  for (const sc of scenarios) {
    it(`${sc.id}: runs to its end with every invariant holding and every caption translated`, () => {
      const r = runScenario(sc.id);
      const end = r.states[r.states.length - 1]!;
      expect(end.halted).not.toBeNull();
      for (const s of r.states) expect(check(s)).toEqual([]);
      for (const e of r.events.flat()) {
        expect(narrationKeys).toContain(e.narration.key);
        for (const loc of ['en', 'zh-cn'] as const) {
          const text = narrate(e.narration.key, e.narration.params, loc);
          expect(text).not.toBe(e.narration.key);
          expect(text).toContain(e.source.func);
          expect(text).not.toMatch(/undefined|NaN/);
        }
      }
      // Running goroutines point at a source line of the scenario.
      for (const s of r.states.slice(0, 50)) {
        for (const m of s.ms) if (m.curg !== null && s.gs[m.curg]!.status === 'running' && currentLine(s, m.curg) !== undefined) {
          expect(currentLine(s, m.curg)).toBeLessThanOrEqual(sc.source.split('\n').length);
        }
      }
    });
  }

  it('go-runnext: runnext kicks, and the last G created runs first', () => {
    const r = runScenario('go-runnext');
    expect(firstIndex(r, 'gmp.runqput.kick')).toBe(2);
    const ex = r.events.flat().find((e) => e.kind === 'execute')!;
    expect(ex.narration).toMatchObject({ key: 'gmp.execute.inherit', params: { g: 4 } });
  });

  it('runq-overflow: runqputslow at the 258th go statement', () => {
    const r = runScenario('runq-overflow');
    expect(firstIndex(r, 'gmp.runqputslow.kick')).toBe(258);
    expect(r.states[258]!.globrunq.length).toBe(129);
  });

  it('syscall-handoff: retake, handoffp, then exitsyscall with no P and later with an idle P', () => {
    const r = runScenario('syscall-handoff');
    const order = ['gmp.retake.syscall', 'gmp.handoffp.work', 'gmp.exitsyscall.nop', 'gmp.exitsyscall.idle'].map((k) => firstIndex(r, k));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('preempt-hog: both hogs are preempted to the global queue at least once', () => {
    const r = runScenario('preempt-hog');
    const preempted = r.events.flat().filter((e) => e.narration.key === 'gmp.gopreempt_m').map((e) => e.narration.params['g']);
    expect(new Set(preempted)).toEqual(new Set([2, 3]));
  });

  it('chan-pingpong: main waits in the local queue until the pair is preempted', () => {
    const r = runScenario('chan-pingpong');
    const pre = firstIndex(r, 'gmp.preemptone');
    const mainRuns = r.events.findIndex((es, i) => i > 3 && es.some((e) => e.kind === 'execute' && e.narration.params['g'] === 1));
    expect(mainRuns).toBeGreaterThan(pre);
    expect(r.states[pre]!.now).toBeGreaterThanOrEqual(10_000_000);
  });

  it('global-fairness: main comes back from the global queue at schedtick 61 while local work remains', () => {
    const r = runScenario('global-fairness');
    const i = firstIndex(r, 'gmp.globrunqget.fairness');
    const e = r.events[i]!.find((x) => x.narration.key === 'gmp.globrunqget.fairness')!;
    expect(e.narration.params).toMatchObject({ g: 1, schedtick: 61 });
    expect(r.states[i]!.ps[0]!.runq.length).toBeGreaterThan(0);
  });

  it('gomaxprocs-1 vs gomaxprocs-4: the same program finishes sooner with more Ps', () => {
    const one = runScenario('gomaxprocs-1');
    const four = runScenario('gomaxprocs-4');
    const t1 = one.states[one.states.length - 1]!.now;
    const t4 = four.states[four.states.length - 1]!.now;
    // 8 × 2 ms of CPU: at least 16 ms on one P; with four Ps the CPU work alone needs ≥ 4 ms.
    expect(t1).toBeGreaterThanOrEqual(16_000_000);
    expect(t4).toBeGreaterThanOrEqual(4_000_000);
    expect(t4).toBeLessThan(t1 / 2);
  });
});
