// The pacer picture: three views of one run behind a small tab bar.
// - Chart: the heap around now (live / new / other memory stacked, goal and trigger, GOMEMLIMIT,
//   mark phases, the current cycle, a cursor), GC CPU over the whole run (background and assists,
//   the limiter's stretches, the cumulative figure gctrace prints) and the whole run's memory.
// - gctrace: the lines GODEBUG=gctrace=1 has printed so far.
// - GC guide: the runtime model and the GC guide's model of the same program on the same axes,
//   with what the guide leaves out.
// The whole run comes from a projection (series.ts) computed a slice at a time; paths over the
// whole run are rebuilt only when it grows or the room changes, and per frame only the window
// around now, the cursor and the veil over the future move.
import { select, type Selection } from 'd3-selection';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { fmtBytes, fmtDuration, fmtNumber } from '../../../simulators/core/format.ts';
import type { Locale, SimEvent } from '../../../simulators/core/types.ts';
import { GUIDE_DEPARTURES, GUIDE_WORKLOADS, pacing, type PacerState } from '../../../simulators/pacer/index.ts';
import { GUIDE_NO_LIMIT } from '../../../simulators/pacer/guide/index.ts';
import type { ViewOptions } from '../shell/types.ts';
import { escapeHtml } from '../shell/format.ts';
import { createSvg, setAttr, setText, SVG_NS, type MemEl } from '../kit/svg.ts';
import { guideRun } from './guide.ts';
import { chartLayout, fmtSeconds, guideLayout, textWidth, type ChartLayout, type LegendItem, type PlacedLegend, type Rect } from './layout.ts';
import { pacerLabels, type PacerLabels } from './labels.ts';
import { areaPath, bandsPath, cpuBuckets, cursorOf, decimate, heapLines, linePath, maxIn, Projector, runsOf, stickyTop, type Line, type Projection } from './series.ts';

export type Tab = 'chart' | 'gctrace' | 'guide';
const TABS: Tab[] = ['chart', 'gctrace', 'guide'];
const MiB = 1 << 20;
/** How many cycles the detail window spans (by the run's median cycle length). */
const WINDOW_CYCLES = 8;
/** Where "now" sits across the detail window. */
const CURSOR_AT = 0.75;
/** gctrace lines shown (the latest). */
const TRACE_LINES = 200;
/** Share of the shell's picture height the view takes inline in a chapter. */
const INLINE_SHARE = 0.78;
/** Share of the guide tab's height for the charts (the departures list has the rest). */
const GUIDE_SVG_SHARE = 0.66;

export type PacerView = {
  render(state: PacerState, events: readonly SimEvent[], o: ViewOptions): void;
  readonly tab: Tab;
  setTab(tab: Tab): void;
  /** The projection in use (tests and the bench wait for it to finish). */
  readonly projection: Projection | undefined;
};

type G = Selection<SVGGElement, unknown, null, undefined>;

function el<K extends keyof SVGElementTagNameMap>(parent: Element, name: K, cls?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  if (cls) e.setAttribute('class', cls);
  parent.appendChild(e);
  return e;
}

/** Writes an attribute only when it changed (numbers as written by String). */
function attr(e: Element, name: string, v: string | number): void {
  setAttr(e as MemEl, name, String(v));
}

/** The part of a polyline inside [a, b], with points interpolated at the edges. */
export function clipLine(l: Line, a: number, b: number): Line {
  const t: number[] = [];
  const v: number[] = [];
  const n = l.t.length;
  const at = (k: number, x: number) => {
    const t0 = l.t[k]!;
    const t1 = l.t[k + 1]!;
    const v0 = l.v[k]!;
    const v1 = l.v[k + 1]!;
    if (Number.isNaN(v0) || Number.isNaN(v1)) return NaN;
    return t1 === t0 ? v1 : v0 + ((v1 - v0) * (x - t0)) / (t1 - t0);
  };
  for (let k = 0; k < n; k++) {
    const tk = l.t[k]!;
    if (tk > b) break;
    if (tk >= a) {
      t.push(tk);
      v.push(l.v[k]!);
    }
    if (k + 1 < n) {
      const tn = l.t[k + 1]!;
      if (tk < a && tn > a) {
        t.push(a);
        v.push(at(k, a));
      }
      if (tk < b && tn > b) {
        t.push(b);
        v.push(at(k, b));
        break;
      }
    }
  }
  return { t, v };
}

type TextItem = { key: string; x: number; y: number; text: string; cls: string; anchor?: 'start' | 'middle' | 'end' };

/** Time labels under a chart: about one per 90 px, none that would stick out of it. */
function timeTicks(x: ScaleLinear<number, number>, r: Rect, span: number, seconds: string, key: string): TextItem[] {
  const vs = x.ticks(Math.max(2, Math.floor(r.w / 90)));
  const step = vs.length > 1 ? vs[1]! - vs[0]! : span;
  const out: TextItem[] = [];
  for (const v of vs) {
    const xx = x(v);
    const label = fmtSeconds(v, step, seconds);
    if (xx - textWidth(label) / 2 < r.x || xx + textWidth(label) / 2 > r.x + r.w) continue;
    out.push({ key: `${key}${v}`, x: xx, y: r.y + r.h + 12, text: label, cls: 'pacer-tick', anchor: 'middle' });
  }
  return out;
}

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Program duration without GC (s → ns): a lower bound on the run's end while it is projected. */
function programNs(s: PacerState): number {
  return s.phases.reduce((a, p) => a + p.duration, 0) * 1e9;
}

export function createPacerView(root: HTMLElement, opts: { locale: Locale }): PacerView {
  const locale = opts.locale;
  const t = pacerLabels(locale);
  const shell = root.closest<HTMLElement>('.sim-shell');
  const wrap = document.createElement('div');
  wrap.className = 'pacer-view';
  root.classList.add('pacer-stage');
  root.appendChild(wrap);

  // ---- tab bar ----
  const tabs = document.createElement('div');
  tabs.className = 'pacer-tabs';
  tabs.setAttribute('role', 'group');
  tabs.setAttribute('aria-label', t.tabsLabel);
  wrap.appendChild(tabs);
  const tabButtons = new Map<Tab, HTMLButtonElement>();
  for (const id of TABS) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.tab = id;
    b.textContent = t.tabs[id];
    b.addEventListener('click', () => view.setTab(id));
    tabs.appendChild(b);
    tabButtons.set(id, b);
  }

  // ---- chart ----
  // Two layers of one picture: what changes only when the window pages or the run grows, and,
  // over it in a layer of its own, what moves every step (cursors, veils over the future, the
  // current cycle, the words), so a step repaints the light layer and never the filled areas.
  const svg = createSvg(wrap, 'pacer-svg pacer-chart');
  const overlay = createSvg(wrap, 'pacer-svg pacer-overlay');
  const gLegend = select(el(svg, 'g', 'pacer-legend'));
  const gText = select(el(overlay, 'g', 'pacer-texts'));
  const gGrid = select(el(svg, 'g', 'pacer-grid'));
  // Detail panel.
  const dMarks = el(svg, 'path', 'pacer-markband');
  const dCurrent = el(overlay, 'rect', 'pacer-current');
  const dOther = el(svg, 'path', 'pacer-area a-other');
  const dFresh = el(svg, 'path', 'pacer-area a-fresh');
  const dMarked = el(svg, 'path', 'pacer-area a-marked');
  const dGoal = el(svg, 'path', 'pacer-line l-goal');
  const dTrigger = el(svg, 'path', 'pacer-line l-trigger');
  const dLimit = el(svg, 'path', 'pacer-line l-limit');
  const dVeil = el(overlay, 'rect', 'pacer-veil');
  const dCursor = el(overlay, 'path', 'pacer-cursor');
  const dDotHeap = el(overlay, 'circle', 'pacer-dot d-heap');
  const dFrame = el(svg, 'rect', 'pacer-frame');
  // CPU panel.
  const cAssist = el(svg, 'path', 'pacer-area a-assist');
  const cBackground = el(svg, 'path', 'pacer-area a-background');
  const cRef = el(svg, 'path', 'pacer-ref');
  const cUtil = el(svg, 'path', 'pacer-line l-util');
  const cLimiter = el(svg, 'path', 'pacer-limiter');
  const cVeil = el(overlay, 'rect', 'pacer-veil');
  const cCursor = el(overlay, 'path', 'pacer-cursor');
  const cFrame = el(svg, 'rect', 'pacer-frame');
  // Overview panel.
  const oOther = el(svg, 'path', 'pacer-area a-other');
  const oFresh = el(svg, 'path', 'pacer-area a-fresh');
  const oMarked = el(svg, 'path', 'pacer-area a-marked');
  const oLimit = el(svg, 'path', 'pacer-line l-limit');
  const oVeil = el(overlay, 'rect', 'pacer-veil');
  const oWindow = el(overlay, 'rect', 'pacer-window');
  const oCursor = el(overlay, 'path', 'pacer-cursor');
  const oFrame = el(svg, 'rect', 'pacer-frame');
  // Words go on top of everything.
  overlay.appendChild(gText.node()!);

  // ---- gctrace ----
  const trace = document.createElement('div');
  trace.className = 'pacer-trace';
  trace.tabIndex = 0;
  trace.setAttribute('role', 'region');
  trace.setAttribute('aria-label', 'gctrace');
  trace.innerHTML = `<p class="pacer-trace-head"></p><ol class="pacer-trace-lines"></ol><p class="pacer-trace-note"></p>`;
  wrap.appendChild(trace);
  const traceList = trace.querySelector('ol')!;
  const traceHead = trace.querySelector('.pacer-trace-head')!;
  const traceNote = trace.querySelector('.pacer-trace-note')!;
  traceHead.textContent = t.gctraceHead;

  // ---- GC guide ----
  const guide = document.createElement('div');
  guide.className = 'pacer-guide';
  wrap.appendChild(guide);
  const gsvg = createSvg(guide, 'pacer-svg pacer-guide-svg');
  const ggLegend = select(el(gsvg, 'g', 'pacer-legend'));
  const ggText = select(el(gsvg, 'g', 'pacer-texts'));
  const ggGrid = select(el(gsvg, 'g', 'pacer-grid'));
  const gPanels = [0, 1].map(() => ({
    other: el(gsvg, 'path', 'pacer-area a-other'),
    fresh: el(gsvg, 'path', 'pacer-area a-fresh'),
    marked: el(gsvg, 'path', 'pacer-area a-marked'),
    limit: el(gsvg, 'path', 'pacer-line l-limit'),
    veil: el(gsvg, 'rect', 'pacer-veil'),
    cursor: el(gsvg, 'path', 'pacer-cursor'),
    frame: el(gsvg, 'rect', 'pacer-frame'),
  }));
  gsvg.appendChild(ggText.node()!);
  const departures = document.createElement('div');
  departures.className = 'pacer-departures';
  departures.tabIndex = 0;
  departures.setAttribute('role', 'region');
  departures.setAttribute('aria-label', t.departuresHead);
  departures.innerHTML = `<p class="pacer-guide-inputs"></p><h4>${escapeHtml(t.departuresHead)}</h4><ul>${GUIDE_DEPARTURES.map((d) => `<li>${escapeHtml(d.text[locale])}</li>`).join('')}</ul>`;
  guide.appendChild(departures);
  const guideInputsP = departures.querySelector('.pacer-guide-inputs')!;

  // ---- state ----
  const projector = new Projector();
  let tab: Tab = readTab();
  let last: { state: PacerState; events: readonly SimEvent[]; o: ViewOptions } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chartKey = '';
  let lay: ChartLayout | null = null;
  let wholeKey = '';
  let detailTop: number | null = null;
  let windowA = 0;
  let windowKey = '';
  let detailKey = '';
  let detail: { heap: Line; limitShown: boolean; grid: string[]; ticks: TextItem[] } = { heap: { t: [], v: [] }, limitShown: false, grid: [], ticks: [] };
  let detailTopKey = '';
  let traceKey = '';
  let guideKey = '';
  const spans = new WeakMap<Projection, { span: number; final: boolean }>();

  function readTab(): Tab {
    if (!shell || (shell.dataset.mode !== 'page' && shell.dataset.mode !== 'embed')) return 'chart';
    const v = new URLSearchParams(location.search).get('view');
    return v === 'gctrace' || v === 'guide' ? v : 'chart';
  }

  function writeTab(): void {
    if (!shell || (shell.dataset.mode !== 'page' && shell.dataset.mode !== 'embed')) return;
    const url = new URL(location.href);
    if (tab === 'chart') url.searchParams.delete('view');
    else url.searchParams.set('view', tab);
    history.replaceState(history.state, '', url.toString());
  }

  function showTab(): void {
    wrap.dataset.tab = tab;
    for (const [id, b] of tabButtons) b.setAttribute('aria-pressed', String(id === tab));
    svg.style.display = tab === 'chart' ? '' : 'none';
    overlay.style.display = svg.style.display;
    trace.hidden = tab !== 'gctrace';
    guide.hidden = tab !== 'guide';
  }
  showTab();

  /**
   * Keeps the projection growing in idle slices of 8 ms. The whole-run panels are redrawn as it
   * grows, at most every 250 ms (each redraw walks every cycle so far), and once at the end.
   */
  let drawnAt = 0;
  function schedule(): void {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      const p = projector.current;
      if (!p || p.done || !last) return;
      const grew = p.extend(8);
      const t = performance.now();
      if (grew && last && (p.done || t - drawnAt > 250)) {
        drawnAt = t;
        draw(last.state, last.o);
      }
      if (!p.done) schedule();
    }, 0);
  }

  // ---- chart ---------------------------------------------------------------------------------

  function legendItems(l: PacerLabels, chart = true): LegendItem[] {
    const items: LegendItem[] = [
      { key: 'marked', kind: 'area', cls: 'a-marked', text: l.legend.marked },
      { key: 'fresh', kind: 'area', cls: 'a-fresh', text: l.legend.fresh },
      { key: 'other', kind: 'area', cls: 'a-other', text: l.legend.other },
    ];
    if (chart) items.push({ key: 'goal', kind: 'line', cls: 'l-goal', text: l.legend.goal }, { key: 'trigger', kind: 'dash', cls: 'l-trigger', text: l.legend.trigger });
    items.push({ key: 'limit', kind: 'dash', cls: 'l-limit', text: l.legend.limit });
    if (chart) {
      items.push({ key: 'marking', kind: 'band', cls: 'pacer-markband', text: l.legend.marking });
      items.push({ key: 'limiter', kind: 'strip', cls: 'pacer-limiter', text: l.legend.limiter });
    }
    return items;
  }

  function drawLegend(g: G, items: PlacedLegend[]): void {
    g.selectAll<SVGGElement, PlacedLegend>('g.pacer-key')
      .data(items, (d) => d.key)
      .join((enter) =>
        enter.append('g').each(function (d) {
          const k = this as SVGGElement;
          k.setAttribute('class', 'pacer-key');
          if (d.kind === 'area' || d.kind === 'band' || d.kind === 'strip') {
            const r = el(k, 'rect', d.kind === 'area' ? `pacer-area ${d.cls}` : d.cls);
            r.setAttribute('x', '0');
            r.setAttribute('y', d.kind === 'strip' ? '2' : '-1');
            r.setAttribute('width', '14');
            r.setAttribute('height', d.kind === 'strip' ? '6' : '10');
          } else {
            const p = el(k, 'path', `pacer-line ${d.cls}`);
            p.setAttribute('d', 'M0,5H14');
          }
          const tx = el(k, 'text');
          tx.setAttribute('x', '18');
          tx.setAttribute('y', '9');
          tx.textContent = d.text;
        }),
      )
      .attr('transform', (d) => `translate(${d.x},${d.y})`);
  }

  function drawTexts(g: G, items: TextItem[]): void {
    g.selectAll<SVGTextElement, TextItem>('text')
      .data(items, (d) => d.key)
      .join('text')
      .each(function (d) {
        const e = this as SVGTextElement;
        attr(e, 'x', Math.round(d.x * 10) / 10);
        attr(e, 'y', Math.round(d.y * 10) / 10);
        attr(e, 'text-anchor', d.anchor ?? 'start');
        attr(e, 'class', d.cls);
        setText(e as MemEl, d.text);
      });
  }

  function frame(r: SVGRectElement, box: Rect): void {
    attr(r, 'x', box.x);
    attr(r, 'y', box.y);
    attr(r, 'width', box.w);
    attr(r, 'height', box.h);
  }

  /** The detail window's length: WINDOW_CYCLES median cycles, fixed once the run is known. */
  function spanOf(p: Projection, s: PacerState): number {
    const memo = spans.get(p);
    if (memo?.final) return memo.span;
    const cs = p.cycles;
    const periods: number[] = [];
    for (let i = 1; i < cs.length; i++) periods.push(cs[i]!.tEnd - cs[i - 1]!.tEnd);
    const total = Math.max(p.endT, programNs(s));
    let span = periods.length >= 2 ? median(periods) * WINDOW_CYCLES : total / 6;
    span = Math.min(Math.max(span, 1e6), total);
    // Before the run is known, keep the first estimate unless it grows a lot (no jitter while loading).
    if (memo && !p.done && Math.abs(span / memo.span - 1) < 0.5) span = memo.span;
    spans.set(p, { span, final: p.done });
    return span;
  }

  function drawChart(s: PacerState, o: ViewOptions, p: Projection): void {
    const key = `${o.box.width}x${o.box.height}|${o.presenting}`;
    if (key !== chartKey || !lay) {
      lay = chartLayout(o.box, o.presenting, legendItems(t));
      chartKey = key;
      wholeKey = '';
      attr(svg, 'viewBox', `0 0 ${lay.width} ${lay.height}`);
      attr(overlay, 'viewBox', `0 0 ${lay.width} ${lay.height}`);
      drawLegend(gLegend, lay.legend);
      frame(dFrame, lay.detail);
      frame(cFrame, lay.cpu);
      frame(oFrame, lay.overview);
    }
    const L = lay;
    const texts: TextItem[] = [];
    const grid: string[] = [];
    const endDomain = p.done ? p.endT : Math.max(p.endT, programNs(s));
    const limit = s.memoryLimit;

    // ---- detail: a window around now ----
    const span = spanOf(p, s);
    // The window pages rather than scrolls: it holds still while the cursor crosses it (the
    // paths are not rewritten while stepping) and turns a page when the cursor nears an edge.
    const winKey = `${p.key}|${p.phases.length}|${key}|${span}`;
    const maxA = Math.max(0, endDomain - span);
    let a = winKey === windowKey ? windowA : s.now - span * CURSOR_AT;
    if (s.now > a + span * 0.94) a = s.now - span * 0.2;
    else if (s.now < a + span * 0.04) a = s.now - span * 0.8;
    a = Math.max(0, Math.min(a, maxA));
    windowA = a;
    windowKey = winKey;
    const b = a + span;
    const cur = cursorOf(s);
    const pc = pacing(s);
    const goalNow = Number.isFinite(pc.goal) ? pc.goal : NaN;
    const trigNow = !s.mark && Number.isFinite(pc.trigger.trigger) ? pc.trigger.trigger : NaN;
    const D = L.detail;
    const dk = `${a}|${b}|${p.version}|${p.cycles.length}|${key}|${limit}`;
    if (dk !== detailKey) {
      detailKey = dk;
      const lines = heapLines(p, a, b);
      const heap = clipLine(lines.heap, a, b);
      const total = clipLine(lines.total, a, b);
      const marked = clipLine(lines.marked, a, b);
      const goal = clipLine(lines.goal, a, b);
      const trig = clipLine(lines.trigger, a, b);
      let dataMax = Math.max(maxIn(total, a, b), maxIn(goal, a, b), maxIn(trig, a, b));
      const limitShown = limit !== null && limit <= dataMax * 2.5;
      if (limitShown) dataMax = Math.max(dataMax, limit!);
      const topKey = `${winKey}|${limit}`;
      if (topKey !== detailTopKey) {
        detailTop = null;
        detailTopKey = topKey;
      }
      const top = stickyTop(dataMax, detailTop);
      detailTop = top;
      const x = scaleLinear().domain([a, b]).range([D.x, D.x + D.w]);
      const y = scaleLinear().domain([0, top]).range([D.y + D.h, D.y]);
      const px = (l: Line) => {
        const xs = l.t.map((v) => x(v));
        const ys = l.v.map((v) => (Number.isNaN(v) ? NaN : y(v)));
        return xs.length > D.w * 4 ? decimate(xs, ys) : { x: xs, y: ys };
      };
      const base = D.y + D.h;
      const pt = px(total);
      const ph = px(heap);
      const pm = px(marked);
      attr(dOther, 'd', areaPath(pt.x, pt.y, base));
      attr(dFresh, 'd', areaPath(ph.x, ph.y, base));
      attr(dMarked, 'd', areaPath(pm.x, pm.y, base));
      const pg = px(goal);
      const ptr = px(trig);
      attr(dGoal, 'd', linePath(pg.x, pg.y));
      attr(dTrigger, 'd', linePath(ptr.x, ptr.y));
      attr(dLimit, 'd', limitShown ? `M${D.x},${y(limit!)}H${D.x + D.w}` : '');
      const markSpans = lines.marks.filter(([m0, m1]) => m1 >= a && m0 <= b).map(([m0, m1]) => [x(Math.max(a, m0)), x(Math.min(b, m1))] as const);
      attr(dMarks, 'd', bandsPath(markSpans, D.y, D.y + D.h, 1.5));
      detail = { heap, limitShown, grid: [], ticks: [] };
      for (const v of mibTicks(top, D.h > 120 ? 5 : 3)) {
        const yy = y(v * MiB);
        detail.grid.push(`M${D.x},${Math.round(yy) + 0.5}H${D.x + D.w}`);
        detail.ticks.push({ key: `yt${v}`, x: D.x - 4, y: yy + 4, text: tickMiB(v), cls: 'pacer-tick', anchor: 'end' });
      }
      detail.ticks.push(...timeTicks(x, D, span, t.seconds, 'xt'));
    }
    const top = detailTop!;
    const x = scaleLinear().domain([a, b]).range([D.x, D.x + D.w]);
    const y = scaleLinear().domain([0, top]).range([D.y + D.h, D.y]);
    const limitShown = detail.limitShown;
    grid.push(...detail.grid);
    texts.push(...detail.ticks);
    // The current cycle: its run-up from the last cycle's end, and its mark phase.
    const curN = s.mark ? s.mark.n : s.numgc + 1;
    const cyc = p.cycles[curN - 1];
    const prevEnd = curN >= 2 ? p.cycles[curN - 2]?.tEnd ?? 0 : 0;
    const curEnd = cyc ? cyc.tEnd : p.endT;
    const c0 = x(Math.max(a, prevEnd));
    const c1 = x(Math.min(b, curEnd));
    if (!s.exited && c1 > c0) {
      attr(dCurrent, 'x', c0);
      attr(dCurrent, 'y', D.y);
      attr(dCurrent, 'width', Math.max(1, c1 - c0));
      attr(dCurrent, 'height', D.h);
      attr(dCurrent, 'visibility', 'visible');
      const lx = Math.min(Math.max((c0 + c1) / 2, D.x + 30), D.x + D.w - 30);
      texts.push({ key: 'cur', x: lx, y: D.y + 12, text: s.mark ? t.gcMarking(curN) : t.gc(curN), cls: 'pacer-curlabel', anchor: 'middle' });
    } else attr(dCurrent, 'visibility', 'hidden');
    // Now: cursor, dots, the future veiled.
    const xn = x(s.now);
    attr(dCursor, 'd', `M${xn},${D.y}V${D.y + D.h}`);
    attr(dDotHeap, 'cx', xn);
    attr(dDotHeap, 'cy', y(valueAt(detail.heap, s.now, cur.heap)));
    attr(dDotHeap, 'r', 3);
    veil(dVeil, xn, D);
    texts.push({ key: 'tDetail', x: D.x, y: L.titles.detail, text: t.heapTitle, cls: 'pacer-title' });
    if (!p.done && textWidth(t.heapTitle, 12) + textWidth(t.computing, 10.5) + 16 < D.w) texts.push({ key: 'computing', x: D.x + D.w, y: L.titles.detail, text: t.computing, cls: 'pacer-small', anchor: 'end' });
    // Values at the cursor, in the gutter on the right.
    const gx = D.x + D.w + 6;
    const vals: { key: string; v: number; name: string; cls: string }[] = [];
    if (limit !== null) vals.push({ key: 'limit', v: limit, name: t.legend.limit, cls: 'v-limit' });
    if (Number.isFinite(goalNow)) vals.push({ key: 'goal', v: goalNow, name: t.legend.goal, cls: 'v-goal' });
    if (Number.isFinite(trigNow)) vals.push({ key: 'trigger', v: trigNow, name: t.legend.trigger, cls: 'v-trigger' });
    vals.push({ key: 'heap', v: cur.heap, name: t.heapLive, cls: 'v-heap' });
    const placed = spread(
      vals.map((d) => ({ ...d, y: d.key === 'limit' && !limitShown ? D.y + 8 : y(Math.min(d.v, top)) + 4 })),
      L.gutterNames ? 26 : 13,
      D.y + 8,
      D.y + D.h + 4,
    );
    for (const d of placed) {
      const v = L.gutterNames ? fmtBytes(d.v) : shortBytes(d.v);
      const value = d.key === 'limit' && !limitShown ? `${v} ↑` : v;
      if (L.gutterNames) {
        texts.push({ key: `gn-${d.key}`, x: gx, y: d.y - 11, text: d.name, cls: `pacer-val-name ${d.cls}` });
        texts.push({ key: `gv-${d.key}`, x: gx, y: d.y + 1, text: value, cls: `pacer-val ${d.cls}` });
      } else texts.push({ key: `gv-${d.key}`, x: gx, y: d.y, text: value, cls: `pacer-val ${d.cls}` });
    }

    // ---- whole run: GC CPU and memory ----
    const C = L.cpu;
    const O = L.overview;
    const xw = scaleLinear().domain([0, endDomain]).range([C.x, C.x + C.w]);
    const wk = `${key}|${p.key}|${p.version}|${p.cycles.length}|${endDomain}|${limit}`;
    // While the run is still being projected, the whole-run panels catch up at most 4 times a second.
    const tw = performance.now();
    if (wk !== wholeKey && (p.done || wholeKey === '' || !wholeKey.startsWith(`${key}|${p.key}|`) || tw - wholeAt > 250)) {
      wholeKey = wk;
      wholeAt = tw;
      drawWhole(p, xw, endDomain, limit);
    }
    const xwn = xw(s.now);
    attr(cCursor, 'd', `M${xwn},${C.y}V${C.y + C.h}`);
    attr(oCursor, 'd', `M${xwn},${O.y}V${O.y + O.h}`);
    veil(cVeil, xwn, C);
    veil(oVeil, xwn, O);
    attr(oWindow, 'x', xw(a));
    attr(oWindow, 'y', O.y);
    attr(oWindow, 'width', Math.max(2, xw(b) - xw(a)));
    attr(oWindow, 'height', O.h);
    const yc = (f: number) => C.y + C.h - f * C.h;
    grid.push(`M${C.x},${Math.round(yc(0.5)) + 0.5}H${C.x + C.w}`);
    texts.push({ key: 'c50', x: C.x - 4, y: yc(0.5) + 4, text: '50%', cls: 'pacer-tick', anchor: 'end' });
    texts.push({ key: 'c0', x: C.x - 4, y: yc(0), text: '0', cls: 'pacer-tick', anchor: 'end' });
    texts.push({ key: 'tCpu', x: C.x, y: L.titles.cpu, text: t.cpuTitle, cls: 'pacer-title' });
    // The CPU panel's own key, in the gutter: background, assists, cumulative.
    const ck = [
      { k: 'bg', text: t.cpuBackground, cls: 'v-background' },
      { k: 'as', text: t.cpuAssist, cls: 'v-assist' },
      { k: 'cu', text: t.cpuCumulativeShort, cls: 'v-util' },
    ];
    const ckStep = Math.min(13, C.h / 3);
    ck.forEach((d, i) => texts.push({ key: `ck-${d.k}`, x: gx, y: C.y + 10 + i * ckStep, text: d.text, cls: `pacer-small ${d.cls}` }));
    const cuNow = s.cycles.length ? s.cycles[s.cycles.length - 1]!.utilPercent : 0;
    const cuText = `${t.cpuCumulative}: ${cuNow}%`;
    // Beside the title when there is room for both.
    if (textWidth(t.cpuTitle, 12, o.presenting) + textWidth(cuText, 10.5, o.presenting) + 16 < C.w) texts.push({ key: 'cuNow', x: C.x + C.w, y: L.titles.cpu, text: cuText, cls: 'pacer-small v-util', anchor: 'end' });
    texts.push({ key: 'tOver', x: O.x, y: L.titles.overview, text: t.overviewTitle, cls: 'pacer-title' });
    const oy = scaleLinear().domain([0, wholeTop]).range([O.y + O.h, O.y]);
    texts.push({ key: 'oTop', x: O.x - 4, y: O.y + 9, text: tickMiB(wholeTop / MiB), cls: 'pacer-tick', anchor: 'end' });
    texts.push({ key: 'oZero', x: O.x - 4, y: oy(0), text: '0', cls: 'pacer-tick', anchor: 'end' });
    const xo = scaleLinear().domain([0, endDomain]).range([O.x, O.x + O.w]);
    texts.push(...timeTicks(xo, O, endDomain, t.seconds, 'ot'));
    // Limiter stretches are labelled once, over the first.
    if (limiterLabelAt !== null) texts.push({ key: 'lim', x: Math.min(Math.max(limiterLabelAt, C.x + 2), C.x + C.w - textWidth(t.legend.limiter) - 2), y: C.y + 17, text: t.legend.limiter, cls: 'pacer-small v-limiter' });
    attr(gridPath, 'd', grid.join(''));
    drawTexts(gText, texts);
  }

  const gridPath = el(gGrid.node()!, 'path', 'pacer-gridline');
  let wholeTop = 8 * MiB;
  let wholeAt = 0;
  let limiterLabelAt: number | null = null;

  function drawWhole(p: Projection, xw: (v: number) => number, endDomain: number, limit: number | null): void {
    const L = lay!;
    const C = L.cpu;
    const O = L.overview;
    // GC CPU in 2-px buckets.
    const n = Math.max(1, Math.floor(C.w / 2));
    const bk = cpuBuckets(p.cycles, endDomain, n);
    const bx = (k: number) => C.x + (k * C.w) / n;
    const yc = (f: number) => C.y + C.h - f * C.h;
    const stepArea = (vals: (k: number) => number) => {
      let d = `M${C.x},${C.y + C.h}`;
      for (let k = 0; k < n; k++) {
        const yy = Math.round(yc(vals(k)) * 10) / 10;
        d += `L${Math.round(bx(k) * 10) / 10},${yy}L${Math.round(bx(k + 1) * 10) / 10},${yy}`;
      }
      return `${d}L${C.x + C.w},${C.y + C.h}Z`;
    };
    attr(cAssist, 'd', stepArea((k) => bk.gc[k]!));
    attr(cBackground, 'd', stepArea((k) => bk.gc[k]! - bk.assist[k]!));
    attr(cRef, 'd', `M${C.x},${Math.round(yc(0.25)) + 0.5}H${C.x + C.w}`);
    let ud = '';
    let pen = false;
    for (let k = 0; k < n; k++) {
      const u = bk.util[k]!;
      if (Number.isNaN(u)) {
        pen = false;
        continue;
      }
      const yy = Math.round(yc(Math.min(1, u / 100)) * 10) / 10;
      ud += `${pen ? 'L' : 'M'}${Math.round(bx(k) * 10) / 10},${yy}L${Math.round(bx(k + 1) * 10) / 10},${yy}`;
      pen = true;
    }
    attr(cUtil, 'd', ud);
    const runs = runsOf(bk.limited);
    attr(cLimiter, 'd', bandsPath(runs.map(([r0, r1]) => [bx(r0), bx(r1)] as const), C.y + 1, C.y + 6, 1));
    limiterLabelAt = runs.length ? bx(runs[0]![0]) : null;
    // Memory over the whole run.
    const all = heapLines(p);
    let top = 0;
    for (const v of all.total.v) top = Math.max(top, v);
    if (limit !== null && limit <= top * 2.5) top = Math.max(top, limit);
    wholeTop = stickyTop(top, null);
    const oy = scaleLinear().domain([0, wholeTop]).range([O.y + O.h, O.y]);
    const pts = (l: Line) => decimate(l.t.map((v) => xw(v)), l.v.map((v) => oy(v)));
    const base = O.y + O.h;
    const pt = pts(all.total);
    const ph = pts(all.heap);
    const pm = pts(all.marked);
    attr(oOther, 'd', areaPath(pt.x, pt.y, base));
    attr(oFresh, 'd', areaPath(ph.x, ph.y, base));
    attr(oMarked, 'd', areaPath(pm.x, pm.y, base));
    attr(oLimit, 'd', limit !== null && limit <= wholeTop ? `M${O.x},${oy(limit)}H${O.x + O.w}` : '');
  }

  function veil(r: SVGRectElement, xn: number, box: Rect): void {
    const x0 = Math.min(Math.max(xn, box.x), box.x + box.w);
    attr(r, 'x', x0);
    attr(r, 'y', box.y);
    attr(r, 'width', Math.max(0, box.x + box.w - x0));
    attr(r, 'height', box.h);
  }

  // ---- gctrace ---------------------------------------------------------------------------------

  function drawTrace(s: PacerState): void {
    const key = `${s.cycles.length}|${s.cycles[s.cycles.length - 1]?.gctrace ?? ''}|${s.mark?.n ?? 0}`;
    if (key === traceKey) return;
    traceKey = key;
    const cs = s.cycles;
    const from = Math.max(0, cs.length - TRACE_LINES);
    let html = from > 0 ? `<li class="pacer-trace-more">${escapeHtml(t.gctraceMore(from))}</li>` : '';
    for (let i = from; i < cs.length; i++) html += `<li class="pacer-trace-line${i === cs.length - 1 ? ' is-current' : ''}${cs[i]!.limited ? ' is-limited' : ''}"><code>${escapeHtml(cs[i]!.gctrace)}</code></li>`;
    traceList.innerHTML = html;
    traceNote.textContent = s.mark ? t.gctraceMarking(s.mark.n) : cs.length === 0 ? t.gctraceNone : '';
    trace.scrollTop = trace.scrollHeight;
  }

  // ---- GC guide --------------------------------------------------------------------------------

  function drawGuide(s: PacerState, o: ViewOptions, p: Projection): void {
    const gr = guideRun(s);
    const items = legendItems(t, false);
    const gl = guideLayout(o.box, o.presenting, items, GUIDE_SVG_SHARE);
    const key = `${o.box.width}x${o.box.height}|${o.presenting}|${p.key}|${p.version}|${JSON.stringify(gr.inputs).length}|${gr.result.gcCount}`;
    const g = gr.result;
    const endRuntime = p.done ? p.endT : Math.max(p.endT, programNs(s));
    const endNs = Math.max(endRuntime, g.totalSeconds * 1e9);
    const limit = s.memoryLimit;
    const texts: TextItem[] = [];
    const grid: string[] = [];
    if (key !== guideKey) {
      guideKey = key;
      attr(gsvg, 'viewBox', `0 0 ${gl.width} ${gl.height}`);
      drawLegend(ggLegend, gl.legend);
      const all = heapLines(p);
      let top = Math.max(g.peakMiB * MiB, ...all.total.v);
      if (limit !== null && limit <= top * 2.5) top = Math.max(top, limit);
      guideTop = stickyTop(top, null);
      const gLines: { total: Line; heap: Line; marked: Line } = { total: { t: [], v: [] }, heap: { t: [], v: [] }, marked: { t: [], v: [] } };
      for (const q of g.points) {
        const tn = q.t * 1e9;
        gLines.total.t.push(tn);
        gLines.total.v.push(q.total * MiB);
        gLines.heap.t.push(tn);
        gLines.heap.v.push((q.live + q.newHeap) * MiB);
        gLines.marked.t.push(tn);
        gLines.marked.v.push(q.live * MiB);
      }
      const sets = [all, gLines];
      gPanels.forEach((gp, i) => {
        const R = gl.panels[i]!.plot;
        const x = scaleLinear().domain([0, endNs]).range([R.x, R.x + R.w]);
        const y = scaleLinear().domain([0, guideTop]).range([R.y + R.h, R.y]);
        const pts = (l: Line) => decimate(l.t.map((v) => x(v)), l.v.map((v) => y(v)));
        const base = R.y + R.h;
        const set = sets[i]!;
        for (const [node, line] of [
          [gp.other, set.total],
          [gp.fresh, set.heap],
          [gp.marked, set.marked],
        ] as const) {
          const q = pts(line);
          attr(node, 'd', areaPath(q.x, q.y, base));
        }
        const lim = i === 0 ? limit : gr.inputs.memoryLimit < GUIDE_NO_LIMIT ? gr.inputs.memoryLimit * MiB : null;
        attr(gp.limit, 'd', lim !== null && lim <= guideTop ? `M${R.x},${y(lim)}H${R.x + R.w}` : '');
        frame(gp.frame, R);
      });
      const alloc = gr.inputs.workload.length ? fmtNumber(Math.max(...gr.inputs.workload.map((w) => w.allocRate)), 1) : '0';
      const scan = gr.inputs.workload.length ? fmtNumber(gr.inputs.workload[0]!.scanRate, 0) : '0';
      const graphNote = gr.graph ? t.guideGraph(GUIDE_WORKLOADS.findIndex((w) => w.id === gr.graph) + 1) : t.guideConverted;
      guideInputsP.textContent = `${graphNote} ${t.guideInputs(alloc, scan, fmtNumber(gr.inputs.otherMem, 1), fmtDuration(gr.inputs.fixedCost * 1e9, locale))}`;
    }
    // Per frame: titles with figures, ticks, cursor and veil.
    const runtimeStats = runtimeSummary(p);
    gl.panels.forEach((pan, i) => {
      const R = pan.plot;
      const gp = gPanels[i]!;
      const x = scaleLinear().domain([0, endNs]).range([R.x, R.x + R.w]);
      const xn = x(s.now);
      attr(gp.cursor, 'd', `M${xn},${R.y}V${R.y + R.h}`);
      veil(gp.veil, xn, R);
      texts.push({ key: `t${i}`, x: R.x, y: pan.title, text: i === 0 ? t.guideRuntime : t.guideGuide, cls: 'pacer-title' });
      const st = i === 0 ? t.guideStats(runtimeStats.gcs, runtimeStats.cpu, runtimeStats.peak) : t.guideStats(g.gcCount, g.gcCpuPercent, g.peakMiB * MiB);
      texts.push({ key: `s${i}`, x: R.x, y: pan.stats, text: st + (i === 0 && !p.done ? ` · ${t.computing}` : ''), cls: 'pacer-small' });
      const y = scaleLinear().domain([0, guideTop]).range([R.y + R.h, R.y]);
      for (const v of mibTicks(guideTop, R.h > 90 ? 4 : 2)) {
        const yy = y(v * MiB);
        grid.push(`M${R.x},${Math.round(yy) + 0.5}H${R.x + R.w}`);
        texts.push({ key: `y${i}-${v}`, x: R.x - 4, y: yy + 4, text: tickMiB(v), cls: 'pacer-tick', anchor: 'end' });
      }
      if (i === 1) {
        const xt = x.ticks(Math.max(2, Math.floor(R.w / 90)));
        const step = xt.length > 1 ? xt[1]! - xt[0]! : endNs;
        for (const v of xt) {
          const xx = x(v);
          const label = fmtSeconds(v, step, t.seconds);
          if (xx - textWidth(label) / 2 < R.x || xx + textWidth(label) / 2 > R.x + R.w) continue;
          texts.push({ key: `x${v}`, x: xx, y: R.y + R.h + 12, text: label, cls: 'pacer-tick', anchor: 'middle' });
        }
      }
    });
    attr(guideGrid, 'd', grid.join(''));
    drawTexts(ggText, texts);
  }
  const guideGrid = el(ggGrid.node()!, 'path', 'pacer-gridline');
  let guideTop = 8 * MiB;

  function runtimeSummary(p: Projection): { gcs: number; cpu: number; peak: number } {
    const st = p.cur;
    return { gcs: st.numgc, cpu: st.totalCpu > 0 ? (st.gcCpu / st.totalCpu) * 100 : 0, peak: st.peakTotal };
  }

  // ---- render ----------------------------------------------------------------------------------

  function draw(s: PacerState, o0: ViewOptions): void {
    // Inline in a chapter the caption sits under the picture and must fit the same screen: the
    // picture takes a little less than the room the shell offers.
    const o = shell?.dataset.mode === 'inline' && o0.box.height > 0 ? { ...o0, box: { width: o0.box.width, height: Math.round(o0.box.height * INLINE_SHARE) } } : o0;
    const p = projector.forState(s);
    if (!p.done) schedule();
    if (tab === 'chart') drawChart(s, o, p);
    else if (tab === 'gctrace') drawTrace(s);
    else drawGuide(s, o, p);
  }

  const view: PacerView = {
    render(state, events, o) {
      last = { state, events, o };
      draw(state, o);
    },
    get tab() {
      return tab;
    },
    setTab(next: Tab) {
      if (next === tab) return;
      tab = next;
      showTab();
      writeTab();
      traceKey = '';
      guideKey = '';
      chartKey = '';
      if (last) draw(last.state, last.o);
    },
    get projection() {
      return projector.current;
    },
  };
  return view;
}

/** Bytes in at most three digits for the narrow gutter: "135 MiB", "9.5 MiB", "1.2 GiB". */
export function shortBytes(v: number): string {
  const mib = v / MiB;
  if (mib >= 1024) return `${(mib / 1024).toFixed(mib >= 10240 ? 0 : 1)} GiB`;
  if (mib >= 100) return `${Math.round(mib)} MiB`;
  return `${mib.toFixed(1).replace(/\.0$/, '')} MiB`;
}

/** The value of a polyline at time t (linear between points), or `fallback` outside it. */
export function valueAt(l: Line, t: number, fallback: number): number {
  for (let k = 1; k < l.t.length; k++) {
    const t0 = l.t[k - 1]!;
    const t1 = l.t[k]!;
    if (t >= t0 && t <= t1) {
      const v0 = l.v[k - 1]!;
      const v1 = l.v[k]!;
      return t1 === t0 ? v1 : v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
    }
  }
  return fallback;
}

/** A MiB tick label: no thousands separator (the axis margin is narrow), at most one decimal. */
export function tickMiB(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** Round tick values in MiB for a byte axis from 0 to `top`. */
export function mibTicks(top: number, count: number): number[] {
  return scaleLinear().domain([0, top / MiB]).ticks(count);
}

/** Moves labels apart vertically (at least `gap`), keeping them within [lo, hi]. */
export function spread<T extends { y: number }>(items: T[], gap: number, lo: number, hi: number): T[] {
  const out = items.map((d) => ({ ...d })).sort((p, q) => p.y - q.y);
  for (let i = 1; i < out.length; i++) if (out[i]!.y - out[i - 1]!.y < gap) out[i]!.y = out[i - 1]!.y + gap;
  const over = out.length ? out[out.length - 1]!.y - hi : 0;
  if (over > 0) for (const d of out) d.y -= over;
  for (let i = out.length - 2; i >= 0; i--) if (out[i + 1]!.y - out[i]!.y < gap) out[i]!.y = out[i + 1]!.y - gap;
  for (const d of out) d.y = Math.max(lo, d.y);
  return out;
}
