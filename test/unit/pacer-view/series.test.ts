// The chart's data: projections are each state's own future, the heap lines follow the cycle
// records, decimation keeps the drawn shape, CPU buckets add up to the run's GC CPU.
import { describe, expect, it } from 'vitest';
import { apply, init, runCycles, scenarioById, step, type PacerConfig, type PacerState } from '../../../simulators/pacer/index.ts';
import { areaPath, bandsPath, cpuBuckets, cursorOf, decimate, heapLines, linePath, niceBytes, Projection, Projector, runsOf, stickyTop } from '../../../src/simulators/pacer/series.ts';
import { clipLine, mibTicks, shortBytes, spread, valueAt } from '../../../src/simulators/pacer/view.ts';

const MiB = 1 << 20;
const cfg = (id: string): PacerConfig => scenarioById(id)!.config;

function stepN(s: PacerState, n: number): PacerState {
  for (let i = 0; i < n && !s.exited; i++) s = step(s).state;
  return s;
}

describe('projection', () => {
  it('is the same run as stepping: same cycles, same end', () => {
    const s0 = init(cfg('steady'), 1);
    const p = new Projection(s0).complete();
    let s = s0;
    while (!s.exited) s = step(s).state;
    expect(p.done).toBe(true);
    expect(p.cycles.map((c) => c.gctrace)).toEqual(s.cycles.map((c) => c.gctrace));
    expect(p.endT).toBe(s.now);
  });

  it('covers every state of its run, before and after where it started', () => {
    const s0 = init(cfg('spike'), 1);
    const mid = stepN(s0, 60);
    const p = new Projection(mid).complete();
    for (const k of [0, 10, 59, 60, 61, 200]) expect(p.relation(stepN(s0, k)), `step ${k}`).toBe('covers');
  });

  it('does not cover a run with other settings or an intervention', () => {
    const s0 = init(cfg('steady'), 1);
    const p = new Projection(s0).complete();
    const later = stepN(s0, 40);
    expect(p.relation(apply(later, { type: 'setGogc', value: 200 }).state)).toBe('no');
    expect(p.relation(stepN(apply(later, { type: 'setGogc', value: 200 }).state, 30))).toBe('no');
    expect(p.relation(init({ ...cfg('steady'), gomaxprocs: 2 }, 1))).toBe('no');
    // runtime.GC(): the next cycle is a forced one, which this projection does not have.
    const forced = apply(later, { type: 'forceGC' }).state;
    expect(p.relation(forced)).toBe('no');
  });

  it('a projector reuses a projection across the run and makes a new one after an intervention', () => {
    const pr = new Projector();
    const s0 = init(cfg('container'), 1);
    const a = pr.forState(s0);
    a.complete();
    expect(pr.forState(stepN(s0, 30))).toBe(a);
    const changed = apply(stepN(s0, 30), { type: 'setMemoryLimit', bytes: 96 * MiB }).state;
    const b = pr.forState(changed);
    expect(b).not.toBe(a);
    // Stepping back before the intervention finds the first one again.
    expect(pr.forState(stepN(s0, 10))).toBe(a);
  });

  it('a projection that has not reached a state catches up instead of starting over', () => {
    const pr = new Projector();
    const s0 = init(cfg('steady'), 1);
    const a = pr.forState(s0);
    const far = stepN(s0, 120);
    expect(a.relation(far)).toBe('behind');
    expect(pr.forState(far)).toBe(a);
    expect(a.relation(far)).toBe('covers');
  });
});

describe('heap lines', () => {
  const s0 = init(cfg('steady'), 1);
  const p = new Projection(s0).complete();
  const all = heapLines(p);

  it('pass through every cycle’s heap0, heap1 and heap2 at its times', () => {
    for (const c of p.cycles) {
      // The last point at tSweepTerm (a cycle can start the moment the last one ended).
      expect(all.heap.v[all.heap.t.lastIndexOf(c.tSweepTerm)]).toBe(c.heap0);
      expect(all.heap.v[all.heap.t.indexOf(c.tMarkTerm)]).toBe(c.heap1);
    }
    // heapMarked drops to heap2 at each cycle's end.
    const c = p.cycles[5]!;
    const k = all.marked.t.indexOf(c.tEnd);
    expect(all.marked.v[k]).toBe(p.cycles[4]!.heap2);
    expect(all.marked.v[k + 1]).toBe(c.heap2);
  });

  it('never draw the live band above the heap, or the heap above the total', () => {
    for (let k = 0; k < all.heap.t.length; k++) expect(all.total.v[k]!).toBeGreaterThanOrEqual(all.heap.v[k]!);
  });

  it('time only moves forward', () => {
    for (const l of [all.heap, all.total, all.marked, all.goal, all.trigger]) for (let k = 1; k < l.t.length; k++) expect(l.t[k]!).toBeGreaterThanOrEqual(l.t[k - 1]!);
  });

  it('carry the goal and trigger each cycle ran with, broken between cycles', () => {
    const c = p.cycles[10]!;
    const k = all.goal.t.findIndex((t, i) => t === p.cycles[9]!.tEnd && all.goal.v[i] === c.goal);
    expect(all.goal.t[k + 1]).toBe(c.tEnd);
    expect(all.goal.v.slice(k, k + 3)).toEqual([c.goal, c.goal, NaN]);
    expect(all.goal.v.filter(Number.isNaN).length).toBe(p.cycles.length);
  });

  it('put the cursor exactly on the heap line', () => {
    const s = stepN(s0, 33);
    const cur = cursorOf(s);
    const l = heapLines(p, s.now - 1e8, s.now + 1e8, cur);
    const k = l.heap.t.indexOf(s.now);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(l.heap.v[k]).toBe(s.heapLive);
  });

  it('a window holds only the cycles around it', () => {
    const c = p.cycles[30]!;
    const l = heapLines(p, c.tSweepTerm, c.tEnd);
    expect(l.marks.length).toBeLessThanOrEqual(3);
    expect(l.marks.some(([, , n]) => n === c.n)).toBe(true);
  });

  it('the cursor’s dot sits on the drawn heap line', () => {
    const s = stepN(s0, 41);
    const l = heapLines(p, s.now - 1e8, s.now + 1e8);
    const v = valueAt(l.heap, s.now, NaN);
    // Between events the heap grows linearly, so the line through the records passes the state.
    expect(Math.abs(v - s.heapLive) / s.heapLive).toBeLessThan(1e-6);
    expect(valueAt({ t: [0, 10], v: [0, 100] }, 2.5, NaN)).toBe(25);
    expect(valueAt({ t: [0, 10], v: [0, 100] }, 11, -1)).toBe(-1);
  });

  it('clipLine cuts a line at the window edges, interpolating', () => {
    const c = clipLine({ t: [0, 10, 20], v: [0, 100, 0] }, 5, 15);
    expect(c).toEqual({ t: [5, 10, 15], v: [50, 100, 50] });
    expect(clipLine({ t: [0, 100], v: [1, 1] }, 10, 20)).toEqual({ t: [10, 20], v: [1, 1] });
    const gap = clipLine({ t: [0, 10, 10, 20], v: [3, 3, NaN, NaN] }, 5, 15);
    expect(gap.t).toEqual([5, 10, 10, 15]);
    expect(gap.v.slice(0, 2)).toEqual([3, 3]);
    expect(gap.v.slice(2).every(Number.isNaN)).toBe(true);
  });
});

describe('decimation and paths', () => {
  it('keeps first, lowest, highest and last of each pixel column, in order', () => {
    const xs = [0.1, 0.2, 0.5, 0.9, 1.2, 1.3];
    const ys = [5, 1, 9, 4, 7, 7];
    expect(decimate(xs, ys)).toEqual({ x: [0.1, 0.2, 0.5, 0.9, 1.2, 1.3], y: [5, 1, 9, 4, 7, 7] });
    const many = Array.from({ length: 1000 }, (_, i) => i / 100);
    const d = decimate(many, many.map((x) => Math.sin(x * 50)));
    expect(d.x.length).toBeLessThanOrEqual(4 * 10);
    expect(Math.max(...d.y)).toBe(Math.max(...many.map((x) => Math.sin(x * 50))));
  });

  it('a 10-minute run decimates to a few points per pixel', () => {
    const s = runCycles(init({ ...cfg('steady'), workload: [{ duration: 600, allocRate: 32 * MiB, live: 24 * MiB, stacks: MiB, globals: MiB }] }, 1));
    const p = new Projection(s);
    const l = heapLines(p);
    const xs = l.heap.t.map((t) => (t / s.now) * 800);
    expect(l.heap.t.length).toBeGreaterThan(8000);
    expect(decimate(xs, l.heap.v).x.length).toBeLessThanOrEqual(4 * 801);
  });

  it('writes lines broken at NaN, closed areas and merged bands', () => {
    expect(linePath([0, 1, 2, 3], [1, NaN, 2, 3])).toBe('M0,1M2,2L3,3');
    expect(areaPath([0, 2], [5, 6], 10)).toBe('M0,10L0,5L2,6L2,10Z');
    expect(bandsPath([[0, 1], [1.2, 2], [5, 6]], 0, 10)).toBe('M0,0H2V10H0ZM5,0H6V10H5Z');
    expect(bandsPath([[3, 3.1]], 0, 1, 1)).toBe('M3,0H4V1H3Z');
  });
});

describe('GC CPU buckets', () => {
  const s = runCycles(init(cfg('death-spiral'), 1));
  const n = 400;
  const b = cpuBuckets(s.cycles, s.now, n);

  it('add up to the run’s GC CPU', () => {
    const w = s.now / n;
    let gc = 0;
    for (let k = 0; k < n; k++) gc += b.gc[k]! * w * s.gomaxprocs;
    expect(gc / s.gcCpu).toBeCloseTo(1, 2);
  });

  it('hold near 50 % where the limiter is on, assists never above the total', () => {
    const limited = [...b.limited.keys()].filter((k) => b.limited[k] && b.limited[k - 1] && b.limited[k + 1]);
    expect(limited.length).toBeGreaterThan(50);
    for (const k of limited) expect(b.gc[k]!).toBeGreaterThan(0.45);
    for (const k of limited) expect(b.gc[k]!).toBeLessThan(0.56);
    for (let k = 0; k < n; k++) expect(b.assist[k]!).toBeLessThanOrEqual(b.gc[k]! + 1e-12);
    expect(runsOf(b.limited).length).toBeGreaterThanOrEqual(1);
  });

  it('carry gctrace’s cumulative figure', () => {
    expect(b.util[n - 1]).toBe(s.cycles[s.cycles.length - 1]!.utilPercent);
  });
});

describe('axes and labels', () => {
  it('round byte tops and keep them while the data stays in range', () => {
    expect(niceBytes(18 * MiB)).toBe(20 * MiB);
    expect(niceBytes(101 * MiB)).toBe(125 * MiB);
    const top = stickyTop(50 * MiB, null);
    expect(stickyTop(40 * MiB, top)).toBe(top);
    expect(stickyTop(10 * MiB, top)).toBeLessThan(top);
    expect(stickyTop(80 * MiB, top)).toBeGreaterThan(80 * MiB);
    expect(mibTicks(125 * MiB, 5)).toEqual([0, 20, 40, 60, 80, 100, 120]);
  });

  it('spreads labels apart within bounds', () => {
    const out = spread([{ y: 50 }, { y: 52 }, { y: 53 }], 10, 0, 100);
    const ys = out.map((d) => d.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(10);
    expect(Math.max(...spread([{ y: 95 }, { y: 99 }], 10, 0, 100).map((d) => d.y))).toBeLessThanOrEqual(100);
  });

  it('short byte labels fit the narrow gutter', () => {
    expect(shortBytes(135.22 * MiB)).toBe('135 MiB');
    expect(shortBytes(9.5 * MiB)).toBe('9.5 MiB');
    expect(shortBytes(4 * MiB)).toBe('4 MiB');
    expect(shortBytes(1536 * MiB)).toBe('1.5 GiB');
  });
});
