// Layout: pure positions for a GC state. Everything stays inside the picture at every step of
// every scenario, alarms and barrier lines follow the engine's events and invariants, and the
// "how it was lost" panel appears exactly when an object is lost.
import { describe, expect, it } from 'vitest';
import { heapEdges, invariants, scenarios } from '../../../simulators/gc/index.ts';
import { gcLabels } from '../../../src/simulators/gc/labels.ts';
import { barrierCode, computeLayout, type GcLayout, type LayoutInput } from '../../../src/simulators/gc/layout.ts';
import { trailOf } from '../../../src/simulators/gc/trail.ts';
import { at, end, frames, type Frame } from './helpers.ts';

const en = gcLabels('en');
const zh = gcLabels('zh-cn');

function lay(f: Frame, width = 860, height = 540, over: Partial<LayoutInput> = {}): GcLayout {
  return computeLayout({ state: f.state, events: f.events, width, height, t: en, bold: false, trail: trailOf(f.state, 'en'), reserveTrail: null, ...over });
}

function inBounds(l: GcLayout, label: string): void {
  const ok = (x: number, y: number) => Number.isFinite(x) && Number.isFinite(y) && x >= -0.5 && y >= -0.5 && x <= l.width + 0.5 && y <= l.height + 0.5;
  for (const b of l.boxes) expect(ok(b.x, b.y) && ok(b.x + b.w, b.y + b.h), `${label}: box ${b.key}`).toBe(true);
  for (const n of l.nodes) expect(ok(n.x - n.w / 2, n.y - n.h / 2) && ok(n.x + n.w / 2, n.y + n.h / 2), `${label}: node ${n.key}`).toBe(true);
  for (const t of l.texts) expect(ok(t.x, t.y - 10) && ok(t.x, t.y), `${label}: text ${t.key}`).toBe(true);
  for (const e of l.edges) {
    const nums = e.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (let i = 0; i < nums.length; i += 2) expect(ok(nums[i]!, nums[i + 1]!), `${label}: edge ${e.key} ${e.d}`).toBe(true);
  }
}

describe('computeLayout', () => {
  for (const [w, h] of [[860, 540], [1100, 0], [360, 380], [620, 460]] as const) {
    it(`keeps every part inside the picture at ${w}×${h}, every step of every scenario`, () => {
      for (const sc of scenarios) {
        const run = frames(sc.config, sc.seed, sc.id === 'large-heap' ? 120 : 5_000);
        for (const [i, f] of run.entries()) {
          if (sc.id === 'large-heap' && i % 20 !== 0) continue;
          const l = lay(f, w, h);
          expect(l.width).toBeGreaterThanOrEqual(Math.min(w, 300));
          inBounds(l, `${sc.id} step ${i}`);
          // Every object is drawn once.
          expect(l.nodes.filter((n) => !n.key.startsWith('legend:')).map((n) => n.key).sort()).toEqual(Object.keys(f.state.objects).sort());
        }
      }
    });
  }

  it('draws one edge per pointer, and a black → white pointer as an alarm while marking', () => {
    const f = at('no-barrier', 5); // a.f = b.f has put C into black A
    const l = lay(f);
    const edges = l.edges.filter((e) => !e.key.startsWith('legend:'));
    expect(edges).toHaveLength(heapEdges(f.state).length);
    const ac = edges.find((e) => e.key === 'o|A|0')!;
    expect(ac.cls).toContain('is-alarm');
    expect(invariants(f.state).strong).toEqual([{ from: { kind: 'object', name: 'A' }, slot: 0, to: 'C' }]);
    expect(l.texts.some((t) => t.text === '✗ strong: broken: A→C')).toBe(true);
    expect(l.texts.some((t) => t.text === '✓ weak: holds')).toBe(true);
    // The pointer this step wrote is marked too.
    expect(ac.cls).toContain('is-written');
  });

  it('lights the barrier lines the step ran, with what they did', () => {
    const f = at('hybrid-four', 9); // G2's a2.f = p, its stack still grey: shade(*slot) on nil, shade(ptr) on B2
    const l = lay(f);
    const lit = l.texts.filter((t) => t.cls.includes('is-lit')).map((t) => t.text);
    expect(lit).toEqual(['writePointer(slot, ptr):', 'shade(*slot)', 'if current stack is grey:', 'shade(ptr)', '*slot = ptr']);
    const notes = l.texts.filter((t) => t.cls === 'gc-note').map((t) => t.text);
    expect(notes).toEqual(['nil', 'G2: grey', 'B2 → grey', 'A2.0 = B2']);
    // The object the barrier shaded says so.
    expect(l.texts.find((t) => t.key === 'tag:B2')?.text).toBe('shade(ptr)');
    // A stack write lights only "stack write: no barrier".
    const g = lay(at('dijkstra-stack', 4));
    expect(g.texts.filter((t) => t.cls.includes('is-lit')).map((t) => t.text)).toEqual([en.stackWrite]);
  });

  it('writes each barrier as its pseudo-code', () => {
    expect(barrierCode('dijkstra', en).map((l) => l.code)).toEqual(['writePointer(slot, ptr):', 'shade(ptr)', '*slot = ptr', en.stackWrite]);
    expect(barrierCode('yuasa', en).map((l) => l.id)).toEqual(['head', 'old', 'store', 'stack']);
    expect(barrierCode('hybrid', zh).map((l) => l.code)).toContain('if 当前栈是灰色:');
    expect(barrierCode('hybrid-go', en).map((l) => l.id)).toEqual(['head', 'old', 'new', 'store', 'stack']);
  });

  it('shows the lost object freed while still pointed to, with the story of how', () => {
    const f = end('dijkstra-stack');
    const l = lay(f);
    const b = l.nodes.find((n) => n.key === 'B')!;
    expect(b.flags).toContain('is-freed');
    expect(b.flags).toContain('is-lost');
    expect(l.edges.find((e) => e.key === 's|0|0')!.cls).toContain('is-dangling');
    expect(l.texts.find((t) => t.key === 'tag:B')?.text).toBe(en.freedPointed);
    expect(l.texts.find((t) => t.key === 'panel:trail')?.text).toBe('Lost: B');
    const story = l.texts.filter((t) => t.key.startsWith('trail:item')).map((t) => t.text).join(' ');
    expect(story).toContain('step 4');
    expect(story).toContain('p := a.f');
    expect(story).toContain('sweep frees B');
    // Before the loss nothing is drawn in its place, but the room is kept (no jump when it appears).
    const before = at('dijkstra-stack', 3);
    const reserve = trailOf(f.state, 'en');
    const l0 = lay(before, 860, 540, { reserveTrail: reserve });
    expect(l0.texts.some((t) => t.key === 'panel:trail')).toBe(false);
    expect(l0.height).toBeGreaterThanOrEqual(lay(f, 860, 540, { reserveTrail: reserve }).height - 1);
  });

  it('switches to dots without labels for the large heap, and caps the work list with a real count', () => {
    const f = at('large-heap', 200);
    const l = lay(f);
    expect(l.dense).toBe(true);
    expect(l.nodes.filter((n) => !n.key.startsWith('legend:')).every((n) => n.dense && n.label === '')).toBe(true);
    const chips = l.texts.filter((t) => t.key.startsWith('work:') && t.key !== 'work:label');
    const more = chips.find((t) => t.key === 'work:more');
    if (f.state.work.length > chips.length) expect(more?.text).toBe(`+${f.state.work.length - (chips.length - 1)}`);
  });

  it('says what the picture shows in Chinese', () => {
    const f = at('dijkstra-stack', 5);
    const l = computeLayout({ state: f.state, events: f.events, width: 860, height: 540, t: zh, bold: false, trail: null, reserveTrail: null });
    const texts = l.texts.map((t) => t.text);
    expect(texts).toContain('写屏障：Dijkstra（插入）');
    expect(texts).toContain('✗ 弱：被破坏：B 无灰色保护');
    expect(texts).toContain('G1 的栈');
    expect(texts).toContain('工作队列');
  });
});
