// Captions: both locales for every key, none starting with the linked function name, and every
// event of every scenario narrated by a strict narrator.
import { describe, expect, it } from 'vitest';
import { createNarrator } from '../../../simulators/core/narrator.ts';
import { NARRATION, OVERSHOOT_RULE, SIMPLIFICATIONS, apply, init, isTerminal, scenarios, step } from '../../../simulators/pacer/index.ts';
import type { SimEvent } from '../../../simulators/core/types.ts';
import type { PacerConfig, PacerState } from '../../../simulators/pacer/index.ts';

const strict = createNarrator(NARRATION, { strict: true });
const CJK = /[\u4e00-\u9fff]/;

const MiB = 1 << 20;
const ACTIONS: unknown[] = [
  { type: 'setGogc', value: 50 },
  { type: 'setGogc', value: -1 },
  { type: 'setMemoryLimit', bytes: 64 * MiB },
  { type: 'setMemoryLimit', bytes: null },
  { type: 'setGomaxprocs', n: 2 },
  { type: 'forceGC' },
  { type: 'bogus' },
];

/** Every event of a run, plus every action tried at a few points (between cycles, in a mark, just triggered, after exit). */
function eventsOf(config: PacerConfig, limit = 3000): SimEvent[] {
  let s = init(config, 1);
  const out: SimEvent[] = [];
  const probes: PacerState[] = [];
  for (let i = 0; i < limit && !isTerminal(s); i++) {
    const r = step(s);
    s = r.state;
    out.push(...r.events);
    if ((s.mark && probes.length === 0) || (s.pending && probes.length === 1) || (!s.mark && !s.pending && probes.length === 2)) probes.push(s);
  }
  probes.push(s);
  for (const p of probes) for (const a of ACTIONS) out.push(...apply(p, a).events);
  // Follow a GOMAXPROCS change made during a cycle to its procresize.
  if (probes[0]?.mark) {
    let q = apply(probes[0], { type: 'setGomaxprocs', n: 3 }).state;
    for (let i = 0; i < 20 && !isTerminal(q); i++) {
      const r = step(q);
      q = r.state;
      out.push(...r.events);
    }
  }
  return out;
}

const RARE: PacerConfig[] = [
  // No allocation: a forced cycle sees no heap growth (endCycle skips); two minutes idle → time trigger.
  { gogc: 100, memoryLimit: null, gomaxprocs: 1, workload: [{ duration: 250, allocRate: 0, live: 8 * MiB, stacks: 0, globals: 4096 }] },
  // GOGC=off and no limit: no trigger.
  { gogc: -1, memoryLimit: null, gomaxprocs: 2, workload: [{ duration: 1, allocRate: MiB, live: MiB, stacks: 0, globals: 0 }] },
];

describe('pacer narration', () => {
  const all = [...scenarios.map((sc) => sc.config), ...RARE].flatMap((c) => eventsOf(c));
  {
    // A forced cycle with no allocation at all: endCycle has nothing to measure.
    let s = apply(init(RARE[0]!, 1), { type: 'forceGC' }).state;
    for (let i = 0; i < 12; i++) {
      const r = step(s);
      s = r.state;
      all.push(...r.events);
    }
  }
  it('covers every key the scenarios emit, in both locales, without starting with the function name', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const e of all) {
      const en = strict.narrate(e.narration.key, e.narration.params, 'en');
      const zh = strict.narrate(e.narration.key, e.narration.params, 'zh-cn');
      expect(en.length).toBeGreaterThan(10);
      expect(zh).toMatch(CJK);
      expect(en.startsWith(e.source.func), `${e.narration.key}: ${en}`).toBe(false);
      expect(zh.startsWith(e.source.func), `${e.narration.key}: ${zh}`).toBe(false);
      expect(en).not.toMatch(/undefined|NaN|Infinity/);
      expect(zh).not.toMatch(/undefined|NaN|Infinity/);
    }
  });
  it('names the formula and its numbers', () => {
    const commit = all.find((e) => e.narration.key === 'pacer.commit' && e.narration.params.gogc === 100 && Number(e.narration.params.raw) > Number(e.narration.params.heapMin))!;
    expect(strict.narrate('pacer.commit', commit.narration.params, 'en')).toMatch(/^GOGC goal = [\d.]+ [KM]iB \+ \([\d.]+ [KM]iB \+ [\d.]+ [KM]iB \+ [\d.]+ [KM]iB\) × 100\/100 = [\d.]+ MiB\./);
    const g = strict.narrate('pacer.commit', { ...commit.narration.params, heapMarked: 8 << 20, stacks: 1 << 20, globals: 1 << 20, raw: 18 << 20, limit: -1, goal: 18 << 20, regime: 'gogc' }, 'en');
    expect(g).toBe('GOGC goal = 8 MiB + (8 MiB + 1 MiB + 1 MiB) × 100/100 = 18 MiB. Goal: 18 MiB.');
  });
  it('has no caption key without a use', () => {
    const used = new Set(all.map((e) => e.narration.key));
    expect(Object.keys(NARRATION).filter((k) => !used.has(k))).toEqual([]);
  });
  it('states each simplification once, in both locales', () => {
    const ids = SIMPLIFICATIONS.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of SIMPLIFICATIONS) expect(n.text['zh-cn']).toMatch(CJK);
    expect(OVERSHOOT_RULE['zh-cn']).toMatch(CJK);
  });
});
