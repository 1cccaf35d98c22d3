// Layout: pure positions for a state and a width. Everything fits, nothing overlaps, queues are
// capped with a "+N" badge carrying the real count, and every queued G has an anchor.
import { describe, expect, it } from 'vitest';
import { init } from '../../../simulators/gmp/index.ts';
import type { GmpState } from '../../../simulators/gmp/types.ts';
import { computeLayout, clip, estWidth, fmtShort, MIN_WIDTH, type GmpLayout } from '../../../src/simulators/gmp/layout.ts';
import { gmpLabels } from '../../../src/simulators/gmp/labels.ts';
import { bigState, run, runUntil, spawner } from './helpers.ts';

const en = gmpLabels('en');

function queued(s: GmpState): number[] {
  const ids = [...s.globrunq, ...s.timers.map((t) => t.g)];
  for (const p of s.ps) ids.push(...p.runq, ...(p.runnext === null ? [] : [p.runnext]));
  for (const ch of Object.values(s.chans)) ids.push(...ch.recvq, ...ch.sendq);
  for (const m of s.ms) if (m.curg !== null) ids.push(m.curg);
  return ids;
}

function inside(l: GmpLayout): void {
  for (const b of l.boxes) {
    expect(b.x, b.key).toBeGreaterThanOrEqual(0);
    expect(b.x + b.w, b.key).toBeLessThanOrEqual(l.width + 0.01);
    expect(b.y + b.h, b.key).toBeLessThanOrEqual(l.height + 0.01);
  }
  for (const c of [...l.chips, ...l.ms]) {
    expect(c.x).toBeGreaterThanOrEqual(0);
    expect(c.x + 44).toBeLessThanOrEqual(l.width + 0.01);
    expect(c.y).toBeLessThanOrEqual(l.height);
  }
}

describe('computeLayout', () => {
  for (const width of [390, 800, 1280]) {
    it(`lays out a 1,000-G state at ${width} px: capped, in bounds, no chip drawn twice or on another`, () => {
      const s = bigState();
      const l = computeLayout(s, width, en);
      expect(l.width).toBe(width);
      inside(l);
      const ids = l.chips.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(l.chips.length).toBeLessThan(260);
      const spots = new Set(l.chips.map((c) => `${c.x},${c.y}`));
      expect(spots.size).toBe(l.chips.length);
      for (const id of queued(s)) expect(l.anchors.has(id), `G${id}`).toBe(true);
      // The "+N" badges add up with the drawn chips to the real queue lengths.
      const glob = l.texts.find((t) => t.key === 'glob:more');
      const drawnGlob = l.chips.filter((c) => s.globrunq.includes(c.id)).length;
      expect(glob?.text).toBe(`+${s.globrunq.length - drawnGlob}`);
      expect(l.boxes.filter((b) => b.cls.startsWith('gmp-card')).length).toBe(s.ps.length);
      expect(l.ms.length).toBe(s.ms.length);
    });
  }

  it('puts each running G in its P card and the runnext G in the runnext slot', () => {
    const s = run(spawner(2, 3), 2);
    const l = computeLayout(s, 800, en);
    const p0 = l.boxes.find((b) => b.key === 'p0')!;
    const rn = l.boxes.find((b) => b.key === 'p0:rn')!;
    const g1 = l.chips.find((c) => c.id === 1)!;
    expect(g1.s).toBe('running');
    expect(g1.x).toBeGreaterThan(p0.x);
    expect(g1.y).toBeLessThan(p0.y + p0.h);
    const next = l.chips.find((c) => c.id === s.ps[0]!.runnext)!;
    expect(next.x).toBeGreaterThan(rn.x);
    expect(next.x + 44).toBeLessThan(rn.x + rn.w);
    expect(next.y).toBeGreaterThan(rn.y);
  });

  it('wraps Ps into one column on a phone and several on a wide screen', () => {
    const s = init({ gomaxprocs: 8, main: [] }, 1);
    const cols = (w: number): number => new Set(computeLayout(s, w, en).boxes.filter((b) => /^p\d+$/.test(b.key)).map((b) => b.x)).size;
    expect(cols(390)).toBe(1);
    expect(cols(1280)).toBe(4);
  });

  it('never goes narrower than MIN_WIDTH', () => {
    expect(computeLayout(init(spawner(1, 1), 1), 200, en).width).toBe(MIN_WIDTH);
  });

  it('keeps its height while a scenario plays (memo), and shrinks without one', () => {
    const big = bigState();
    const small = init(spawner(8, 1), 1);
    const a = computeLayout(big, 800, en);
    const b = computeLayout(small, 800, en, a.memo);
    expect(b.height).toBe(a.height);
    expect(computeLayout(small, 800, en).height).toBeLessThan(a.height);
  });

  it('captions sleeping Gs with their time to wake', () => {
    const s = runUntil({ gomaxprocs: 1, main: [{ op: 'sleep', us: 1500 }] }, (x) => x.timers.length > 0);
    const chip = computeLayout(s, 800, en).chips.find((c) => c.id === 1)!;
    expect(chip.s).toBe('waiting');
    expect(chip.sub).toBe('+1.5ms');
  });

  it('draws a channel with its waiters and buffer', () => {
    const s = runUntil(
      { gomaxprocs: 1, main: [{ op: 'go', body: [{ op: 'recv', ch: 'c' }] }, { op: 'gosched' }, { op: 'compute', us: 100 }], channels: { c: { cap: 3 } } },
      (x) => (x.chans['c']?.recvq.length ?? 0) > 0,
    );
    const l = computeLayout(s, 800, en);
    expect(l.texts.find((t) => t.key === 'ch:c:n')?.text).toBe('c · buffer 0/3');
    expect(l.chips.find((c) => c.id === 2)?.s).toBe('waiting');
    expect(l.boxes.find((b) => b.key === 'ch:c')?.actor).toBe('c:c');
  });
});

describe('text helpers', () => {
  it('estimates CJK as wider than Latin and clips with an ellipsis', () => {
    expect(estWidth('自旋', 10)).toBeGreaterThan(estWidth('ab', 10));
    expect(clip('short', 100)).toBe('short');
    const c = clip('M1 M2 M3 M4 M5 M6 M7 M8 M9 M10', 60);
    expect(c.endsWith('…')).toBe(true);
    expect(estWidth(c, 11)).toBeLessThanOrEqual(60);
  });

  it('fmtShort writes durations compactly', () => {
    expect(fmtShort(500)).toBe('500ns');
    expect(fmtShort(300_000)).toBe('300µs');
    expect(fmtShort(1_500_000)).toBe('1.5ms');
    expect(fmtShort(25_000_000)).toBe('25ms');
  });
});
