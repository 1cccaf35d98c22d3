// Where everything of an SPSC state goes in the view's SVG: pure functions, no DOM.
//
// geometry() places the blocks for a config in a box at a font size (it does not depend on
// the state, so the picture never jumps while a run plays); scene() fills them with one state:
// the ring, the two goroutines, the cache lines with each core's copy, the counters, the race
// detector's verdict and check(). view.ts joins the primitives into the DOM by key.
import {
  check,
  layout as memoryLayout,
  lineStates,
  SLOTS_PER_LINE,
  usable,
  used,
  type LineState,
  type SpscSettings,
  type SpscState,
} from '../../../simulators/spsc/index.ts';
import type { CompareAnalysis, RaceAnalysis, RaceVerdict } from './analysis.ts';
import { fmt, type Locale, type SlotKind, type SpscLabels } from './labels.ts';
import { textWidth, wrap } from './measure.ts';

export type Arrangement = 'columns' | 'wide' | 'stacked' | 'compact';

export type Rect = { x: number; y: number; w: number; h: number };
export type LText = { key: string; x: number; y: number; text: string; cls: string; size: number; anchor?: 'start' | 'middle' | 'end' };
export type LRect = { key: string; x: number; y: number; w: number; h: number; cls: string; rx?: number };
export type LPath = { key: string; d: string; cls: string };
/** A head or tail marker: drawn at `angle` (radians, 0 = up, clockwise) around the ring. */
export type LMarker = { key: 'head' | 'tail'; angle: number; labelAngle: number; label: string };

/** Where a cache line's copy in a core is drawn (transfers travel between the two). */
export type CellPos = { x: number; y: number };

export type Geometry = {
  width: number;
  height: number;
  f: number;
  arrangement: Arrangement;
  /** Ring centre and radii; labels of head and tail sit outside at R + 0.95f and R + 2.05f. */
  ring: { cx: number; cy: number; R: number; rIn: number; detail: 'values' | 'cells' | 'runs' };
  producer: Rect;
  consumer: Rect;
  check: { x: number; y: number; w: number };
  cache: Rect & { labelW: number; cellW: number; rows: CacheRow[] };
  counters: Rect & { cols: number[]; labelW: number };
  race: Rect & { labelW: number; lines: number };
  /** Whether the geometry fits the box it was made for. */
  fits: boolean;
  /** Small boxes (phones): three-line cards, one counters line, no cache-line table. */
  compact: boolean;
};

export type CacheRow = { kind: 'line'; id: number; y: number } | { kind: 'strip-title'; y: number; first: number; count: number } | { kind: 'strip'; core: 'producer' | 'consumer'; y: number; first: number; count: number };

export type Scene = {
  texts: LText[];
  rects: LRect[];
  paths: LPath[];
  markers: LMarker[];
  /** Cache line id → where each core's copy is drawn. */
  cells: Map<number, { producer: CellPos; consumer: CellPos }>;
};

export type Analysis = { races?: RaceAnalysis; compare?: CompareAnalysis; unavailable?: boolean };

const TAU = Math.PI * 2;

type Conf = Pick<SpscSettings, 'capacity' | 'scheme' | 'cachedIndices' | 'padding' | 'indexBits' | 'startIndex' | 'producer' | 'pops' | 'publish'>;

/** The widest number an index of this config can show (for column widths). */
function maxIndex(c: Conf): number {
  if (c.scheme === 'one-slack') return c.capacity - 1;
  if (c.indexBits === 32) return c.startIndex + c.producer.length >= 2 ** 32 ? 2 ** 32 - 1 : c.startIndex + c.producer.length;
  return c.startIndex + c.producer.length;
}

function maxValue(c: Conf): number {
  let m = 0;
  for (const v of c.producer) if (Math.abs(v) > m) m = Math.abs(v);
  return m;
}

function cardLines(c: Conf, t: SpscLabels, locale: Locale): { producer: string[]; consumer: string[] } {
  const idx = fmt(locale, maxIndex(c));
  const n = c.producer.length;
  const v = fmt(locale, maxValue(c));
  return {
    producer: [t.producer, `${t.next} ${t.producerPc('remote', c.capacity - 1, c.cachedIndices)}`, `${t.next} ${t.producerPc('write', c.capacity - 1, c.cachedIndices)}`, `tail = ${idx}`, `cachedHead = ${idx}`, t.pushed(n, n), t.spins(n), `TryPush(${v})`],
    consumer: [t.consumer, `${t.next} ${t.consumerPc('remote', c.capacity - 1, c.cachedIndices)}`, `${t.next} ${t.consumerPc('clear', c.capacity - 1, c.cachedIndices)}`, `head = ${idx}`, `cachedTail = ${idx}`, t.received(c.pops, c.pops), t.spins(c.pops), `${t.got} …, ${v}, ${v}`],
  };
}

function compactCardLines(c: Conf, t: SpscLabels, locale: Locale): { producer: string[]; consumer: string[] } {
  const idx = fmt(locale, maxIndex(c));
  const n = c.producer.length;
  return {
    producer: [`${t.producer}: ${t.producerPc('remote', c.capacity - 1, c.cachedIndices)}`, `tail = ${idx} · cachedHead = ${idx}`, `${t.pushed(n, n)} · ${t.spins(n)}`],
    consumer: [`${t.consumer}: ${t.consumerPc('remote', c.capacity - 1, c.cachedIndices)}`, `head = ${idx} · cachedTail = ${idx}`, `${t.received(c.pops, c.pops)} · ${t.spins(c.pops)}`],
  };
}

function cacheLabel(l: { kind: 'ring' | 'slots'; fields: { name: string }[]; slots?: [number, number] }, t: SpscLabels): string {
  if (l.kind === 'slots') return t.slotRange(l.slots![0], l.slots![1]);
  return l.fields.map((f) => (f.name === 'hdr' ? 'buf, mask' : f.name)).join(', ');
}

/** Slot lines drawn one row each up to this many; more become two strips (one per core). */
const SLOT_ROWS_MAX = 2;

/**
 * Places every block for config `c` in a box `W` wide and `H` high (0: no limit) at font size
 * `f`. The ring takes the room that is left, between a minimum that keeps its slots readable
 * and 9f.
 */
export function geometry(c: Conf, W: number, H: number, f: number, arrangement: Arrangement, t: SpscLabels, locale: Locale): Geometry {
  const lh = Math.round(f * 1.4);
  const pad = Math.round(f * 0.55);
  const gap = Math.round(f * 0.9);
  const small = Math.round(f * 0.85);

  // Cards.
  const lines = cardLines(c, t, locale);
  // Titles and the "next:" line are bold: a little wider than the estimate.
  const cw = Math.ceil(Math.max(...[...lines.producer, ...lines.consumer].map((s, i) => textWidth(s, f) * (i % lines.producer.length < 3 ? 1.1 : 1.03))) + 2 * pad);
  const ch = 7 * lh + 2 * pad - Math.round(lh * 0.3);

  // Ring: margins for the head/tail labels outside it.
  const N = c.capacity;
  const detail = N <= 16 ? 'values' : N <= 64 ? 'cells' : 'runs';
  const mh = Math.ceil(labelRadius(f) + textWidth('tail', small) / 2 + 6);
  const mv = Math.ceil(labelRadius(f) + small * 0.8);
  const valueW = textWidth(fmt(locale, maxValue(c)), f);
  const rMinCells = detail === 'values' ? (N * (valueW + f * 0.4)) / (TAU * 0.79) : 0;
  const rMin = Math.max(4.2 * f, rMinCells, detail === 'values' ? (2.2 * f) / 0.42 : 0);
  const rMax = 9 * f;

  // Cache lines.
  const mem = memoryLayout(c);
  const ringLines = mem.lines.filter((l) => l.kind === 'ring');
  const slotLines = mem.lines.filter((l) => l.kind === 'slots');
  const labels = [...ringLines, ...(slotLines.length <= SLOT_ROWS_MAX ? slotLines : [])].map((l) => cacheLabel(l, t));
  if (slotLines.length > SLOT_ROWS_MAX) labels.push(`${t.slotLines(slotLines.length)}: ${t.slotRange(0, N - 1)}`);
  const cellW = Math.ceil(Math.max(textWidth(t.core.producer, small), textWidth(t.core.consumer, small), 2.4 * f) + pad);
  const labelW = Math.ceil(Math.max(textWidth(t.cacheTitle, f) - 2 * cellW + pad, ...labels.map((s) => textWidth(s, small))) + pad);
  const rowH = Math.round(lh * 1.05);
  const cacheRowsN = ringLines.length + (slotLines.length <= SLOT_ROWS_MAX ? slotLines.length : 3);
  const cacheW = labelW + 2 * cellW + pad;
  const cacheH = lh + Math.round(lh * 0.9) + cacheRowsN * rowH;

  // Counters: label column and three number columns.
  const numW = Math.ceil(Math.max(textWidth(t.colNow, small) * 1.12, textWidth(t.colRun, small) * 1.12, textWidth(t.colChan(N), small) * 1.12, textWidth(fmt(locale, 9_999_999), small)) + f);
  const cLabelW = Math.ceil(Math.max(...[t.remoteLoads, t.transfers, t.locks, t.spinsParks, t.countersTitle].map((s) => textWidth(s, small))) + pad);
  const countersW = cLabelW + 3 * numW;
  const countersH = lh + Math.round(lh * 0.9) + rowH * 4;

  // Race block: the label column and the verdicts (a warning may wrap to two lines).
  const raceLabelW = Math.ceil(Math.max(textWidth(t.raceAtomic, small), textWidth(t.racePlain, small)) + pad);

  const layoutRace = (w: number) => {
    const sample = `${t.warning} · ${t.reportedAt(999_999)} · ${t.raceLine(t.field('slot', N - 1), t.access(true, 'TryPush', 99), t.access(false, 'TryPop', 99))}`;
    const lines = Math.min(3, wrap(sample, w - raceLabelW, small, 3, true).length);
    return { lines, h: lh + 2 * lines * Math.round(small * 1.3) + Math.round(lh * 0.2) };
  };

  let width = W;
  let y = 0;
  let ring: Geometry['ring'];
  let producer: Rect;
  let consumer: Rect;
  let checkLine: Geometry['check'];
  let cache: Geometry['cache'];
  let counters: Geometry['counters'];
  let race: Geometry['race'];
  let fits = true;

  // The ring's radius: as large as the room allows, but never below rMin (the picture then
  // does not fit its box, and says so).
  const radius = (room: number): number => {
    if (room >= rMin) return Math.floor(room);
    fits = false;
    return Math.floor(rMin);
  };
  // Cache lines and counters under the ring: side by side when they fit the width, else stacked.
  // Returns the y under them.
  const cacheAndCounters = (top: number, sideBySide: boolean) => {
    if (sideBySide) {
      const cx0 = Math.round((width - (cacheW + gap + countersW)) / 2);
      return {
        cache: { x: cx0, y: top, w: cacheW, h: cacheH, labelW, cellW, rows: [] },
        counters: { x: cx0 + cacheW + gap, y: top, w: countersW, h: countersH, cols: [], labelW: cLabelW },
        y: top + Math.max(cacheH, countersH) + gap,
      };
    }
    return {
      cache: { x: Math.round((width - cacheW) / 2), y: top, w: cacheW, h: cacheH, labelW, cellW, rows: [] },
      counters: { x: Math.round((width - countersW) / 2), y: top + cacheH + gap, w: countersW, h: countersH, cols: [], labelW: cLabelW },
      y: top + cacheH + gap + countersH + gap,
    };
  };

  if (arrangement === 'compact') {
    // (ring) / check / [producer] [consumer] (3 lines each) / counters line / race
    const cl = compactCardLines(c, t, locale);
    const ccw = Math.ceil(Math.max(...[...cl.producer, ...cl.consumer].map((x) => textWidth(x, f) * 1.04)) + 2 * pad);
    const cch = 3 * lh + 2 * pad - Math.round(lh * 0.3);
    const cardsSide = 2 * ccw + gap <= W;
    const cardsH = cardsSide ? cch : 2 * cch + gap;
    const raceL = layoutRace(W);
    const below = lh + gap + cardsH + gap + lh + gap + raceL.h;
    const rW = (W - 2 * mh) / 2;
    const rH = H > 0 ? (H - 4 - below - 2 * mv) / 2 : rMax;
    const R = radius(Math.min(rMax, rW, rH));
    width = Math.max(W, 2 * R + 2 * mh, cardsSide ? 2 * ccw + gap : ccw);
    ring = { cx: width / 2, cy: R + mv, R, rIn: Math.round(R * 0.58), detail };
    y = 2 * R + 2 * mv;
    checkLine = { x: width / 2, y: y + lh * 0.75, w: width };
    y += lh + gap;
    const x0 = Math.round((width - (cardsSide ? 2 * ccw + gap : ccw)) / 2);
    producer = { x: x0, y, w: ccw, h: cch };
    consumer = cardsSide ? { x: x0 + ccw + gap, y, w: ccw, h: cch } : { x: x0, y: y + cch + gap, w: ccw, h: cch };
    y += cardsH + gap;
    cache = { x: 0, y, w: 0, h: 0, labelW: 0, cellW, rows: [] };
    counters = { x: width / 2, y, w: 0, h: lh, cols: [], labelW: 0 };
    y += lh + gap;
    race = { x: 0, y, w: width, h: raceL.h, labelW: raceLabelW, lines: raceL.lines };
    y += raceL.h;
  } else if (arrangement === 'columns') {
    // [producer / consumer] (ring) [cache lines / counters] / check / race: for wide, short boxes.
    const rightW = Math.max(cacheW, countersW);
    const colH = Math.max(2 * ch + gap, cacheH + gap + countersH);
    const raceL = layoutRace(Math.min(W, cw + rightW + 2 * gap + 2 * mh + 2 * rMin));
    const below = lh + gap + raceL.h;
    const rW = (W - cw - rightW - 2 * gap - 2 * mh) / 2;
    const rH = H > 0 ? (H - 4 - below - 2 * mv) / 2 : rMax;
    const R = radius(Math.min(rMax, rW, rH));
    const blockH = Math.max(2 * R + 2 * mv, colH);
    const ringW = 2 * R + 2 * mh;
    const rowW = cw + gap + ringW + gap + rightW;
    width = Math.max(W, rowW);
    const x0 = Math.round((width - rowW) / 2);
    const cardsTop = Math.round((blockH - (2 * ch + gap)) / 2);
    producer = { x: x0, y: cardsTop, w: cw, h: ch };
    consumer = { x: x0, y: cardsTop + ch + gap, w: cw, h: ch };
    ring = { cx: x0 + cw + gap + ringW / 2, cy: blockH / 2, R, rIn: Math.round(R * 0.58), detail };
    const rx = x0 + cw + gap + ringW + gap;
    const rightTop = Math.round((blockH - (cacheH + gap + countersH)) / 2);
    cache = { x: rx, y: rightTop, w: cacheW, h: cacheH, labelW, cellW, rows: [] };
    counters = { x: rx, y: rightTop + cacheH + gap, w: countersW, h: countersH, cols: [], labelW: cLabelW };
    y = blockH;
    checkLine = { x: ring.cx, y: y + lh * 0.75, w: width };
    y += lh + gap;
    race = { x: 0, y, w: width, h: raceL.h, labelW: raceLabelW, lines: raceL.lines };
    y += raceL.h;
  } else if (arrangement === 'wide') {
    // [producer] (ring) [consumer] / check / [cache lines] [counters] / race
    const sideBySide = cacheW + gap + countersW <= W;
    const row2H = sideBySide ? Math.max(cacheH, countersH) : cacheH + gap + countersH;
    const raceL = layoutRace(Math.min(W, sideBySide ? cacheW + gap + countersW : Math.max(cacheW, countersW, 2 * cw + 2 * gap)));
    const below = lh + gap + row2H + gap + raceL.h;
    const rW = (W - 2 * cw - 2 * gap - 2 * mh) / 2;
    const rH = H > 0 ? (H - 4 - below - 2 * mv) / 2 : rMax;
    const R = radius(Math.min(rMax, rW, rH));
    const blockH = Math.max(2 * R + 2 * mv, ch);
    const ringW = 2 * R + 2 * mh;
    const row1W = 2 * cw + 2 * gap + ringW;
    width = Math.max(W, row1W, sideBySide ? cacheW + gap + countersW : Math.max(cacheW, countersW));
    const x0 = Math.round((width - row1W) / 2);
    producer = { x: x0, y: Math.round((blockH - ch) / 2), w: cw, h: ch };
    ring = { cx: x0 + cw + gap + ringW / 2, cy: blockH / 2, R, rIn: Math.round(R * 0.58), detail };
    consumer = { x: x0 + cw + 2 * gap + ringW, y: producer.y, w: cw, h: ch };
    y = blockH;
    checkLine = { x: width / 2, y: y + lh * 0.75, w: width };
    y += lh + gap;
    ({ cache, counters, y } = cacheAndCounters(y, sideBySide));
    race = { x: 0, y, w: width, h: raceL.h, labelW: raceLabelW, lines: raceL.lines };
    y += raceL.h;
  } else {
    // (ring) / check / [producer] [consumer] / cache lines / counters / race
    const cardsSide = 2 * cw + gap <= W;
    const cardsH = cardsSide ? ch : 2 * ch + gap;
    const sideBySide = cacheW + gap + countersW <= W;
    const row3H = sideBySide ? Math.max(cacheH, countersH) : cacheH + gap + countersH;
    const raceL = layoutRace(Math.min(W, Math.max(cardsSide ? 2 * cw + gap : cw, sideBySide ? cacheW + gap + countersW : Math.max(cacheW, countersW))));
    const below = lh + gap + cardsH + gap + row3H + gap + raceL.h;
    const rW = (W - 2 * mh) / 2;
    const rH = H > 0 ? (H - 4 - below - 2 * mv) / 2 : rMax;
    const R = radius(Math.min(rMax, rW, rH));
    width = Math.max(W, 2 * R + 2 * mh, cardsSide ? 2 * cw + gap : cw, sideBySide ? cacheW + gap + countersW : Math.max(cacheW, countersW));
    ring = { cx: width / 2, cy: R + mv, R, rIn: Math.round(R * 0.58), detail };
    y = 2 * R + 2 * mv;
    checkLine = { x: width / 2, y: y + lh * 0.75, w: width };
    y += lh + gap;
    if (cardsSide) {
      const x0 = Math.round((width - (2 * cw + gap)) / 2);
      producer = { x: x0, y, w: cw, h: ch };
      consumer = { x: x0 + cw + gap, y, w: cw, h: ch };
      y += ch + gap;
    } else {
      const x0 = Math.round((width - cw) / 2);
      producer = { x: x0, y, w: cw, h: ch };
      consumer = { x: x0, y: y + ch + gap, w: cw, h: ch };
      y += 2 * ch + 2 * gap;
    }
    ({ cache, counters, y } = cacheAndCounters(y, sideBySide));
    race = { x: 0, y, w: width, h: raceL.h, labelW: raceLabelW, lines: raceL.lines };
    y += raceL.h;
  }

  // The race block lines up with the blocks above it.
  const left = Math.max(0, Math.min(producer.x, cache.x, counters.x, ring.cx - ring.R - mh));
  const rw = width - 2 * left;
  race = { x: left, y: race.y, w: rw, h: race.h, labelW: raceLabelW, lines: race.lines };

  // Cache rows (y of each row's top).
  let ry = cache.y + lh + Math.round(lh * 0.9);
  if (arrangement === 'compact') ry = Number.NaN;
  for (const l of arrangement === 'compact' ? [] : ringLines) {
    cache.rows.push({ kind: 'line', id: l.id, y: ry });
    ry += rowH;
  }
  if (arrangement === 'compact') {
    // no table
  } else if (slotLines.length <= SLOT_ROWS_MAX) {
    for (const l of slotLines) {
      cache.rows.push({ kind: 'line', id: l.id, y: ry });
      ry += rowH;
    }
  } else {
    const first = slotLines[0]!.id;
    cache.rows.push({ kind: 'strip-title', y: ry, first, count: slotLines.length });
    ry += rowH;
    cache.rows.push({ kind: 'strip', core: 'producer', y: ry, first, count: slotLines.length });
    ry += rowH;
    cache.rows.push({ kind: 'strip', core: 'consumer', y: ry, first, count: slotLines.length });
  }
  counters.cols = [counters.x + counters.labelW + numW, counters.x + counters.labelW + 2 * numW, counters.x + counters.labelW + 3 * numW];

  const height = Math.ceil(y + 2);
  if (H > 0 && height > H + 0.5) fits = false;
  if (width > W + 0.5) fits = false;
  return { width, height, f, arrangement, ring, producer, consumer, check: checkLine, cache, counters, race, fits, compact: arrangement === 'compact' };
}

/**
 * The geometry with the largest type that fits the box: presentation mode starts large, pages
 * at 14 px; below 11 px (14 in presentation) the picture scales down instead.
 */
export function fitGeometry(c: Conf, box: { width: number; height: number }, presenting: boolean, t: SpscLabels, locale: Locale): Geometry {
  const W = Math.max(280, Math.floor(box.width));
  const H = Math.max(0, Math.floor(box.height));
  const sizes = presenting ? [26, 24, 22, 20, 19, 18, 17, 16, 15, 14] : [16, 15, 14, 13, 12];
  for (const f of sizes) {
    // At the largest type that fits, the arrangement with the largest ring.
    const fitting = (['columns', 'wide', 'stacked'] as const).map((a) => geometry(c, W, H, f, a, t, locale)).filter((g) => g.fits);
    if (fitting.length > 0) return fitting.reduce((a, b) => (b.ring.R > a.ring.R ? b : a));
  }
  // A small box (a phone): the compact picture, at the largest type that fits.
  for (const f of presenting ? [18, 16, 15, 14, 13, 12] : [14, 13, 12, 11]) {
    const g = geometry(c, W, H, f, 'compact', t, locale);
    if (g.fits) return g;
  }
  // Nothing fits: the compact picture at 11 px, scaled down by the SVG's viewBox.
  return geometry(c, W, H, 11, 'compact', t, locale);
}

// ---- the state in the geometry ---------------------------------------------------------------

/** Distance of the head/tail labels' centres outside the ring. */
export function labelRadius(f: number): number {
  return f * 1.6;
}

/** Angle (0 = up, clockwise) of the middle of slot i. */
export function slotAngle(i: number, n: number): number {
  return ((i + 0.5) / n) * TAU;
}

function pt(cx: number, cy: number, r: number, a: number): [number, number] {
  return [cx + r * Math.sin(a), cy - r * Math.cos(a)];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** An annular sector from angle a0 to a1 (clockwise). */
export function sector(cx: number, cy: number, r0: number, r1: number, a0: number, a1: number): string {
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const [x0, y0] = pt(cx, cy, r1, a0);
  const [x1, y1] = pt(cx, cy, r1, a1);
  const [x2, y2] = pt(cx, cy, r0, a1);
  const [x3, y3] = pt(cx, cy, r0, a0);
  if (a1 - a0 >= TAU - 1e-9) {
    // A full ring: two half circles each way.
    const [xm, ym] = pt(cx, cy, r1, a0 + Math.PI);
    const [xn, yn] = pt(cx, cy, r0, a0 + Math.PI);
    return `M${r2(x0)},${r2(y0)}A${r1},${r1} 0 1 1 ${r2(xm)},${r2(ym)}A${r1},${r1} 0 1 1 ${r2(x0)},${r2(y0)}ZM${r2(x3)},${r2(y3)}A${r0},${r0} 0 1 0 ${r2(xn)},${r2(yn)}A${r0},${r0} 0 1 0 ${r2(x3)},${r2(y3)}Z`;
  }
  return `M${r2(x0)},${r2(y0)}A${r1},${r1} 0 ${large} 1 ${r2(x1)},${r2(y1)}L${r2(x2)},${r2(y2)}A${r0},${r0} 0 ${large} 0 ${r2(x3)},${r2(y3)}Z`;
}

/** What slot i shows: between head and tail (published) or not, and whether it holds a value. */
export function slotKinds(s: SpscState): SlotKind[] {
  const c = s.config;
  const n = c.capacity;
  const inRing = used(c, s.tail, s.head);
  const headSlot = c.scheme === 'one-slack' ? s.head : s.head % n;
  const out: SlotKind[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const off = (i - headSlot + n) % n;
    const published = off < inRing;
    const has = s.slots[i] !== null;
    out[i] = published ? (has ? 'full' : 'pending') : has ? (s.slotSeq[i]! >= s.producer.pushed || isBeingWritten(s, i) ? 'unpublished' : 'leftover') : 'empty';
  }
  return out;
}

function isBeingWritten(s: SpscState, slot: number): boolean {
  const p = s.producer;
  return (p.pc === 'store' || p.pc === 'write') && p.t % s.config.capacity === slot;
}

/** The slot the producer is writing (or about to publish), and the one the consumer is reading; -1 for none. */
export function activeSlots(s: SpscState): { producer: number; consumer: number } {
  const n = s.config.capacity;
  const p = s.producer.pc === 'write' || s.producer.pc === 'store' ? s.producer.t % n : -1;
  const q = s.consumer.pc === 'read' || s.consumer.pc === 'clear' || s.consumer.pc === 'store' ? s.consumer.h % n : -1;
  return { producer: p, consumer: q };
}

/** Runs of equal kinds around the ring: [kind, first, count]. */
export function runsOf(kinds: readonly SlotKind[]): [SlotKind, number, number][] {
  const out: [SlotKind, number, number][] = [];
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i]!;
    const last = out[out.length - 1];
    if (last && last[0] === k && last[1] + last[2] === i) last[2]++;
    else out.push([k, i, 1]);
  }
  return out;
}

function lastValues(s: SpscState, k: number, locale: Locale): string {
  const r = s.received;
  if (r.length === 0) return '—';
  const tail = r.slice(-k).map((v) => fmt(locale, v));
  return (s.receivedCount > tail.length ? '…, ' : '') + tail.join(', ');
}

function verdictText(v: RaceVerdict | undefined, position: number, t: SpscLabels, unavailable = false): { text: string; cls: string } {
  if (!v) return { text: unavailable ? '—' : t.checking, cls: 'is-muted' };
  if (v.position === null) return { text: v.complete ? t.silent : t.silentChecked(v.checked), cls: 'is-ok' };
  if (position < v.position) return { text: t.silentSoFar(v.position), cls: 'is-soon' };
  const cur = v.current!;
  const prev = v.previous!;
  return {
    text: `${t.warning} · ${t.reportedAt(v.position)} · ${t.raceLine(t.field(cur.field, cur.slot), t.access(cur.write, cur.func, cur.line), t.access(prev.write, prev.func, prev.line))}`,
    cls: 'is-race',
  };
}

/** Everything the picture shows for state `s` in geometry `g`. */
export function scene(s: SpscState, g: Geometry, t: SpscLabels, locale: Locale, analysis: Analysis, position: number, hits: { slots: Set<number>; lines: Set<number> }): Scene {
  const f = g.f;
  const small = Math.round(f * 0.85);
  const lh = Math.round(f * 1.4);
  const pad = Math.round(f * 0.55);
  const c = s.config;
  const n = c.capacity;
  const texts: LText[] = [];
  const rects: LRect[] = [];
  const paths: LPath[] = [];
  const cells: Scene['cells'] = new Map();
  const num = (v: number) => fmt(locale, v);

  // ---- the ring ----
  const { cx, cy, R, rIn, detail } = g.ring;
  const kinds = slotKinds(s);
  const act = activeSlots(s);
  if (detail !== 'runs') {
    const gapA = Math.min(0.04, (TAU / n) * 0.08);
    for (let i = 0; i < n; i++) {
      const a0 = (i / n) * TAU + gapA;
      const a1 = ((i + 1) / n) * TAU - gapA;
      let cls = `spsc-slot is-${kinds[i]}`;
      if (act.producer === i) cls += ' is-p';
      if (act.consumer === i) cls += ' is-c';
      if (hits.slots.has(i)) cls += ' is-hit';
      paths.push({ key: `slot-${i}`, d: sector(cx, cy, rIn, R, a0, a1), cls });
      if (detail === 'values') {
        const a = slotAngle(i, n);
        const thick = R - rIn;
        const [vx, vy] = pt(cx, cy, rIn + thick * 0.6, a);
        const v = s.slots[i] ?? null;
        texts.push({ key: `val-${i}`, x: vx, y: vy + f * 0.35, text: v === null ? '·' : num(v), cls: `spsc-val is-${kinds[i]}`, size: f, anchor: 'middle' });
        const [ix, iy] = pt(cx, cy, rIn + thick * 0.2, a);
        texts.push({ key: `idx-${i}`, x: ix, y: iy + small * 0.3, text: String(i), cls: 'spsc-idx', size: Math.round(f * 0.7), anchor: 'middle' });
      }
    }
  } else {
    paths.push({ key: 'ring-bg', d: sector(cx, cy, rIn, R, 0, TAU), cls: 'spsc-slot is-empty' });
    const byKind = new Map<SlotKind, string>();
    for (const [k, first, count] of runsOf(kinds)) {
      if (k === 'empty') continue;
      byKind.set(k, (byKind.get(k) ?? '') + sector(cx, cy, rIn, R, (first / n) * TAU, ((first + count) / n) * TAU));
    }
    for (const k of ['full', 'pending', 'unpublished', 'leftover'] as const) paths.push({ key: `run-${k}`, d: byKind.get(k) ?? 'M0,0', cls: `spsc-slot spsc-run is-${k}` });
    for (const [side, slot] of [
      ['p', act.producer],
      ['c', act.consumer],
    ] as const) {
      let d = 'M0,0';
      if (slot >= 0) {
        const a = slotAngle(slot, n);
        const [x0, y0] = pt(cx, cy, rIn - 3, a);
        const [x1, y1] = pt(cx, cy, R + 3, a);
        d = `M${r2(x0)},${r2(y0)}L${r2(x1)},${r2(y1)}`;
      }
      paths.push({ key: `act-${side}`, d, cls: `spsc-act is-${side}` });
    }
    // Quarter ticks with slot numbers.
    for (const q of [0, 1, 2, 3]) {
      const i = (q * n) / 4;
      const a = (i / n) * TAU;
      const [x0, y0] = pt(cx, cy, rIn - 1, a);
      const [x1, y1] = pt(cx, cy, rIn - f * 0.5, a);
      paths.push({ key: `tick-${q}`, d: `M${r2(x0)},${r2(y0)}L${r2(x1)},${r2(y1)}`, cls: 'spsc-tick' });
      if (q === 0) {
        const [tx, ty] = pt(cx, cy, rIn - f * 1.1, a);
        texts.push({ key: 'tick-l-0', x: tx, y: ty + small * 0.35, text: '0', cls: 'spsc-idx', size: Math.round(f * 0.7), anchor: 'middle' });
      }
    }
  }
  // Centre: values in the ring, and the lap (free-running).
  const inRing = used(c, s.tail, s.head);
  const usedText = `${num(inRing)} / ${num(usable(c))}`;
  const lapText = c.scheme === 'one-slack' ? t.wrapsAt(n) : t.lap(num(Math.floor(s.tail / n)));
  const subText = `${t.inUse} · ${lapText}`;
  // As large as the hole in the ring allows (sized for the widest value of this config).
  const room = rIn * 1.6;
  const bigSize = Math.max(8, Math.min(Math.round(f * 1.35), Math.floor((room / textWidth(`${num(usable(c))} / ${num(usable(c))}`, 1)) * 1.05)));
  const subSize = Math.max(7, Math.min(Math.round(f * 0.72), Math.floor(room / textWidth(`${t.inUse} · ${c.scheme === 'one-slack' ? lapText : t.lap(num(Math.floor(maxIndex(c) / n)))}`, 1))));
  texts.push({ key: 'ctr-used', x: cx, y: cy + bigSize * 0.2, text: usedText, cls: 'spsc-ctr', size: bigSize, anchor: 'middle' });
  texts.push({ key: 'ctr-sub', x: cx, y: cy + bigSize * 0.2 + subSize * 1.3, text: subText, cls: 'spsc-ctr-sub', size: subSize, anchor: 'middle' });
  // head and tail markers (view.ts draws and moves them).
  const headSlot = c.scheme === 'one-slack' ? s.head : s.head % n;
  const tailSlot = c.scheme === 'one-slack' ? s.tail : s.tail % n;
  const ha = slotAngle(headSlot, n);
  const ta = slotAngle(tailSlot, n);
  // Both labels sit on one circle outside the ring; when they would overlap they move apart
  // along it, head counter-clockwise (it is behind), tail clockwise.
  const lr = R + labelRadius(f);
  const need = (textWidth('head', small) + f * 0.5) / lr;
  let gapA = ta - ha;
  if (gapA < 0) gapA += TAU;
  let hl = ha;
  let tl = ta;
  if (gapA < need) {
    const mid = ha + gapA / 2;
    hl = mid - need / 2;
    tl = mid + need / 2;
  }
  const markers: LMarker[] = [
    { key: 'head', angle: ha, labelAngle: hl, label: 'head' },
    { key: 'tail', angle: ta, labelAngle: tl, label: 'tail' },
  ];

  // ---- the two goroutines ----
  const card = (side: 'producer' | 'consumer', r: Rect, rows: string[]) => {
    rects.push({ key: `card-${side}`, x: r.x, y: r.y, w: r.w, h: r.h, cls: `spsc-card is-${side}`, rx: 6 });
    rows.forEach((text, i) => texts.push({ key: `card-${side}-${i}`, x: r.x + pad, y: r.y + pad + lh * i + f * 0.95, text, cls: i === 0 ? `spsc-card-title is-${side}` : i === 1 ? 'spsc-card-next' : 'spsc-card-text', size: f }));
  };
  const p = s.producer;
  const q = s.consumer;
  if (g.compact) {
    card('producer', g.producer, [
      `${t.producer}: ${t.producerPc(p.pc, p.t % n, c.cachedIndices)}`,
      c.cachedIndices ? `tail = ${num(s.tail)} · cachedHead = ${num(s.cachedHead)}` : `tail = ${num(s.tail)} · t = ${num(p.t)}`,
      `${t.pushed(p.pushed, c.producer.length)} · ${t.spins(p.spins)}`,
    ]);
    card('consumer', g.consumer, [
      `${t.consumer}: ${t.consumerPc(q.pc, q.h % n, c.cachedIndices)}`,
      c.cachedIndices ? `head = ${num(s.head)} · cachedTail = ${num(s.cachedTail)}` : `head = ${num(s.head)} · h = ${num(q.h)}`,
      `${t.received(s.receivedCount, c.pops)} · ${t.spins(q.spins)}`,
    ]);
  } else {
    card('producer', g.producer, [
      t.producer,
      `${t.next} ${t.producerPc(p.pc, p.t % n, c.cachedIndices)}`,
      `tail = ${num(s.tail)}`,
      c.cachedIndices ? `cachedHead = ${num(s.cachedHead)}` : `t = ${num(p.t)}`,
      t.pushed(p.pushed, c.producer.length),
      t.spins(p.spins),
      p.pc === 'done' ? '' : `TryPush(${num(c.producer[p.pushed]!)})`,
    ]);
    card('consumer', g.consumer, [
      t.consumer,
      `${t.next} ${t.consumerPc(q.pc, q.h % n, c.cachedIndices)}`,
      `head = ${num(s.head)}`,
      c.cachedIndices ? `cachedTail = ${num(s.cachedTail)}` : `h = ${num(q.h)}`,
      t.received(s.receivedCount, c.pops),
      t.spins(q.spins),
      `${t.got} ${lastValues(s, 2, locale)}`,
    ]);
  }

  // ---- check() ----
  const v = check(s);
  const checkText = v.length === 0 ? t.checkOk : `${t.checkTitle} ${v.map((x) => faultShort(s, x.rule, t)).join(' · ')}`;
  texts.push({ key: 'check', x: g.check.x, y: g.check.y, text: checkText, cls: v.length === 0 ? 'spsc-check is-ok' : 'spsc-check is-bad', size: f, anchor: 'middle' });

  // ---- cache lines ----
  const cg = g.cache;
  const rowH = Math.round(lh * 1.05);
  if (!g.compact) {
  const colP = cg.x + cg.labelW;
  const colC = colP + cg.cellW;
  texts.push({ key: 'cache-title', x: cg.x, y: cg.y + f, text: t.cacheTitle, cls: 'spsc-title', size: f });
  texts.push({ key: 'cache-hp', x: colP + cg.cellW / 2, y: cg.y + lh + f * 0.8, text: t.core.producer, cls: 'spsc-colhead is-producer', size: small, anchor: 'middle' });
  texts.push({ key: 'cache-hc', x: colC + cg.cellW / 2, y: cg.y + lh + f * 0.8, text: t.core.consumer, cls: 'spsc-colhead is-consumer', size: small, anchor: 'middle' });
  const states = lineStates(s);
  const cellH = Math.round(rowH * 0.8);
  for (const row of cg.rows) {
    if (row.kind === 'line') {
      const l = states[row.id]!;
      const moved = hits.lines.has(l.id);
      rects.push({ key: `row-${l.id}`, x: cg.x, y: row.y, w: cg.w, h: rowH - 2, cls: moved ? 'spsc-row is-moved' : 'spsc-row', rx: 3 });
      texts.push({ key: `row-l-${l.id}`, x: cg.x + pad / 2, y: row.y + rowH / 2 + small * 0.35, text: lineLabel(l, t), cls: 'spsc-row-label', size: small });
      for (const [core, x] of [
        ['producer', colP],
        ['consumer', colC],
      ] as const) {
        const st = l[core];
        rects.push({ key: `cell-${l.id}-${core}`, x: x + 3, y: row.y + (rowH - 2 - cellH) / 2, w: cg.cellW - 6, h: cellH, cls: `spsc-mesi is-${core} st-${st}`, rx: 3 });
        texts.push({ key: `cell-t-${l.id}-${core}`, x: x + cg.cellW / 2, y: row.y + rowH / 2 + small * 0.35, text: st, cls: `spsc-mesi-t st-${st}`, size: small, anchor: 'middle' });
      }
      cells.set(l.id, { producer: { x: colP + cg.cellW / 2, y: row.y + rowH / 2 }, consumer: { x: colC + cg.cellW / 2, y: row.y + rowH / 2 } });
    } else if (row.kind === 'strip-title') {
      texts.push({ key: 'strip-title', x: cg.x + pad / 2, y: row.y + rowH / 2 + small * 0.35, text: `${t.slotLines(row.count)}: ${t.slotRange(0, n - 1)}`, cls: 'spsc-row-label', size: small });
    } else {
      const x0 = cg.x + pad / 2 + textWidth('C', small) + pad;
      const w = cg.x + cg.w - x0;
      const cw = w / row.count;
      texts.push({ key: `strip-l-${row.core}`, x: cg.x + pad / 2, y: row.y + rowH / 2 + small * 0.35, text: row.core === 'producer' ? 'P' : 'C', cls: `spsc-colhead is-${row.core}`, size: small });
      const ds: Record<string, string> = { M: '', E: '', S: '', I: '' };
      const y0 = row.y + (rowH - 2 - cellH) / 2;
      for (let k = 0; k < row.count; k++) {
        const l = states[row.first + k]!;
        const st = l[row.core];
        ds[st] += `M${r2(x0 + k * cw)},${r2(y0)}h${r2(Math.max(0.6, cw - (cw > 3 ? 1 : 0)))}v${cellH}h${r2(-Math.max(0.6, cw - (cw > 3 ? 1 : 0)))}Z`;
        const pos = { x: x0 + (k + 0.5) * cw, y: row.y + rowH / 2 };
        const e = cells.get(l.id) ?? { producer: pos, consumer: pos };
        e[row.core] = pos;
        cells.set(l.id, e);
      }
      for (const st of ['I', 'S', 'E', 'M'] as const) paths.push({ key: `strip-${row.core}-${st}`, d: ds[st] || 'M0,0', cls: `spsc-strip is-${row.core} st-${st}` });
      const movedHere = [...hits.lines].filter((id) => id >= row.first && id < row.first + row.count);
      paths.push({
        key: `strip-hit-${row.core}`,
        d: movedHere.map((id) => `M${r2(x0 + (id - row.first) * cw - 1)},${r2(y0 - 2)}h${r2(cw + 2)}v${cellH + 4}h${r2(-cw - 2)}Z`).join('') || 'M0,0',
        cls: 'spsc-strip-hit',
      });
    }
  }

  }

  // ---- counters and the channel ----
  const k = g.counters;
  if (g.compact) {
    const chan = analysis.compare ? ` · chan ${num(analysis.compare.channel.lineTransfers)}` : '';
    texts.push({ key: 'cnt-line', x: k.x, y: k.y + lh * 0.7, text: `${t.remoteLoads} ${num(s.counters.remoteIndexLoads)} · ${t.transfers} ${num(s.counters.lineTransfers)}${chan}`, cls: 'spsc-row-label spsc-counter-transfers', size: small, anchor: 'middle' });
  } else {
  const cmp = analysis.compare;
  texts.push({ key: 'cnt-title', x: k.x, y: k.y + f, text: t.countersTitle, cls: 'spsc-title', size: f });
  const heads = [t.colNow, t.colRun, t.colChan(n)];
  heads.forEach((h, i) => texts.push({ key: `cnt-h-${i}`, x: k.cols[i]! - pad / 2, y: k.y + lh + f * 0.8, text: h, cls: 'spsc-colhead', size: small, anchor: 'end' }));
  const spinsNow = p.spins + q.spins;
  const dash = '…';
  const rows: [string, string, string | number, string | number, string | number][] = [
    ['remote', t.remoteLoads, s.counters.remoteIndexLoads, cmp ? cmp.ring.remoteIndexLoads : dash, cmp ? cmp.channel.remoteIndexLoads : dash],
    ['transfers', t.transfers, s.counters.lineTransfers, cmp ? cmp.ring.lineTransfers : dash, cmp ? cmp.channel.lineTransfers : dash],
    ['waits', t.spinsParks, spinsNow, cmp ? cmp.ring.spins : dash, cmp ? cmp.channel.parks : dash],
    ['locks', t.locks, 0, cmp ? 0 : dash, cmp ? cmp.channel.lockAcquisitions : dash],
  ];
  rows.forEach(([id, label, a, b, cc], i) => {
    const yy = k.y + lh + Math.round(lh * 0.9) + rowH * i + rowH / 2 + small * 0.35;
    texts.push({ key: `cnt-l-${id}`, x: k.x, y: yy, text: label, cls: 'spsc-row-label', size: small });
    [a, b, cc].forEach((val, j) =>
      texts.push({ key: `cnt-${id}-${j}`, x: k.cols[j]! - pad / 2, y: yy, text: typeof val === 'number' ? num(val) : val, cls: `spsc-num${j === 0 ? ' is-now' : ''} spsc-counter-${id}`, size: small, anchor: 'end' }),
    );
  });

  }

  // ---- go test -race ----
  const rg = g.race;
  texts.push({ key: 'race-title', x: rg.x + pad / 2, y: rg.y + f, text: t.raceTitle, cls: 'spsc-title spsc-mono', size: f });
  const lineH = Math.round(small * 1.3);
  const verdicts = [
    ['atomic', t.raceAtomic, verdictText(analysis.races?.atomic, position, t, analysis.unavailable)],
    ['plain', t.racePlain, verdictText(analysis.races?.plain, position, t, analysis.unavailable)],
  ] as const;
  let ry = rg.y + lh + small * 0.2;
  for (const [id, label, vt] of verdicts) {
    texts.push({ key: `race-l-${id}`, x: rg.x + pad / 2, y: ry + small * 0.9, text: label, cls: 'spsc-row-label', size: small });
    const lines = wrap(vt.text, rg.w - rg.labelW - pad, small, rg.lines, true);
    for (let i = 0; i < rg.lines; i++) texts.push({ key: `race-${id}-${i}`, x: rg.x + rg.labelW, y: ry + small * 0.9 + i * lineH, text: lines[i] ?? '', cls: `spsc-race ${vt.cls}`, size: small });
    ry += rg.lines * lineH;
  }

  return { texts, rects, paths, markers, cells };
}

function lineLabel(l: LineState, t: SpscLabels): string {
  return cacheLabel(l, t);
}

function faultShort(s: SpscState, rule: string, t: SpscLabels): string {
  const f = s.faults.find((x) => x.rule === rule);
  if (!f) return rule;
  if (f.rule === 'fifo') return `fifo (#${f.index})`;
  return `${rule} (${t.field('slot', f.slot)})`;
}

export { SLOTS_PER_LINE };
