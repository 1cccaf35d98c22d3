// The readers' settings and the GC guide mode: slider positions round-trip, the guide's five graphs
// become runtime workloads and come back as the guide's own inputs, other workloads convert.
import { describe, expect, it } from 'vitest';
import { GUIDE_WORKLOADS, guideModel, init, scenarioById, validateConfig, WORKLOAD_IDS, type PacerConfig } from '../../../simulators/pacer/index.ts';
import { GUIDE_NO_LIMIT } from '../../../simulators/pacer/guide/index.ts';
import { guideInputs, guideRun, MODEL_FIXED_COST } from '../../../src/simulators/pacer/guide.ts';
import { GOGC_STEPS, gogcPosition, guidePhases, guideWorkloadOf, LIMIT_STEPS_MIB, limitAt, limitPosition, PROCS_STEPS, procsPosition, withWorkload, workloadValue, WORKLOAD_OPTIONS } from '../../../src/simulators/pacer/settings.ts';
import { mechanism } from '../../../src/simulators/pacer/mechanism.ts';

const MiB = 1 << 20;

describe('slider positions', () => {
  it('GOGC: a log-like scale ending in off; every position reads back', () => {
    expect(GOGC_STEPS.at(-1)).toBe(-1);
    GOGC_STEPS.forEach((v, i) => expect(gogcPosition(v)).toBe(i));
    for (let i = 1; i < GOGC_STEPS.length - 1; i++) expect(GOGC_STEPS[i]! / GOGC_STEPS[i - 1]!).toBeLessThanOrEqual(2.5);
    // A value from a link that is not a position lands on the nearest one.
    expect(GOGC_STEPS[gogcPosition(110)]).toBe(100);
    expect(GOGC_STEPS[gogcPosition(1)]).toBe(10);
  });
  it('GOMEMLIMIT: MiB steps ending in none', () => {
    expect(limitAt(LIMIT_STEPS_MIB.length - 1)).toBeNull();
    LIMIT_STEPS_MIB.forEach((_, i) => expect(limitPosition(limitAt(i))).toBe(i));
    expect(limitAt(limitPosition(100 * MiB))).toBe(100 * MiB);
    expect(limitAt(limitPosition(128 * MiB))).toBe(128 * MiB);
  });
  it('GOMAXPROCS', () => {
    PROCS_STEPS.forEach((v, i) => expect(procsPosition(v)).toBe(i));
  });
  it('every config a control writes is valid', () => {
    const base = scenarioById('death-spiral')!.config;
    for (const spec of mechanism.configControls!) {
      if (spec.type === 'range') for (let i = 0; i < spec.steps; i++) expect(validateConfig(spec.write(base, i)).ok, `${spec.id} ${i}`).toBe(true);
      if (spec.type === 'select') for (const o of spec.options.filter((o) => o.value !== 'custom')) expect(validateConfig(spec.write(base, o.value)).ok, `${spec.id} ${o.value}`).toBe(true);
    }
  });
});

describe('workloads', () => {
  it('the presets read back as themselves and bring their scenario’s other memory', () => {
    for (const id of WORKLOAD_IDS) {
      const c = withWorkload(scenarioById('steady')!.config, id);
      expect(workloadValue(c)).toBe(id);
      expect(c.otherMem ?? 0).toBe(scenarioById(id)!.config.otherMem ?? 0);
    }
  });
  it('a guide graph becomes phases on one CPU with the guide’s settings, and reads back', () => {
    for (const g of GUIDE_WORKLOADS) {
      const c = withWorkload(scenarioById('steady')!.config, `guide:${g.id}`);
      expect(workloadValue(c)).toBe(`guide:${g.id}`);
      expect(c.gomaxprocs).toBe(1);
      expect(c.otherMem).toBe(g.inputs.otherMem * MiB);
      expect(c.memoryLimit).toBe(g.inputs.memoryLimit >= GUIDE_NO_LIMIT ? null : g.inputs.memoryLimit * MiB);
      expect(validateConfig(c).ok).toBe(true);
      // Back to a preset restores its GOMAXPROCS.
      expect(withWorkload(c, 'steady').gomaxprocs).toBe(4);
    }
  });
  it('the steady guide graph keeps 20 MiB live after its first second', () => {
    const ps = guidePhases('gogc-steady');
    expect(ps[0]!.liveEnd).toBe(20 * MiB);
    expect(ps[1]!.live).toBe(20 * MiB);
    expect(ps[1]!.liveEnd).toBeUndefined();
  });
  it('explicit phases that are no guide graph read as custom; every option is labelled in both locales', () => {
    const c: PacerConfig = { gogc: 100, memoryLimit: null, gomaxprocs: 2, workload: [{ duration: 1, allocRate: MiB, live: MiB, stacks: 0, globals: 0 }] };
    expect(workloadValue(c)).toBe('custom');
    expect(guideWorkloadOf(c.workload as never)).toBeNull();
    for (const o of WORKLOAD_OPTIONS) expect(o.label['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('GC guide mode', () => {
  it('on a guide graph at GOMAXPROCS=1 the guide side is the guide’s own model, number for number', () => {
    for (const g of GUIDE_WORKLOADS) {
      const s = init(withWorkload(scenarioById('steady')!.config, `guide:${g.id}`), 1);
      const r = guideRun(s);
      expect(r.graph).toBe(g.id);
      expect(r.result).toEqual(guideModel(g.inputs));
    }
  });
  it('follows GOGC and the limit the reader sets', () => {
    const c = { ...withWorkload(scenarioById('steady')!.config, 'guide:limit-steady'), gogc: 50, memoryLimit: 60 * MiB };
    const r = guideRun(init(c, 1));
    expect(r.inputs.gogc).toBe(50);
    expect(r.inputs.memoryLimit).toBe(60);
    expect(r.result).toEqual(guideModel({ ...GUIDE_WORKLOADS.find((w) => w.id === 'limit-steady')!.inputs, gogc: 50, memoryLimit: 60 }));
    expect(guideInputs(init({ ...c, gogc: -1, memoryLimit: null }, 1)).inputs).toMatchObject({ gogc: 'off', memoryLimit: GUIDE_NO_LIMIT });
  });
  it('converts a runtime workload: one CPU for all Ps, live-heap changes as survival and death rates', () => {
    const s = init(scenarioById('spike')!.config, 1);
    const { inputs, graph } = guideInputs(s);
    expect(graph).toBeNull();
    expect(inputs.fixedCost).toBe(MODEL_FIXED_COST);
    // 24 MiB/s per P on 4 Ps; scanning 1 GiB/s per P.
    expect(inputs.workload[0]!.allocRate).toBe(96);
    expect(inputs.workload[0]!.scanRate).toBe(4096);
    // The spike becomes two phases, up then down; the live heap ends where it started.
    let live = inputs.initialLive ?? 0;
    const lives: number[] = [];
    for (const p of inputs.workload) {
      live = live * (1 - p.oldDeathRate) + p.duration * p.allocRate * p.newSurvivalRate;
      lives.push(live);
    }
    expect(Math.max(...lives)).toBeCloseTo(84, 6);
    expect(lives.at(-1)).toBeCloseTo(20, 6);
    // Stacks + other memory are the guide's "other memory".
    expect(inputs.otherMem).toBe(1);
  });
  it('the guide’s model of the death spiral has no limiter: GC CPU far above 50 %', () => {
    const r = guideRun(init(scenarioById('death-spiral')!.config, 1));
    expect(r.result.gcCpuPercent).toBeGreaterThan(50);
  });
});
