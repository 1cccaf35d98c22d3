// The GMP scheduler picture: one responsive SVG drawn with d3 from a GmpState.
// layout.ts decides where things go; this file only joins that layout into the DOM, reusing
// elements by key (G chips by goid, M tokens by M id) so that a G or an M visibly travels
// when `animate` is true, and jumps when it is false. Attributes are written only when they
// change, and nothing here reads layout back from the DOM during render().
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { easeCubic } from 'd3-ease';
import type { Locale, SimEvent } from '../../../simulators/core/types.ts';
import type { ViewOptions } from '../shell/types.ts';
import { createSvg, joinRects, joinTexts, layer as addLayer, setClass } from '../kit/svg.ts';
import type { GmpState } from '../../../simulators/gmp/types.ts';
import { CHIP_H, CHIP_W, computeLayout, M_H, M_W, MIN_WIDTH, type LChip, type LayoutMemo, type LM, type Pt } from './layout.ts';
import { gmpLabels } from './labels.ts';

export type GmpView = {
  render(state: GmpState, events: readonly SimEvent[], o: ViewOptions): void;
};

/** Transition length of a G or M moving between places. */
const MOVE_MS = 380;
/** Geometry scale in presentation mode (bigger type and shapes on a projector). */
const PRESENTING_ZOOM = 1.5;

/** Per-element memory of what was last written, so unchanged attributes are not rewritten. */
type Mem = { _sig?: string; _cls?: string; _txt?: string; _x?: number; _y?: number; _tx?: number; _ty?: number; _s?: string; _sub?: string; _moving?: boolean };
type El = SVGElement & Mem;

type Actors = { g: Set<number>; k: Set<string> };

export function createGmpView(root: HTMLElement, opts: { locale: Locale }): GmpView {
  const t = gmpLabels(opts.locale);
  root.classList.add('gmp-view');
  const svg = createSvg(root, 'gmp-svg');
  const layer = (cls: string): SVGGElement => addLayer(svg, cls);
  const boxLayer = select(layer('gmp-boxes'));
  const textLayer = select(layer('gmp-texts'));
  const mLayer = select(layer('gmp-mtoks'));
  const chipLayer = select(layer('gmp-chips'));

  const reduced = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  let memo: LayoutMemo = {};
  let memoKey = '';
  let lastProg: unknown = null;
  let lastNow = -1;
  let viewBox = '';
  let fit = { key: '', width: 0 };
  let prevAnchors = new Map<number, Pt>();
  let prevAnchorsM = new Map<number, Pt>();

  /**
   * The layout width whose picture comes out largest in the room the shell gives: a wider
   * layout puts panels side by side (good for a wide, short box, e.g. a projector), a narrower
   * one stacks them. Chosen once per box and program, so panels don't jump while stepping.
   */
  function layoutWidth(state: GmpState, o: ViewOptions): number {
    const base = Math.max(MIN_WIDTH, Math.round(o.box.width / (o.presenting ? PRESENTING_ZOOM : 1)));
    const key = `${o.box.width}x${o.box.height}|${o.presenting}`;
    if (fit.key === key && state.prog === lastProg && state.now >= lastNow) return fit.width;
    let best = base;
    let bestScale = -1;
    if (o.box.height > 0) {
      for (const f of [0.85, 1, 1.2, 1.45, 1.75, 2.1]) {
        const w = Math.max(MIN_WIDTH, Math.round(base * f));
        const lay = computeLayout(state, w, t, {});
        // Presentation keeps its 1.5× zoom as the ceiling: bigger than that crowds the caption.
        const scale = Math.min(o.box.width / lay.width, o.box.height / lay.height, o.presenting ? PRESENTING_ZOOM : 1);
        if (scale > bestScale + 1e-3) [best, bestScale] = [w, scale];
      }
    }
    fit = { key, width: best };
    return best;
  }

  function render(state: GmpState, events: readonly SimEvent[], o: ViewOptions): void {
    const animate = o.animate && !(reduced?.matches ?? false);
    const W = layoutWidth(state, o);
    // A new width, a new scenario or a step back: forget the high-water marks of the layout.
    const key = `${W}|${o.presenting}`;
    if (key !== memoKey || state.prog !== lastProg || state.now < lastNow) memo = {};
    memoKey = key;
    lastProg = state.prog;
    lastNow = state.now;

    const lay = computeLayout(state, W, t, memo);
    memo = lay.memo;
    const vb = `0 0 ${lay.width} ${lay.height}`;
    if (vb !== viewBox) {
      svg.setAttribute('viewBox', vb);
      viewBox = vb;
    }
    const act = actorsOf(events);
    joinRects(boxLayer, lay.boxes, { cls: (d) => withActor(d.cls, d.actor, act) });
    joinTexts(textLayer, lay.texts, { cls: (d) => withActor(d.cls, d.actor, act) });
    joinMs(mLayer, lay.ms, act, animate, prevAnchorsM);
    joinChips(chipLayer, lay.chips, act, animate, state, prevAnchors, lay.anchors);
    prevAnchors = lay.anchors;
    prevAnchorsM = new Map(lay.ms.map((m) => [m.id, { x: m.x, y: m.y }]));
  }

  return { render };
}

function actorsOf(events: readonly SimEvent[]): Actors {
  const a: Actors = { g: new Set(), k: new Set() };
  for (const e of events) {
    for (const g of e.actors.g ?? []) a.g.add(Number(g));
    for (const p of e.actors.p ?? []) a.k.add(`p${p}`);
    for (const m of e.actors.m ?? []) a.k.add(`m${m}`);
    for (const c of e.actors.ch ?? []) a.k.add(`c:${c}`);
  }
  return a;
}

function withActor(cls: string, actor: string | undefined, act: Actors): string {
  return actor !== undefined && act.k.has(actor) ? `${cls} is-actor` : cls;
}

/** Puts `el` at (x, y): at once, or travelling there from where it is now. */
function moveTo(el: El, x: number, y: number, animate: boolean, fadeIn = false): void {
  if (el._tx === x && el._ty === y && !fadeIn) {
    if (!animate && el._moving) {
      select(el).interrupt();
      el._moving = false;
      place(el, x, y);
      el.removeAttribute('opacity');
    }
    return;
  }
  el._tx = x;
  el._ty = y;
  if (!animate) {
    if (el._moving) {
      select(el).interrupt();
      el._moving = false;
      el.removeAttribute('opacity');
    }
    place(el, x, y);
    return;
  }
  const x0 = el._x ?? x;
  const y0 = el._y ?? y;
  el._moving = true;
  const tr = select(el)
    .transition()
    .duration(MOVE_MS)
    .ease(easeCubic)
    .attrTween('transform', () => (k: number) => {
      el._x = x0 + (x - x0) * k;
      el._y = y0 + (y - y0) * k;
      return `translate(${el._x},${el._y})`;
    })
    .on('end', () => {
      el._moving = false;
    });
  if (fadeIn || el.hasAttribute('opacity')) tr.attr('opacity', 1);
}

function place(el: El, x: number, y: number): void {
  el._x = x;
  el._y = y;
  el.setAttribute('transform', `translate(${x},${y})`);
}

/** Takes a leaving element away: travelling to `to` (a queue's "+N" badge) and fading, or at once. */
function leave(el: El, to: Pt | undefined, animate: boolean): void {
  el.classList.add('is-exiting');
  if (!animate) {
    select(el).interrupt();
    el.remove();
    return;
  }
  const x0 = el._x ?? 0;
  const y0 = el._y ?? 0;
  const x1 = to?.x ?? x0;
  const y1 = to?.y ?? y0;
  select(el)
    .transition()
    .duration(MOVE_MS)
    .ease(easeCubic)
    .attrTween('transform', () => (k: number) => `translate(${x0 + (x1 - x0) * k},${y0 + (y1 - y0) * k})`)
    .attr('opacity', 0)
    .remove();
}

function joinChips(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  chips: LChip[],
  act: Actors,
  animate: boolean,
  state: GmpState,
  prev: Map<number, Pt>,
  next: Map<number, Pt>,
): void {
  if (!animate) layer.selectAll<SVGGElement, LChip>('g.is-exiting').interrupt().remove();
  const sel = layer.selectAll<SVGGElement, LChip>('g.gmp-chip:not(.is-exiting)').data(chips, (d) => String(d.id));
  sel.exit<LChip>().each(function (d) {
    leave(this as unknown as El, next.get(d.id), animate);
  });
  sel
    .enter()
    .append('g')
    .each(function (d) {
      const el = this as unknown as El;
      el.setAttribute('class', 'gmp-chip');
      el.innerHTML = `<rect width="${CHIP_W}" height="${CHIP_H}" rx="4"></rect><text class="gmp-chip-id" x="${CHIP_W / 2}" y="14" text-anchor="middle">G${d.id}</text><text class="gmp-chip-sub" x="${CHIP_W / 2}" y="${CHIP_H + 11}" text-anchor="middle"></text>`;
      // A G comes from where it was (a queue's "+N" badge), else from its parent (go statement).
      const g = state.gs[d.id];
      const from = prev.get(d.id) ?? (g && g.parent > 0 ? prev.get(g.parent) : undefined);
      if (animate) {
        place(el, from?.x ?? d.x, from?.y ?? d.y);
        el.setAttribute('opacity', '0');
        moveTo(el, d.x, d.y, true, true);
      } else {
        el._tx = d.x;
        el._ty = d.y;
        place(el, d.x, d.y);
      }
    })
    .merge(sel)
    .each(function (d) {
      const el = this as unknown as El;
      moveTo(el, d.x, d.y, animate);
      if (el._s !== d.s) {
        el.setAttribute('data-s', d.s);
        el._s = d.s;
      }
      setClass(el, act.g.has(d.id) ? 'gmp-chip is-actor' : 'gmp-chip');
      if (el._sub !== d.sub) {
        const sub = el.lastChild;
        if (sub) sub.textContent = d.sub;
        el._sub = d.sub;
      }
    });
}

function joinMs(layer: Selection<SVGGElement, unknown, null, undefined>, ms: LM[], act: Actors, animate: boolean, prev: Map<number, Pt>): void {
  if (!animate) layer.selectAll<SVGGElement, LM>('g.is-exiting').interrupt().remove();
  const sel = layer.selectAll<SVGGElement, LM>('g.gmp-mtok:not(.is-exiting)').data(ms, (d) => String(d.id));
  sel.exit<LM>().each(function () {
    leave(this as unknown as El, undefined, animate);
  });
  sel
    .enter()
    .append('g')
    .each(function (d) {
      const el = this as unknown as El;
      el.innerHTML = `<rect width="${M_W}" height="${M_H}" rx="3"></rect><text x="${M_W / 2 - 4}" y="16" text-anchor="middle">M${d.id}</text><circle class="gmp-spin" cx="${M_W - 8}" cy="${M_H / 2}" r="4"></circle>`;
      const from = prev.get(d.id);
      el._tx = from?.x ?? d.x;
      el._ty = from?.y ?? d.y;
      place(el, el._tx, el._ty);
    })
    .merge(sel)
    .each(function (d) {
      const el = this as unknown as El;
      moveTo(el, d.x, d.y, animate);
      if (el._s !== d.phase) {
        el.setAttribute('data-phase', d.phase);
        el._s = d.phase;
      }
      let cls = 'gmp-mtok';
      if (d.spinning) cls += ' is-spinning';
      if (act.k.has(`m${d.id}`)) cls += ' is-actor';
      setClass(el, cls);
    });
}
