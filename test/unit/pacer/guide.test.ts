// guideModel against the GC guide's own JavaScript.
//
// test/fixtures/pacer/gc-guide-reference.json holds numbers produced by running the guide's
// gcModel (golang/website _content/doc/gc-guide.js, unchanged since 2022-07-14, commit 16152460;
// read at website@b02076ae) on the five workloads of _content/doc/gc-guide.html, once, with:
//
//   node make-guide-reference.mjs gc-guide.js gc-guide.html > gc-guide-reference.json
//
// where make-guide-reference.mjs slices `function gcModel(` … `const graphs = document` out of
// gc-guide.js, builds it with `new Function`, reads each `.gc-guide-graph` element's data-workload
// and data-config from the HTML, and for GOGC ∈ {1, 10, 25, 50, 100, 200, 400, 800, off} (and, for
// the two memory-limit graphs, limits of 100, 60, 42, 30, 20, 12 and 5 MiB) records GC CPU % =
// (tEnd − mutTime)/tEnd × 100, peak = max over points of the stacked series (other + live + new),
// tEnd, mutTime, the number of points, the sum of stacked totals, and the full series at GOGC=100.
// The guide's code itself is not copied into this repository.
import { describe, expect, it } from 'vitest';
import { GUIDE_DEPARTURES, GUIDE_WORKLOADS, guideGogc, guideModel } from '../../../simulators/pacer/index.ts';
import reference from '../../fixtures/pacer/gc-guide-reference.json' with { type: 'json' };

type Run = {
  gogc: number | 'off';
  memoryLimit: number;
  gcCpuPercent: number;
  peakMiB: number;
  totalSeconds: number;
  mutatorSeconds: number;
  points: number;
  sumTotal: number;
  series: [number, number, number, number][] | null;
};
type Graph = { graph: number; workload: unknown[]; config: { fixedCost: number; otherMem: number }; runs: Run[] };
const graphs = reference as unknown as Graph[];

describe('guideModel reproduces the GC guide’s graphs', () => {
  it('has the guide’s five workloads, in order, with the guide’s phases', () => {
    expect(graphs.length).toBe(5);
    GUIDE_WORKLOADS.forEach((w, i) => {
      expect(w.inputs.workload).toEqual(graphs[i]!.workload);
      expect(w.inputs.fixedCost).toBe(graphs[i]!.config.fixedCost);
      expect(w.inputs.otherMem).toBe(graphs[i]!.config.otherMem);
    });
  });

  for (const g of graphs) {
    const w = GUIDE_WORKLOADS[g.graph - 1]!;
    it(`graph ${g.graph} (${w.id}): GC CPU, peak memory, run time for every GOGC and limit`, () => {
      for (const run of g.runs) {
        const r = guideModel({ ...w.inputs, gogc: run.gogc, memoryLimit: run.memoryLimit });
        const tag = `GOGC=${run.gogc} limit=${run.memoryLimit}`;
        expect(r.points.length, tag).toBe(run.points);
        expect(r.gcCpuPercent, tag).toBe(run.gcCpuPercent);
        expect(r.peakMiB, tag).toBe(run.peakMiB);
        expect(r.totalSeconds, tag).toBe(run.totalSeconds);
        expect(r.mutatorSeconds, tag).toBe(run.mutatorSeconds);
        expect(r.points.reduce((a, p) => a + p.total, 0), tag).toBe(run.sumTotal);
      }
    });
    it(`graph ${g.graph} (${w.id}): total heap over time at the sliders' starting positions`, () => {
      const run = g.runs.find((x) => x.series)!;
      const r = guideModel({ ...w.inputs, gogc: run.gogc, memoryLimit: run.memoryLimit });
      expect(r.points.map((p) => [p.t, p.otherMem, p.live, p.newHeap])).toEqual(run.series);
    });
  }

  it('matches the guide’s own figures: 40 MiB peak and ~6.4 % GC CPU for the steady workload at GOGC=100', () => {
    const r = guideModel(GUIDE_WORKLOADS[0]!.inputs);
    expect(r.peakMiB).toBe(40);
    expect(r.gcCpuPercent).toBeCloseTo(6.39, 2);
  });
  it('maps the guide’s log slider: round(2^x), off from 1024', () => {
    expect(guideGogc(6.64)).toBe(100);
    expect(guideGogc(0)).toBe(1);
    expect(guideGogc(9.99)).toBe(1017);
    expect(guideGogc(9.9995)).toBe('off'); // round(1023.6) = 1024
    expect(guideGogc(10)).toBe('off');
  });
  it('lists its departures from the runtime in both locales', () => {
    const ids = GUIDE_DEPARTURES.map((d) => d.id);
    for (const id of ['no-roots', 'min-heap', 'no-headroom', 'no-trigger', 'no-assists', 'no-limiter']) expect(ids).toContain(id);
    for (const d of GUIDE_DEPARTURES) {
      expect(d.text.en.length).toBeGreaterThan(20);
      expect(d.text['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
