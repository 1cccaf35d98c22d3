// Layout: pure positions for a config, a box and a state. Every block fits the picture and the
// blocks do not overlap; the geometry does not move while a run plays; the slots say what they
// hold; head and tail labels never sit on each other.
import { describe, expect, it } from 'vitest';
import { init, scenarios, settings, step, type SpscConfig, type SpscState } from '../../../simulators/spsc/index.ts';
import { activeSlots, fitGeometry, geometry, labelRadius, runsOf, scene, slotKinds, type Geometry, type Rect, type Scene } from '../../../src/simulators/spsc/layout.ts';
import { spscLabels, type Locale } from '../../../src/simulators/spsc/labels.ts';
import { textWidth } from '../../../src/simulators/spsc/measure.ts';

const BOXES: [string, { width: number; height: number }, boolean][] = [
  ['page 1366×768', { width: 872, height: 552 }, false],
  ['page 1920×1080', { width: 1426, height: 864 }, false],
  ['presentation 1280×720', { width: 801, height: 576 }, true],
  ['presentation 1920×1080', { width: 1432, height: 900 }, true],
  ['phone 390×844', { width: 356, height: 380 }, false],
  ['inline, no height limit', { width: 700, height: 0 }, false],
];

const hits = { slots: new Set<number>(), lines: new Set<number>() };

function runTo(config: SpscConfig, seed: number, n: number): SpscState {
  let s = init(config, seed);
  for (let i = 0; i < n; i++) s = step(s).state;
  return s;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
}

function textBox(t: Scene['texts'][number]): Rect {
  const w = textWidth(t.text, t.size, /race/.test(t.cls));
  const x = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
  return { x, y: t.y - t.size * 0.8, w, h: t.size };
}

function expectInside(g: Geometry, sc: Scene, label: string): void {
  for (const t of sc.texts) {
    if (!t.text) continue;
    const b = textBox(t);
    expect(b.x, `${label}: ${t.key} "${t.text}"`).toBeGreaterThanOrEqual(-1);
    expect(b.x + b.w, `${label}: ${t.key} "${t.text}"`).toBeLessThanOrEqual(g.width + 1);
    expect(b.y, `${label}: ${t.key}`).toBeGreaterThanOrEqual(-1);
    expect(b.y + b.h, `${label}: ${t.key}`).toBeLessThanOrEqual(g.height + 1);
  }
  for (const r of sc.rects) {
    expect(r.x, `${label}: ${r.key}`).toBeGreaterThanOrEqual(-0.5);
    expect(r.x + r.w, `${label}: ${r.key}`).toBeLessThanOrEqual(g.width + 0.5);
    expect(r.y + r.h, `${label}: ${r.key}`).toBeLessThanOrEqual(g.height + 0.5);
  }
  const { cx, cy, R } = g.ring;
  expect(cx - R).toBeGreaterThan(0);
  expect(cx + R).toBeLessThan(g.width);
  expect(cy - R).toBeGreaterThan(0);
}

describe('fitGeometry', () => {
  for (const locale of ['en', 'zh-cn'] as const) {
    const t = spscLabels(locale);
    for (const sc of scenarios) {
      it(`${locale} ${sc.id}: every box gets a picture that fits, text inside, blocks apart`, () => {
        for (const [name, box, presenting] of BOXES) {
          const c = settings(sc.config);
          const g = fitGeometry(c, box, presenting, t, locale);
          const label = `${name} (${g.arrangement}, ${g.f}px)`;
          if (box.height > 0 && g.fits) expect(g.height, label).toBeLessThanOrEqual(box.height + 1);
          if (g.fits) expect(g.width, label).toBeLessThanOrEqual(box.width + 1);
          // Page text never below 11 px where the picture fits; presentation larger.
          if (g.fits) expect(g.f, label).toBeGreaterThanOrEqual(presenting ? 14 : 11);
          for (const n of [0, 5, 40]) expectInside(g, scene(runTo(sc.config, sc.seed, n), g, t, locale, {}, n, hits), `${label} step ${n}`);
          const blocks: [string, Rect][] = [
            ['producer', g.producer],
            ['consumer', g.consumer],
            ['ring', { x: g.ring.cx - g.ring.R, y: g.ring.cy - g.ring.R, w: 2 * g.ring.R, h: 2 * g.ring.R }],
            ['race', g.race],
          ];
          if (!g.compact) blocks.push(['cache', g.cache], ['counters', g.counters]);
          for (let i = 0; i < blocks.length; i++)
            for (let j = i + 1; j < blocks.length; j++) expect(overlaps(blocks[i]![1], blocks[j]![1]), `${label}: ${blocks[i]![0]} overlaps ${blocks[j]![0]}`).toBe(false);
        }
      });
    }
  }

  it('takes the largest type that fits: 16 px on a page at 1366×768, more on a 1920×1080 projector', () => {
    const c = settings(scenarios.find((s) => s.id === 'stale-read')!.config);
    const t = spscLabels('en');
    expect(fitGeometry(c, { width: 872, height: 552 }, false, t, 'en').f).toBe(16);
    expect(fitGeometry(c, { width: 1432, height: 900 }, true, t, 'en').f).toBeGreaterThanOrEqual(20);
    expect(fitGeometry(c, { width: 356, height: 380 }, false, t, 'en').compact).toBe(true);
  });

  it('does not depend on the state: the picture stays put while a run plays', () => {
    const sc = scenarios.find((s) => s.id === 'fill-wrap-drain')!;
    const t = spscLabels('en');
    const a = geometry(settings(sc.config), 872, 552, 16, 'wide', t, 'en');
    const b = geometry(runTo(sc.config, sc.seed, 30).config, 872, 552, 16, 'wide', t, 'en');
    expect(b).toEqual(a);
  });
});

describe('slots and markers', () => {
  const cfg: SpscConfig = { capacity: 4, scheme: 'free-running', publish: 'after-write', producer: [1, 2, 3], pops: 3, schedule: [0, 0, 0, 1, 1, 1, 1, 1] };

  it('after-write: the written slot is unpublished until tail.Store, then full; the consumer’s slot is leftover until cleared', () => {
    const s1 = runTo(cfg, 1, 2); // load, write
    expect(slotKinds(s1)[0]).toBe('unpublished');
    expect(activeSlots(s1).producer).toBe(0);
    const s2 = runTo(cfg, 1, 3); // store
    expect(slotKinds(s2)[0]).toBe('full');
    const s3 = runTo(cfg, 1, 6); // consumer: load, remote, read
    expect(slotKinds(s3)[0]).toBe('full');
    expect(activeSlots(s3).consumer).toBe(0);
    const s4 = runTo(cfg, 1, 8); // clear, store head
    expect(slotKinds(s4)[0]).toBe('empty');
  });

  it('before-write: after tail.Store the slot is published but empty — what the stale read reads', () => {
    const s = runTo({ ...cfg, publish: 'before-write', schedule: [0, 0] }, 1, 2);
    expect(slotKinds(s)[0]).toBe('pending');
  });

  it('runsOf merges equal neighbours', () => {
    expect(runsOf(['empty', 'full', 'full', 'pending', 'full'])).toEqual([
      ['empty', 0, 1],
      ['full', 1, 2],
      ['pending', 3, 1],
      ['full', 4, 1],
    ]);
  });

  for (const locale of ['en', 'zh-cn'] as Locale[]) {
    it(`${locale}: head and tail labels are apart even when both point at one slot (empty and full rings, 1,024 slots)`, () => {
      const t = spscLabels(locale);
      for (const capacity of [2, 4, 1024]) {
        const c: SpscConfig = { capacity, scheme: 'free-running', publish: 'after-write', producer: [1, 2, 3, 4, 5], pops: 5 };
        const g = fitGeometry(settings(c), { width: 872, height: 552 }, false, t, locale);
        for (let n = 0; n < 12; n++) {
          const sc = scene(runTo(c, 2, n), g, t, locale, {}, n, hits);
          const [h, tl] = sc.markers;
          const r = g.ring.R + labelRadius(g.f);
          const dist = Math.hypot(r * Math.sin(h!.labelAngle) - r * Math.sin(tl!.labelAngle), r * Math.cos(h!.labelAngle) - r * Math.cos(tl!.labelAngle));
          expect(dist, `capacity ${capacity}, step ${n}`).toBeGreaterThanOrEqual(textWidth('head', Math.round(g.f * 0.85)) * 0.9);
        }
      }
    });
  }

  it('draws a 1,024-slot ring as a few arcs, not 1,024 shapes', () => {
    const sc = scenarios.find((s) => s.id === 'stream-100k')!;
    const t = spscLabels('en');
    const g = fitGeometry(settings(sc.config), { width: 872, height: 552 }, false, t, 'en');
    expect(g.ring.detail).toBe('runs');
    const out = scene(runTo(sc.config, sc.seed, 5000), g, t, 'en', {}, 5000, hits);
    expect(out.paths.length + out.rects.length + out.texts.length).toBeLessThan(140);
  });
});
