// The GC marking picture: one responsive SVG drawn with d3 from a GcState. layout.ts decides where
// things go; this file joins that layout into the DOM by key (objects by name, edges by the slot
// they start from) and writes an attribute only when it changed, so a 256-object heap plays fast.
import { select, type Selection } from 'd3-selection';
import type { SimEvent } from '../../../simulators/core/types.ts';
import { init, isTerminal, step } from '../../../simulators/gc/index.ts';
import type { GcState } from '../../../simulators/gc/types.ts';
import type { ViewOptions } from '../shell/types.ts';
import { gcLabels, type Locale } from './labels.ts';
import { computeLayout, type GcLayout, type LEdge, type LNode } from './layout.ts';
import { trailOf, type Trail } from './trail.ts';
import { joinPaths, joinRects, joinTexts, setClass } from '../kit/svg.ts';

export type GcView = { render(state: GcState, events: readonly SimEvent[], o: ViewOptions): void };

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Zooms tried, largest first: small programs get larger type and shapes when the room allows. */
export const ZOOMS = [1.6, 1.45, 1.3, 1.15, 1] as const;
/** Share of the room's height the picture aims to fill (a little slack for text that wraps later). */
const FILL = 0.985;

type Mem = { _sig?: string; _cls?: string; _txt?: string; _d?: string; _fill?: string };
type El = SVGElement & Mem;

let uid = 0;

export function createGcView(root: HTMLElement, opts: { locale: Locale; seed?: () => number }): GcView {
  const t = gcLabels(opts.locale);
  const id = ++uid;
  const hatch = `gc-hatch-${id}`;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'gc-svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('preserveAspectRatio', 'xMidYMin meet');
  svg.innerHTML =
    `<defs>` +
    `<pattern id="${hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect class="gc-hatch-bg" width="6" height="6"></rect><line class="gc-hatch-line" x1="1" y1="0" x2="1" y2="6"></line></pattern>` +
    `<marker id="gc-arrow-${id}" class="gc-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L8,4L0,8z"></path></marker>` +
    `<marker id="gc-arrow-alarm-${id}" class="gc-arrow is-alarm" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L8,4L0,8z"></path></marker>` +
    `</defs>`;
  const layer = (cls: string): Selection<SVGGElement, unknown, null, undefined> => {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', cls);
    svg.appendChild(g);
    return select(g);
  };
  const boxLayer = layer('gc-boxes');
  const edgeLayer = layer('gc-edges');
  const nodeLayer = layer('gc-nodes');
  const dotLayer = layer('gc-dots');
  const markLayer = layer('gc-marks');
  const badgeLayer = layer('gc-badges');
  const textLayer = layer('gc-texts');
  root.classList.add('gc-view');
  root.appendChild(svg);

  let viewBox = '';
  let fit: { key: string; program: unknown; zoom: number } = { key: '', program: null, zoom: 1 };
  const reserve = new WeakMap<object, Trail | null>();

  /** The "how it was lost" story this program's run ends with, if any: the layout keeps room for it. */
  const seed = () => opts.seed?.() ?? 1;

  function reserveFor(state: GcState): Trail | null {
    const key = state.config;
    const hit = reserve.get(key);
    if (hit !== undefined) return hit;
    let out: Trail | null = null;
    if (Object.keys(state.config.heap).length <= 60) {
      let s = init(state.config, seed());
      for (let i = 0; i < 2_000 && !isTerminal(s); i++) s = step(s).state;
      out = trailOf(s, opts.locale, seed());
    }
    reserve.set(key, out);
    return out;
  }

  function layoutAt(state: GcState, events: readonly SimEvent[], o: ViewOptions, zoom: number): GcLayout {
    const trail = trailOf(state, opts.locale, seed());
    return computeLayout({
      state,
      events,
      width: o.box.width / zoom,
      height: o.box.height > 0 ? (o.box.height * FILL) / zoom : 0,
      t,
      bold: o.presenting,
      trail,
      reserveTrail: reserveFor(state),
    });
  }

  function render(state: GcState, events: readonly SimEvent[], o: ViewOptions): void {
    // The largest zoom at which the whole picture fits the room, chosen once per room and program
    // (the layout keeps room for what appears later), so the picture keeps its size while stepping.
    const key = `${o.box.width}x${o.box.height}|${o.presenting}`;
    let lay: GcLayout;
    if (fit.key !== key || fit.program !== state.config.goroutines) {
      let chosen: GcLayout | null = null;
      for (const z of o.box.height > 0 ? ZOOMS : [1]) {
        const l = layoutAt(state, events, o, z);
        chosen = l;
        fit = { key, program: state.config.goroutines, zoom: z };
        if (l.height * z <= o.box.height * FILL + 1 && l.width * z <= o.box.width + 1) break;
      }
      lay = chosen!;
    } else lay = layoutAt(state, events, o, fit.zoom);
    const vb = `0 0 ${Math.round(lay.width)} ${lay.height}`;
    if (vb !== viewBox) {
      svg.setAttribute('viewBox', vb);
      viewBox = vb;
    }
    svg.classList.toggle('is-dense', lay.dense);
    svg.classList.toggle('is-animating', o.animate);
    joinRects(boxLayer, lay.boxes, { round: r1 });
    // Large heaps: the plain pointers share one path per style, and so do objects of one look,
    // so a step restyles and lays out a few dozen elements instead of hundreds. Alarms, the
    // pointer just written and everything on small heaps stay elements of their own.
    if (lay.dense) {
      const plain = (e: LEdge) => e.cls === 'gc-edge' || e.cls === 'gc-edge is-root';
      joinEdges(edgeLayer, [...bucketEdges(lay.edges.filter(plain)), ...lay.edges.filter((e) => !plain(e))], id);
    } else joinEdges(edgeLayer, lay.edges, id);
    // Many objects: one <circle> each (the DOM stays small, so a step restyles little); the
    // cross of a freed object is drawn apart, only where there is one.
    const dots = lay.nodes.filter((n) => n.dense);
    joinNodes(nodeLayer, dots.length ? lay.nodes.filter((n) => !n.dense) : lay.nodes, hatch);
    joinPaths(dotLayer, bucketDots(dots));
    joinMarks(markLayer, dots.filter((n) => n.flags.includes('is-freed')));
    joinBadges(badgeLayer, lay.dense ? [] : lay.edges.filter((e) => e.cls.includes('is-alarm') && !e.cls.includes('is-legend')));
    joinTexts(textLayer, lay.texts, { round: r1 });
  }

  return { render };
}


function joinEdges(layer: Selection<SVGGElement, unknown, null, undefined>, edges: LEdge[], id: number): void {
  layer
    .selectAll<SVGPathElement, LEdge>('path')
    .data(edges, (d) => d.key)
    .join('path')
    .each(function (d) {
      const el = this as unknown as El;
      if (el._d !== d.d) {
        el.setAttribute('d', d.d);
        el._d = d.d;
      }
      if (el._cls !== d.cls) {
        setClass(el, d.cls);
        const plain = d.cls.includes('is-legend') || d.cls.includes('is-bucket');
        if (plain) el.removeAttribute('marker-end');
        else el.setAttribute('marker-end', `url(#gc-arrow-${d.cls.includes('is-alarm') ? 'alarm-' : ''}${id})`);
      }
    });
}

function joinBadges(layer: Selection<SVGGElement, unknown, null, undefined>, edges: LEdge[]): void {
  layer
    .selectAll<SVGGElement, LEdge>('g')
    .data(edges, (d) => d.key)
    .join((enter) =>
      enter.append('g').each(function () {
        (this as SVGGElement).innerHTML = '<circle r="7"></circle><text y="4" text-anchor="middle">!</text>';
      }),
    )
    .each(function (d) {
      const el = this as unknown as El;
      const sig = `${d.mx},${d.my}`;
      if (el._sig !== sig) {
        el.setAttribute('transform', `translate(${d.mx},${d.my})`);
        el._sig = sig;
      }
      setClass(el, 'gc-badge');
    });
}

type Bucket = { key: string; cls: string; d: string };

/** One path per look: every object drawn the same way is a circle in the same path. */
export function bucketDots(nodes: readonly LNode[]): Bucket[] {
  const by = new Map<string, string[]>();
  for (const n of nodes) {
    const cls = `gc-dot c-${n.color}${n.flags ? ` ${n.flags}` : ''}`;
    const r = r1(n.w / 2);
    const part = `M${r1(n.x - r)},${r1(n.y)}a${r},${r} 0 1,0 ${r1(2 * r)},0a${r},${r} 0 1,0 ${r1(-2 * r)},0`;
    const list = by.get(cls);
    if (list) list.push(part);
    else by.set(cls, [part]);
  }
  return [...by.entries()].map(([cls, parts]) => ({ key: cls, cls, d: parts.join('') }));
}

/** Plain pointers of one style as one path (they carry no marker on large heaps). */
export function bucketEdges(edges: readonly LEdge[]): LEdge[] {
  const by = new Map<string, string[]>();
  for (const e of edges) {
    const list = by.get(e.cls);
    if (list) list.push(e.d);
    else by.set(e.cls, [e.d]);
  }
  return [...by.entries()].map(([cls, ds]) => ({ key: `bucket:${cls}`, cls: `${cls} is-bucket`, d: ds.join(''), mx: 0, my: 0 }));
}

function joinMarks(layer: Selection<SVGGElement, unknown, null, undefined>, nodes: LNode[]): void {
  layer
    .selectAll<SVGPathElement, LNode>('path')
    .data(nodes, (d) => d.key)
    .join('path')
    .each(function (d) {
      const el = this as unknown as El;
      const k = r1(d.w * 0.36);
      const x = r1(d.x);
      const y = r1(d.y);
      const path = `M${x - k},${y - k}L${x + k},${y + k}M${x + k},${y - k}L${x - k},${y + k}`;
      if (el._d !== path) {
        el.setAttribute('d', path);
        el._d = path;
      }
      setClass(el, d.flags.includes('is-lost') ? 'gc-mark is-lost' : 'gc-mark');
    });
}

function nodeInner(d: LNode): string {
  const w = d.w;
  const h = d.h;
  // The freed mark: a cross in the top right corner (the whole box on the small legend swatch).
  const legend = d.flags.includes('is-legend');
  const k = legend ? 3.5 : 4;
  const cx = legend ? 0 : w / 2 - 8;
  const cy = legend ? 0 : -h / 2 + 7;
  return (
    `<rect class="gc-ring" x="${-w / 2 - 4}" y="${-h / 2 - 4}" width="${w + 8}" height="${h + 8}" rx="7"></rect>` +
    `<rect class="gc-body" x="${-w / 2}" y="${-h / 2}" width="${w}" height="${h}" rx="5"></rect>` +
    `<path class="gc-x" d="M${cx - k},${cy - k}L${cx + k},${cy + k}M${cx + k},${cy - k}L${cx - k},${cy + k}"></path>` +
    `<text class="gc-label" y="4.5" text-anchor="middle"></text>`
  );
}

function joinNodes(layer: Selection<SVGGElement, unknown, null, undefined>, nodes: LNode[], hatch: string): void {
  layer
    .selectAll<SVGGElement, LNode>('g.gc-node')
    .data(nodes, (d) => d.key)
    .join('g')
    .each(function (d) {
      const el = this as unknown as El;
      const shape = `${r1(d.w)}x${r1(d.h)}`;
      if ((el as El & { _shape?: string })._shape !== shape) {
        el.innerHTML = nodeInner(d);
        (el as El & { _shape?: string })._shape = shape;
        el._txt = undefined;
        el._fill = undefined;
      }
      const sig = `${d.x},${d.y}`;
      if (el._sig !== sig) {
        el.setAttribute('transform', `translate(${r1(d.x)},${r1(d.y)})`);
        el._sig = sig;
      }
      setClass(el, `gc-node c-${d.color}${d.flags ? ` ${d.flags}` : ''}`);
      // Grey objects are hatched (full size): the pattern is this view's own.
      const fill = d.color === 'grey' && !d.flags.includes('is-freed') ? `fill: url(#${hatch})` : '';
      if (el._fill !== fill) {
        const body = el.querySelector('.gc-body') as SVGElement | null;
        if (body) {
          if (fill) body.setAttribute('style', fill);
          else body.removeAttribute('style');
        }
        el._fill = fill;
      }
      if (el._txt !== d.label) {
        const label = el.querySelector('.gc-label');
        if (label) label.textContent = d.label;
        el._txt = d.label;
      }
    });
}

function r1(n: number): number {
  return Math.round(n * 10) / 10;
}
