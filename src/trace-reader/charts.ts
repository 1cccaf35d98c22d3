// Small SVG charts for the trace reader, drawn with d3-scale and d3-selection: line/step/dot
// series over cycles or ticks, and stacked bars. Each chart is redrawn whole (a few hundred binned
// points at most); the selected cycle is a marker line. Colours come from classes (trace-reader.css),
// so both themes work. The SVG is an image with a label; the data is in a table next to it.
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { select, type Selection } from 'd3-selection';

export interface LineSeries {
  key: string;
  label: string;
  cls: string;
  values: readonly number[];
  kind: 'line' | 'step' | 'dots';
}

export interface HLine {
  y: number;
  label: string;
  cls: string;
}

export interface ChartSpec {
  label: string;
  xs: readonly number[];
  xFormat: (x: number) => string;
  yFormat: (y: number) => string;
  /** Unit and scale, written above the y axis ("MB", "ms, log scale"). */
  yTitle: string;
  series: LineSeries[];
  log?: boolean;
  height?: number;
  marker?: number | null;
  hLines?: HLine[];
  /** A labelled point (the worst pause…). */
  note?: { x: number; y: number; text: string } | null;
  /** Lower bound of the y domain (linear charts start at 0 by default). */
  yMin?: number;
  /** Counts: y ticks only at whole numbers. */
  integer?: boolean;
}

export interface StackSpec {
  label: string;
  xs: readonly number[];
  xFormat: (x: number) => string;
  yFormat: (y: number) => string;
  yTitle: string;
  keys: { key: string; label: string; cls: string }[];
  /** values[k][i]: the part of key k at point i (≥ 0). */
  values: readonly (readonly number[])[];
  /** A line on its own scale, at the right (GC CPU %). */
  line?: { label: string; title: string; cls: string; values: readonly number[]; max: number; format: (y: number) => string } | null;
  height?: number;
  marker?: number | null;
}

const SVG = 'http://www.w3.org/2000/svg';
const M = { top: 22, right: 12, bottom: 24, left: 50 };

type G = Selection<SVGGElement, unknown, null, undefined>;

function base(host: HTMLElement, label: string, height: number, right = M.right) {
  const width = Math.max(280, Math.floor(host.clientWidth || 600));
  host.replaceChildren();
  const svg = select(host)
    .append('svg')
    .attr('xmlns', SVG)
    .attr('class', 'tr-chart')
    .attr('role', 'img')
    .attr('aria-label', label)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height);
  const inner = { x0: M.left, x1: width - right, y0: M.top, y1: height - M.bottom };
  return { svg, width, inner };
}

/** Tick values for an x domain of cycle numbers or ms: a handful, whole numbers where they are. */
function xTicks(x: ScaleContinuousNumeric<number, number>, width: number): number[] {
  const n = Math.max(2, Math.min(8, Math.floor(width / 90)));
  return x.ticks(n);
}

function axes(
  g: G,
  x: ScaleContinuousNumeric<number, number>,
  y: ScaleContinuousNumeric<number, number>,
  inner: { x0: number; x1: number; y0: number; y1: number },
  spec: { xFormat: (v: number) => string; yFormat: (v: number) => string; yTitle: string; integer?: boolean },
  log: boolean,
): void {
  const all = log ? logTicks(y) : y.ticks(Math.max(2, Math.min(5, Math.floor((inner.y1 - inner.y0) / 30))));
  const yt = spec.integer ? all.filter((v) => Number.isInteger(v)) : all;
  const ax = g.append('g').attr('class', 'tr-axis');
  for (const v of yt) {
    const py = y(v);
    ax.append('line').attr('class', 'tr-grid').attr('x1', inner.x0).attr('x2', inner.x1).attr('y1', py).attr('y2', py);
    ax.append('text').attr('x', inner.x0 - 6).attr('y', py + 4).attr('text-anchor', 'end').text(spec.yFormat(v));
  }
  for (const v of xTicks(x, inner.x1 - inner.x0)) {
    const px = x(v);
    const label = spec.xFormat(v);
    // Labels near an edge are anchored to it, so they stay inside the picture.
    const half = label.length * 3.3;
    const anchor = px - half < 2 ? 'start' : px + half > inner.x1 + M.right - 2 ? 'end' : 'middle';
    ax.append('line').attr('class', 'tr-tick').attr('x1', px).attr('x2', px).attr('y1', inner.y1).attr('y2', inner.y1 + 4);
    ax.append('text').attr('x', anchor === 'start' ? Math.max(2, px - 4) : anchor === 'end' ? Math.min(inner.x1 + M.right - 2, px + 4) : px).attr('y', inner.y1 + 16).attr('text-anchor', anchor).text(label);
  }
  ax.append('line').attr('class', 'tr-baseline').attr('x1', inner.x0).attr('x2', inner.x1).attr('y1', inner.y1).attr('y2', inner.y1);
  ax.append('text').attr('class', 'tr-ytitle').attr('x', 4).attr('y', 13).text(spec.yTitle);
}

function logTicks(y: ScaleContinuousNumeric<number, number>): number[] {
  const [a, b] = y.domain() as [number, number];
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(a)); e <= Math.ceil(Math.log10(b)); e++) {
    const v = 10 ** e;
    if (v >= a * 0.999 && v <= b * 1.001) out.push(v);
  }
  return out.length >= 2 ? out : y.ticks(3);
}

function xScale(xs: readonly number[], inner: { x0: number; x1: number }) {
  const lo = xs.length ? xs[0]! : 0;
  const hi = xs.length ? xs[xs.length - 1]! : 1;
  return scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .range([inner.x0 + 4, inner.x1 - 4]);
}

function pathOf(xs: readonly number[], vs: readonly number[], x: (v: number) => number, y: (v: number) => number, step: boolean): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    const v = vs[i]!;
    if (!Number.isFinite(v)) {
      pen = false;
      continue;
    }
    const px = x(xs[i]!);
    const py = y(v);
    if (!pen) d += `M${px.toFixed(1)},${py.toFixed(1)}`;
    else if (step) d += `H${px.toFixed(1)}V${py.toFixed(1)}`;
    else d += `L${px.toFixed(1)},${py.toFixed(1)}`;
    pen = true;
  }
  return d;
}

function pickHandler(svg: Selection<SVGSVGElement, unknown, null, undefined>, xs: readonly number[], x: ScaleContinuousNumeric<number, number>, width: number, onPick?: (x: number) => void): void {
  if (!onPick || xs.length === 0) return;
  svg.classed('is-pickable', true).on('click', (ev: MouseEvent) => {
    const el = ev.currentTarget as SVGSVGElement;
    const r = el.getBoundingClientRect();
    const px = ((ev.clientX - r.left) / r.width) * width;
    const v = x.invert(px);
    let best = 0;
    let lo = 0;
    let hi = xs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]! < v) lo = mid + 1;
      else hi = mid - 1;
    }
    best = Math.min(xs.length - 1, Math.max(0, lo));
    if (best > 0 && Math.abs(xs[best - 1]! - v) < Math.abs(xs[best]! - v)) best--;
    onPick(xs[best]!);
  });
}

function marker(g: G, x: ScaleContinuousNumeric<number, number>, m: number | null | undefined, inner: { y0: number; y1: number }): void {
  if (m === null || m === undefined || !Number.isFinite(m)) return;
  g.append('line').attr('class', 'tr-marker').attr('x1', x(m)).attr('x2', x(m)).attr('y1', inner.y0 - 6).attr('y2', inner.y1);
}

export function renderLineChart(host: HTMLElement, spec: ChartSpec, onPick?: (x: number) => void): void {
  const height = spec.height ?? 220;
  const { svg, width, inner } = base(host, spec.label, height);
  const x = xScale(spec.xs, inner);
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spec.series)
    for (const v of s.values) {
      if (!Number.isFinite(v)) continue;
      if (spec.log && v <= 0) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  for (const h of spec.hLines ?? []) if (Number.isFinite(h.y)) hi = Math.max(hi, h.y);
  let y: ScaleContinuousNumeric<number, number>;
  let clampLow = 0;
  if (spec.log) {
    if (!Number.isFinite(lo)) {
      lo = 0.001;
      hi = 1;
    }
    const a = 10 ** Math.floor(Math.log10(lo));
    const b = 10 ** Math.ceil(Math.log10(Math.max(hi, a * 10)));
    clampLow = a;
    y = scaleLog().domain([a, b]).range([inner.y1, inner.y0]).clamp(true);
  } else {
    if (!Number.isFinite(hi)) hi = 1;
    const min = spec.yMin ?? Math.min(0, lo);
    y = scaleLinear()
      .domain([min, hi <= min ? min + 1 : hi])
      .nice()
      .range([inner.y1, inner.y0]);
  }
  const g = svg.append('g') as unknown as G;
  axes(g, x, y, inner, spec, !!spec.log);
  for (const h of spec.hLines ?? []) {
    if (!Number.isFinite(h.y)) continue;
    const py = y(h.y);
    g.append('line').attr('class', `tr-hline ${h.cls}`).attr('x1', inner.x0).attr('x2', inner.x1).attr('y1', py).attr('y2', py);
    g.append('text').attr('class', `tr-hline-label ${h.cls}`).attr('x', inner.x1 - 2).attr('y', py - 4).attr('text-anchor', 'end').text(h.label);
  }
  const yv = (v: number) => y(spec.log && v <= 0 ? clampLow : v);
  for (const s of spec.series) {
    if (s.kind === 'dots') {
      const dots = g.append('g').attr('class', `tr-dots ${s.cls}`);
      for (let i = 0; i < spec.xs.length; i++) {
        const v = s.values[i]!;
        if (!Number.isFinite(v)) continue;
        dots.append('circle').attr('cx', x(spec.xs[i]!)).attr('cy', yv(v)).attr('r', 2.5);
      }
    } else {
      g.append('path').attr('class', `tr-line ${s.cls}`).attr('d', pathOf(spec.xs, s.values, x, yv, s.kind === 'step'));
    }
  }
  if (spec.note && Number.isFinite(spec.note.y)) {
    const px = x(spec.note.x);
    const py = yv(spec.note.y);
    g.append('circle').attr('class', 'tr-note-dot').attr('cx', px).attr('cy', py).attr('r', 5);
    const right = px > (inner.x0 + inner.x1) / 2;
    g.append('text')
      .attr('class', 'tr-note')
      .attr('x', right ? px - 8 : px + 8)
      .attr('y', Math.max(inner.y0 + 10, py - 8))
      .attr('text-anchor', right ? 'end' : 'start')
      .text(spec.note.text);
  }
  marker(g, x, spec.marker, inner);
  pickHandler(svg, spec.xs, x, width, onPick);
}

export function renderStack(host: HTMLElement, spec: StackSpec, onPick?: (x: number) => void): void {
  const height = spec.height ?? 220;
  const right = spec.line ? 44 : M.right;
  const { svg, width, inner } = base(host, spec.label, height, right);
  const x = xScale(spec.xs, inner);
  const n = spec.xs.length;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (const vs of spec.values) s += Math.max(0, vs[i] ?? 0);
    hi = Math.max(hi, s);
  }
  const y = scaleLinear()
    .domain([0, hi > 0 ? hi : 1])
    .nice()
    .range([inner.y1, inner.y0]);
  const g = svg.append('g') as unknown as G;
  axes(g, x, y, inner, spec, false);
  const span = n > 1 ? (x(spec.xs[n - 1]!) - x(spec.xs[0]!)) / (n - 1) : 20;
  const bw = Math.max(1, Math.min(18, span * 0.8));
  spec.keys.forEach((k, ki) => {
    const layer = g.append('g').attr('class', `tr-bars ${k.cls}`);
    for (let i = 0; i < n; i++) {
      let below = 0;
      for (let j = 0; j < ki; j++) below += Math.max(0, spec.values[j]![i] ?? 0);
      const v = Math.max(0, spec.values[ki]![i] ?? 0);
      if (v <= 0) continue;
      const y0 = y(below);
      const y1 = y(below + v);
      layer
        .append('rect')
        .attr('x', x(spec.xs[i]!) - bw / 2)
        .attr('y', y1)
        .attr('width', bw)
        .attr('height', Math.max(0.5, y0 - y1));
    }
  });
  if (spec.line) {
    const l = spec.line;
    const y2 = scaleLinear()
      .domain([0, l.max > 0 ? l.max : 1])
      .nice()
      .range([inner.y1, inner.y0]);
    g.append('path').attr('class', `tr-line ${l.cls}`).attr('d', pathOf(spec.xs, l.values, x, y2, false));
    const ax = g.append('g').attr('class', 'tr-axis tr-axis-right');
    ax.append('text').attr('class', 'tr-ytitle-right').attr('x', inner.x1 + 40).attr('y', 13).attr('text-anchor', 'end').text(l.title);
    for (const v of y2.ticks(4)) {
      ax.append('text').attr('x', inner.x1 + 6).attr('y', y2(v) + 4).attr('text-anchor', 'start').text(l.format(v));
    }
  }
  marker(g, x, spec.marker, inner);
  pickHandler(svg, spec.xs, x, width, onPick);
}

/** A legend as an HTML list: swatches that wrap on narrow screens and read as text. */
export function legend(items: { label: string; cls: string; kind?: 'line' | 'dots' | 'bar' | 'dash' }[]): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'tr-legend';
  for (const it of items) {
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = `tr-swatch tr-swatch-${it.kind ?? 'line'} ${it.cls}`;
    sw.setAttribute('aria-hidden', 'true');
    li.append(sw, document.createTextNode(it.label));
    ul.append(li);
  }
  return ul;
}
