// Helpers every simulator view uses to draw SVG with d3 joins: measuring text without a layout
// read, cutting labels to fit, and writing attributes only when they change (a step rewrites
// hundreds of elements; unchanged writes still cost style invalidation).

import type { Selection } from 'd3-selection';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Per-element memory of what was last written. */
export type Mem = { _cls?: string; _txt?: string; _attrs?: Record<string, string> };
export type MemEl = SVGElement & Mem;

/** Rough width of a text at `size` px: CJK characters are about square, others about 0.6 em. */
export function estWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? size : size * 0.6;
  return w;
}

/** Cuts `text` so that it fits about `width` px at `size` px (default 11), with an ellipsis. */
export function clip(text: string, width: number, size = 11): string {
  if (estWidth(text, size) <= width) return text;
  let out = '';
  let w = estWidth('…', size);
  for (const ch of text) {
    w += estWidth(ch, size);
    if (w > width) break;
    out += ch;
  }
  return `${out}…`;
}

export function setClass(el: MemEl, cls: string): void {
  if (el._cls !== cls) {
    el.setAttribute('class', cls);
    el._cls = cls;
  }
}

export function setText(el: MemEl, text: string): void {
  if (el._txt !== text) {
    el.textContent = text;
    el._txt = text;
  }
}

export function setAttr(el: MemEl, name: string, v: string): void {
  const attrs = (el._attrs ??= {});
  if (attrs[name] !== v) {
    el.setAttribute(name, v);
    attrs[name] = v;
  }
}

/** One keyed `<tag>` per item in `layer` (entered, kept or removed by key), each passed to `write`. */
function joinKeyed<T extends { key: string }>(layer: Layer, tag: 'path' | 'rect' | 'text', items: readonly T[], write: (el: MemEl, d: T) => void): void {
  layer
    .selectAll<SVGElement, T>(tag)
    .data(items, (d) => d.key)
    .join(tag)
    .each(function (d) {
      write(this, d);
    });
}

/** One keyed `<path>` per item in `layer`; `d` and the class are written only when they change. */
export function joinPaths(layer: Layer, paths: readonly { key: string; cls: string; d: string }[]): void {
  joinKeyed(layer, 'path', paths, (el, p) => {
    setAttr(el, 'd', p.d);
    setClass(el, p.cls);
  });
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;
/** How a view writes an item: coordinates rounded (default as given), class (default `cls`). */
export type JoinOptions<T> = { round?: (v: number) => number; cls?: (d: T) => string };
export type RectItem = { key: string; cls: string; x: number; y: number; w: number; h: number; rx?: number };
export type TextItem = { key: string; cls: string; x: number; y: number; text: string; anchor?: 'start' | 'middle' | 'end'; size?: number };

const same = (v: number) => v;

/** One keyed `<rect>` per item; each attribute is written only when it changes. */
export function joinRects<T extends RectItem>(layer: Layer, rects: readonly T[], o: JoinOptions<T> = {}): void {
  const round = o.round ?? same;
  joinKeyed(layer, 'rect', rects, (el, d) => {
    setAttr(el, 'x', String(round(d.x)));
    setAttr(el, 'y', String(round(d.y)));
    setAttr(el, 'width', String(round(Math.max(0, d.w))));
    setAttr(el, 'height', String(round(Math.max(0, d.h))));
    if (d.rx) setAttr(el, 'rx', String(d.rx));
    setClass(el, o.cls ? o.cls(d) : d.cls);
  });
}

/** One keyed `<text>` per item; position, anchor, size, class and text written only when they change. */
export function joinTexts<T extends TextItem>(layer: Layer, texts: readonly T[], o: JoinOptions<T> = {}): void {
  const round = o.round ?? same;
  joinKeyed(layer, 'text', texts, (el, d) => {
    setAttr(el, 'x', String(round(d.x)));
    setAttr(el, 'y', String(round(d.y)));
    setAttr(el, 'text-anchor', d.anchor ?? 'start');
    if (d.size !== undefined) setAttr(el, 'font-size', String(d.size));
    setClass(el, o.cls ? o.cls(d) : d.cls);
    setText(el, d.text);
  });
}

/** An `<svg>` for a view: scales to its box (CSS sets width/max-height), hidden from assistive tech (the text alternative speaks for it). */
export function createSvg(root: HTMLElement, cls: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', cls);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('preserveAspectRatio', 'xMidYMin meet');
  root.appendChild(svg);
  return svg;
}

/** A `<g>` layer appended to `svg` (later layers draw on top). */
export function layer(svg: SVGSVGElement, cls: string): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', cls);
  svg.appendChild(g);
  return g;
}
