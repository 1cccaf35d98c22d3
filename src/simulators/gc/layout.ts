// Where everything of a GC state goes in the view's SVG: a pure function of (state, events,
// width, target height). The result is a flat list of primitives (boxes, texts, nodes, edges)
// that view.ts joins into the DOM by key. Object positions come from the program's plan
// (plan.ts), so they stay put while pointers change; only colours, edges and panels change.
//
//   ┌ phase tape ─────────────────────────────── counts ┐
//   │ roots │ heap, by distance from the roots  │ barrier │
//   │ lanes │                                   │ invariants │
//   │ work list · legend                        │ how it was lost │
import type { SimEvent } from '../../../simulators/core/types.ts';
import { colorCounts, heapEdges, invariants, lostObjects, reachableObjects } from '../../../simulators/gc/index.ts';
import type { Barrier, Color, GcState } from '../../../simulators/gc/types.ts';
import type { GcLabels } from './labels.ts';
import { planFor, type Plan } from './plan.ts';
import { monoWidth, textWidth, wrap, clip } from './text-metrics.ts';
import type { Trail } from './trail.ts';

export const PAD = 8;
const GAP = 10;
const HEADER_H = 24;
const WORK_H = 28;
export const FULL = { nodeW: 52, nodeH: 26, rootW: 98, rowMin: 36, rowMax: 58, rowDefault: 46, colMin: 66, colMax: 132 } as const;
export const DENSE = { rootW: 80, rowMin: 11, rowMax: 26, rowDefault: 18, colMin: 9, colMax: 46 } as const;
const SIDE_W = 280;
const F = { body: 11.5, small: 10.5, title: 12.5, code: 11, node: 12.5 };
const LINE = 15;

export type LBox = { key: string; x: number; y: number; w: number; h: number; cls: string };
export type LText = { key: string; x: number; y: number; text: string; cls: string; anchor?: 'start' | 'middle' | 'end' };
export type LNode = {
  key: string;
  x: number;
  y: number;
  /** Box size (full) or 2r (dense). */
  w: number;
  h: number;
  dense: boolean;
  color: Color;
  label: string;
  /** Space-separated flags: is-freed is-lost is-garbage is-actor is-fresh. */
  flags: string;
};
export type LEdge = { key: string; d: string; cls: string; mx: number; my: number };

export type GcLayout = {
  width: number;
  height: number;
  dense: boolean;
  boxes: LBox[];
  texts: LText[];
  nodes: LNode[];
  edges: LEdge[];
};

export type LayoutInput = {
  state: GcState;
  events: readonly SimEvent[];
  /** viewBox width to fill. */
  width: number;
  /** Height to fit (0: none); rows shrink or grow within bounds to meet it. */
  height: number;
  t: GcLabels;
  /** Text is bold (presentation mode): widths grow a little. */
  bold: boolean;
  /** The "how it was lost" story to show, if an object is lost. */
  trail: Trail | null;
  /** The story this program's run ends with (room is kept for it, so the picture does not jump). */
  reserveTrail: Trail | null;
};

type Out = GcLayout & { boxes: LBox[]; texts: LText[] };

const G = (g: number) => `G${g + 1}`;

type Step = {
  actorObjs: Set<string>;
  actorStacks: Set<number>;
  actorGlobals: boolean;
  shadedOld: Set<string>;
  shadedNew: Set<string>;
  written: string | null;
  wb: SimEvent | null;
  wp: SimEvent | null;
  /** This step stopped the world (gcStart's sweep termination, gcMarkTermination). */
  stw: boolean;
};

function stepInfo(events: readonly SimEvent[]): Step {
  const s: Step = { actorObjs: new Set(), actorStacks: new Set(), actorGlobals: false, shadedOld: new Set(), shadedNew: new Set(), written: null, wb: null, wp: null, stw: false };
  for (const e of events) {
    for (const o of e.actors.obj ?? []) s.actorObjs.add(String(o));
    for (const g of e.actors.stack ?? []) s.actorStacks.add(Number(g));
    if (e.actors.globals) s.actorGlobals = true;
    if (e.kind === 'shade') (e.narration.key === 'gc.shade.old' ? s.shadedOld : s.shadedNew).add(String(e.narration.params.obj));
    if (e.kind === 'gcStart' || e.kind === 'gcMarkTermination') s.stw = true;
    if (e.kind === 'gcWriteBarrier') s.wb = e;
    if (e.kind === 'writePointer') s.wp = e;
    if (e.kind === 'gcWriteBarrier' || e.kind === 'writePointer') {
      const slot = String(e.narration.params.slot);
      const g = Number(e.narration.params.g);
      const m = /^([sg])(\d+)$/.exec(slot);
      if (m) s.written = m[1] === 's' ? `s|${g}|${m[2]}` : `g|${m[2]}`;
      else {
        const dot = slot.lastIndexOf('.');
        s.written = `o|${slot.slice(0, dot)}|${slot.slice(dot + 1)}`;
      }
    }
  }
  return s;
}

// ---- the barrier's code ----------------------------------------------------------------

type CodeLine = { id: 'head' | 'old' | 'cond' | 'new' | 'store' | 'stack'; code: string; indent: number };

export function barrierCode(b: Barrier, t: GcLabels): CodeLine[] {
  const head: CodeLine = { id: 'head', code: 'writePointer(slot, ptr):', indent: 0 };
  const old: CodeLine = { id: 'old', code: 'shade(*slot)', indent: 1 };
  const neu: CodeLine = { id: 'new', code: 'shade(ptr)', indent: 1 };
  const store: CodeLine = { id: 'store', code: '*slot = ptr', indent: 1 };
  const stack: CodeLine = { id: 'stack', code: t.stackWrite, indent: 0 };
  switch (b) {
    case 'none':
      return [head, { ...store, code: t.noBarrierLine }, stack];
    case 'dijkstra':
      return [head, neu, store, stack];
    case 'yuasa':
      return [head, old, store, stack];
    case 'hybrid':
      return [head, old, { id: 'cond', code: t.currentStackGrey, indent: 1 }, { ...neu, indent: 2 }, store, stack];
    case 'hybrid-go':
      return [head, old, neu, store, stack];
  }
}

/** Which lines of the barrier's code this step ran, with what it did on the right. */
export function litLines(s: GcState, step: Step, t: GcLabels): Map<CodeLine['id'], string> {
  const lit = new Map<CodeLine['id'], string>();
  const val = (name: unknown, shaded: Set<string>) => {
    const n = String(name);
    if (n === 'nil') return 'nil';
    return shaded.has(n) ? t.greyed(n) : t.notWhite(n);
  };
  if (step.wb) {
    const p = step.wb.narration.params;
    const b = s.config.barrier;
    lit.set('head', '');
    lit.set('store', `${p.slot} = ${p.ptr}`);
    if (b === 'yuasa' || b === 'hybrid' || b === 'hybrid-go') lit.set('old', val(p.old, step.shadedOld));
    if (b === 'hybrid') lit.set('cond', `${G(Number(p.g))}: ${step.wb.narration.key.endsWith('grey') ? t.color.grey : t.color.black}`);
    if (b === 'dijkstra' || b === 'hybrid-go' || (b === 'hybrid' && step.wb.narration.key.endsWith('grey'))) lit.set('new', val(p.ptr, step.shadedNew));
  } else if (step.wp) {
    const p = step.wp.narration.params;
    const k = step.wp.narration.key;
    if (k === 'gc.write.stack') lit.set('stack', `${p.slot} = ${p.ptr}`);
    else {
      lit.set('head', '');
      lit.set('store', `${p.slot} = ${p.ptr}`);
    }
  }
  return lit;
}

// ---- layout ------------------------------------------------------------------------------

export function computeLayout(inp: LayoutInput): GcLayout {
  const { state: s, t, bold } = inp;
  const plan = planFor(s);
  const dense = plan.dense;
  const W = Math.max(300, Math.round(inp.width));
  const o: Out = { width: W, height: 0, dense, boxes: [], texts: [], nodes: [], edges: [] };
  const step = stepInfo(inp.events);

  const minGraphW = (dense ? DENSE.rootW : FULL.rootW) + 24 + plan.cols * (dense ? DENSE.colMin : FULL.colMin);
  const side = W >= minGraphW + SIDE_W + GAP + 2 * PAD;
  const sideW = side ? SIDE_W : 0;
  const graphRight = W - PAD - (side ? sideW + GAP : 0);

  let y = header(o, s, W, t, step, bold);
  const gy0 = y + 6;

  // Panels, measured first and drawn after the rows are fitted. Wide: barrier and invariants in a
  // side column, the "how it was lost" story under the shorter column. Narrow: panels under the
  // graph, and the story takes the barrier panel's place (the barrier is off once marking ended).
  const panelW = side ? sideW : W - 2 * PAD;
  const twoCols = !side && panelW >= 430;
  const colW = twoCols ? (panelW - GAP) / 2 : panelW;
  const ph = (n: number) => (n === 0 ? 0 : 24 + n * LINE + 8);
  const barrierLines = barrierPanelLines(s, step, t, colW, bold, !side);
  const invLines = invariantLines(s, t, colW, bold);
  const barrierH = ph(barrierLines.length);
  const invH = ph(invLines.length);

  const legend = legendItems(t);
  const legendW = (side ? graphRight : W - PAD) - PAD;
  const legendH = legendLayoutRows(legend, legendW, bold) * 18 + 4;

  const totalRows = plan.lanes.reduce((n, l) => n + l.rows, 0);
  const groupGap = dense ? 4 : 8;
  const gaps = (plan.groups.length - 1) * groupGap;
  const dims = dense ? DENSE : FULL;
  const graphFixed = gy0 + gaps + WORK_H + 2;
  const trailH = (w: number) => ph(Math.max(trailPanelLines(inp.trail, t, w, bold).length, trailPanelLines(inp.reserveTrail, t, w, bold).length));

  let rowH: number = dims.rowDefault;
  let trailLeft = false;
  let trailHeight = 0;
  if (side) {
    const sideBottom = gy0 + barrierH + GAP + invH;
    const leftH = trailH(graphRight - PAD);
    const rightH = trailH(sideW);
    const fit = (extraLeft: number) => (inp.height > 0 ? Math.max(dims.rowMin, Math.min(dims.rowMax, (inp.height - graphFixed - legendH - PAD - extraLeft) / Math.max(1, totalRows))) : dims.rowDefault);
    const graphBottom = (r: number) => graphFixed + totalRows * r + legendH;
    if (leftH > 0) {
      // Under the shorter column: whichever makes the whole picture less tall.
      const rl = fit(leftH + GAP);
      const hl = Math.max(graphBottom(rl) + GAP + leftH, sideBottom);
      const rr = fit(0);
      const hr = Math.max(graphBottom(rr), sideBottom + GAP + rightH);
      trailLeft = hl <= hr;
      rowH = trailLeft ? rl : rr;
      trailHeight = trailLeft ? leftH : rightH;
    } else rowH = fit(0);
  } else {
    // Two columns: the story replaces the barrier panel; one column: both panels.
    const slotA = twoCols ? Math.max(barrierH, trailH(colW)) : Math.max(barrierH + GAP + invH, trailH(colW));
    const panelsH = twoCols ? Math.max(slotA, invH) : slotA;
    if (inp.height > 0) rowH = Math.max(dims.rowMin, Math.min(dims.rowMax, (inp.height - graphFixed - 4 - panelsH - GAP - legendH - PAD) / Math.max(1, totalRows)));
    trailHeight = slotA;
  }
  rowH = Math.round(rowH * 10) / 10;

  const geo = graph(o, s, plan, step, t, PAD, gy0, graphRight, rowH, groupGap, bold);
  y = geo.bottom + 4;
  y = workList(o, s, t, PAD, y, graphRight, dense);

  let bottom: number;
  const trailTitle = inp.trail ? t.lostTitle(inp.trail.lost.join(', ')) : '';
  if (side) {
    legendDraw(o, legend, PAD, y + 2, legendW, bold);
    let ly = y + 2 + legendH;
    let sy = gy0;
    sy = panel(o, 'barrier', W - PAD - sideW, sy, sideW, barrierTitle(s, t), barrierLines) + GAP;
    sy = panel(o, 'inv', W - PAD - sideW, sy, sideW, t.invTitle, invLines);
    if (trailHeight > 0) {
      if (trailLeft) ly = trailPanel(o, PAD, ly + GAP, graphRight - PAD, inp.trail, trailTitle, trailPanelLines(inp.trail, t, graphRight - PAD, bold), trailHeight);
      else sy = trailPanel(o, W - PAD - sideW, sy + GAP, sideW, inp.trail, trailTitle, trailPanelLines(inp.trail, t, sideW, bold), trailHeight);
    }
    bottom = Math.max(ly, sy);
  } else {
    let py = y + 4;
    const lost = inp.trail !== null;
    const slotA = trailHeight;
    const drawA = (x: number, w: number, h: number) =>
      lost ? trailPanel(o, x, py, w, inp.trail, trailTitle, trailPanelLines(inp.trail, t, w, bold), h) : panel(o, 'barrier', x, py, w, barrierTitle(s, t), barrierLines, h);
    if (twoCols) {
      const h = Math.max(slotA, invH);
      const a = drawA(PAD, colW, h);
      const b = panel(o, 'inv', PAD + colW + GAP, py, colW, t.invTitle, invLines, h);
      py = Math.max(a, b) + GAP;
    } else if (lost) py = drawA(PAD, colW, slotA) + GAP;
    else {
      const top = py;
      py = panel(o, 'barrier', PAD, py, colW, barrierTitle(s, t), barrierLines) + GAP;
      py = Math.max(panel(o, 'inv', PAD, py, colW, t.invTitle, invLines), top + slotA) + GAP;
    }
    legendDraw(o, legend, PAD, py, W - 2 * PAD, bold);
    bottom = py + legendH;
  }
  o.height = Math.ceil(bottom + PAD);
  return o;
}

// ---- header: phase tape and counts ---------------------------------------------------------

function header(o: Out, s: GcState, W: number, t: GcLabels, step: Step, bold: boolean): number {
  const y0 = PAD;
  const phases = ['off', 'mark', 'marktermination', 'sweep'] as const;
  const items: { key: string; label: string; cls: string; tcls: string; w: number }[] = [];
  for (const ph of phases) {
    const label = ph === 'off' && s.cycleDone ? `${t.phase.off} · ${t.cycleDone}` : t.phase[ph];
    const on = ph === s.phase;
    items.push({ key: `phase:${ph}`, label, cls: on ? 'gc-pill is-current' : 'gc-pill', tcls: on ? 'gc-pill-text is-current' : 'gc-pill-text', w: textWidth(label, F.small, true) + 14 });
  }
  const stwW = textWidth(t.stw, F.small, true) + 12;
  // The tape wraps onto a second line where it is too wide with the "world stopped" badge, and
  // then always takes two lines, so the picture does not change height when the badge comes.
  const widest = items.reduce((n, it) => n + it.w + 3, 0) + textWidth(`${t.phase.off} · ${t.cycleDone}`, F.small, true) - textWidth(t.phase.off, F.small, true) + stwW + 4;
  const twoLines = PAD + widest > W - PAD;
  if (s.phase === 'marktermination' || step.stw) items.push({ key: 'stw', label: t.stw, cls: 'gc-stw', tcls: 'gc-stw-text', w: stwW });
  let x = PAD;
  let y = y0;
  for (const it of items) {
    if (x > PAD && x + it.w > W - PAD) {
      x = PAD;
      y += 22;
    }
    o.boxes.push({ key: it.key, x, y, w: it.w, h: 18, cls: it.cls });
    o.texts.push({ key: it.key, x: x + it.w / 2, y: y + 13, text: it.label, cls: it.tcls, anchor: 'middle' });
    x += it.w + (it.key === 'stw' ? 4 : 3);
  }
  const bottom = y0 + (twoLines ? 22 : 0) + HEADER_H;
  const counts = t.counts(colorCounts(s), s.work.length);
  // The counts go beside the tape when there is room; the read-out under the caption has them anyway.
  if (!twoLines && x + 12 + textWidth(counts, F.small, bold) <= W - PAD) o.texts.push({ key: 'counts', x: W - PAD, y: y0 + 13, text: counts, cls: 'gc-counts', anchor: 'end' });
  return bottom;
}

// ---- roots and heap ----------------------------------------------------------------------

type Geo = { bottom: number };

function graph(o: Out, s: GcState, plan: Plan, step: Step, t: GcLabels, x0: number, y0: number, right: number, rowH: number, groupGap: number, bold: boolean): Geo {
  const dense = plan.dense;
  const dims = dense ? DENSE : FULL;
  const rootW = dims.rootW;
  const laneY: number[] = [];
  let y = y0;
  const rootOf = new Map<string, { x: number; y: number }>();
  for (const [gi, gr] of plan.groups.entries()) {
    if (gi > 0) y += groupGap;
    const top = y;
    for (const l of gr.lanes) {
      laneY[l] = y;
      y += plan.lanes[l]!.rows * rowH;
    }
    const h = y - top;
    let color: 'grey' | 'black' | 'none' = 'none';
    let label = '';
    let actor = false;
    if (gr.kind === 'globals') {
      color = s.globalsColor;
      label = t.globals;
      actor = step.actorGlobals;
    } else if (gr.kind === 'stack') {
      color = s.goroutines[gr.g!]!.stackColor;
      label = t.stack(G(gr.g!));
      actor = step.actorStacks.has(gr.g!);
    } else label = gr.kind === 'none' ? t.noRoot : t.newObjects;
    const key = gr.kind === 'stack' ? `root:s${gr.g}` : `root:${gr.kind}`;
    o.boxes.push({ key, x: x0, y: top, w: rootW, h, cls: `gc-root c-${color}${actor ? ' is-actor' : ''}` });
    const labelSize = dense ? F.small : F.body;
    o.texts.push({ key, x: x0 + 6, y: top + Math.min(h / 2 + 4, dense ? 11 : 15), text: clip(label, rootW - (dense ? 26 : 30), labelSize, true), cls: `gc-root-label c-${color}${dense ? ' is-small' : ''}` });
    for (const l of gr.lanes) {
      const lane = plan.lanes[l]!;
      const cy = laneY[l]! + rowH / 2;
      let slot = '';
      if (lane.kind === 'global') slot = `g${lane.slot}`;
      else if (lane.kind === 'stack') slot = `s${lane.slot}`;
      else if (lane.kind === 'alloc') slot = t.newObjects;
      else if (lane.kind === 'empty') slot = '—';
      if (lane.kind === 'global' || lane.kind === 'stack') {
        rootOf.set(lane.kind === 'global' ? `g|${lane.slot}` : `s|${lane.g}|${lane.slot}`, { x: x0 + rootW, y: cy });
        o.boxes.push({ key: `port:${l}`, x: x0 + rootW - 4, y: cy - 3, w: 7, h: 6, cls: `gc-port c-${color}` });
      }
      if (slot && !(dense && lane.kind === 'empty')) {
        // The slot label sits on its lane's row, clear of the root's name when the root has one row.
        const ly = gr.lanes.length === 1 && lane.rows * rowH < 30 ? top + Math.min(h / 2 + 4, dense ? 11 : 15) : cy + 4;
        o.texts.push({ key: `slot:${l}`, x: x0 + rootW - 8, y: ly, text: slot, cls: `gc-slot c-${color}${lane.kind === 'alloc' || lane.kind === 'empty' ? ' is-muted' : ''}`, anchor: 'end' });
      }
    }
  }
  const bottom = y;

  // Columns.
  const colsX0 = x0 + rootW + (dense ? 16 : 28);
  const colW = Math.max(dims.colMin, Math.min(dims.colMax, (right - colsX0) / plan.cols));
  const at = (name: string): { x: number; y: number } | null => {
    const c = plan.cells.get(name);
    if (!c) return null;
    return { x: colsX0 + (c.col - 0.5) * colW, y: laneY[c.lane]! + (c.row + 0.5) * rowH };
  };

  const reach = new Set(reachableObjects(s));
  const lost = new Set(lostObjects(s));
  const r = dense ? Math.max(2.5, Math.min(7, Math.min(colW, rowH) * 0.34)) : 0;
  const nw = dense ? 2 * r : FULL.nodeW;
  const nh = dense ? 2 * r : FULL.nodeH;

  for (const name of Object.keys(s.objects)) {
    const p = at(name);
    if (!p) continue;
    const ob = s.objects[name]!;
    const flags: string[] = [];
    if (ob.freed) flags.push('is-freed');
    if (lost.has(name)) flags.push('is-lost');
    else if (!reach.has(name) && !ob.freed) flags.push('is-garbage');
    if (step.actorObjs.has(name)) flags.push('is-actor');
    o.nodes.push({ key: name, x: p.x, y: p.y, w: nw, h: nh, dense, color: ob.color, label: dense ? '' : clip(name, FULL.nodeW - 6, F.node, true), flags: flags.join(' ') });
    // Tags: what the barrier did to it this step, or that it is lost.
    let tag = '';
    if (lost.has(name)) tag = ob.freed ? t.freedPointed : t.willBeFreed;
    else if (!dense && step.shadedOld.has(name)) tag = 'shade(*slot)';
    else if (!dense && step.shadedNew.has(name)) tag = 'shade(ptr)';
    if (tag) {
      const tw = textWidth(tag, F.small, true);
      const tx = Math.max(x0 + tw / 2, Math.min(right - tw / 2, p.x));
      o.texts.push({ key: `tag:${name}`, x: tx, y: p.y - nh / 2 - (dense ? 4 : 8), text: tag, cls: lost.has(name) ? 'gc-tag is-alarm' : 'gc-tag', anchor: 'middle' });
    }
  }

  // Edges: from root slots and object fields to objects.
  const fields = s.config.fields;
  const marking = s.phase === 'mark' || s.phase === 'marktermination';
  for (const e of heapEdges(s)) {
    const to = at(e.to);
    if (!to) continue;
    let from: { x: number; y: number } | null;
    let key: string;
    if (e.from.kind === 'object') {
      key = `o|${e.from.name}|${e.slot}`;
      const p = at(e.from.name);
      from = p && (dense ? p : { x: p.x + nw / 2, y: p.y + (fields > 1 ? (e.slot - (fields - 1) / 2) * (12 / Math.max(1, fields - 1)) : 0) });
    } else if (e.from.kind === 'stack') {
      key = `s|${e.from.g}|${e.slot}`;
      from = rootOf.get(key) ?? null;
    } else {
      key = `g|${e.slot}`;
      from = rootOf.get(key) ?? null;
    }
    if (!from) continue;
    const target = s.objects[e.to]!;
    const cls = ['gc-edge'];
    if (e.from.kind !== 'object') cls.push('is-root');
    // Alarms: a black → white pointer while marking; a pointer to a lost or freed object.
    if ((e.blackToWhite && marking) || lost.has(e.to) || target.freed) cls.push('is-alarm');
    if (target.freed) cls.push('is-dangling');
    if (step.written === key) cls.push('is-written');
    o.edges.push({ key, ...edgePath(from, to, dense, nw, r, rowH), cls: cls.join(' ') });
  }
  void bold;
  return { bottom };
}

/** A curve from a field (or root slot) to an object; backward edges arc above their row. */
export function edgePath(a: { x: number; y: number }, b: { x: number; y: number }, dense: boolean, nw: number, r: number, rowH: number): { d: string; mx: number; my: number } {
  let x2: number;
  let y2 = b.y;
  if (dense) {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    x2 = b.x - (dx / len) * (r + 1);
    y2 = b.y - (dy / len) * (r + 1);
  } else x2 = b.x - nw / 2 - 2;
  const x1 = a.x;
  const y1 = a.y;
  let c1x: number, c1y: number, c2x: number, c2y: number;
  if (!dense && Math.abs(b.x + nw / 2 - x1) < 2 && Math.abs(y2 - y1) > 4) {
    // Same column, another row: out of the field to the right and into the target's right side.
    x2 = b.x + nw / 2 + 2;
    [c1x, c1y, c2x, c2y] = [x1 + 34, y1, x2 + 34, y2];
  } else if (x2 > x1 + 6) {
    const k = (x2 - x1) * 0.5;
    [c1x, c1y, c2x, c2y] = [x1 + k, y1, x2 - k, y2];
  } else {
    // Backwards or straight down: leave to the right, come back round above, enter from the left.
    const lift = dense ? rowH * 0.8 : Math.abs(y2 - y1) < 4 ? 30 : 0;
    const reach = dense ? Math.max(6, rowH * 0.6) : 36;
    [c1x, c1y, c2x, c2y] = [x1 + reach, y1 - lift, x2 - reach, y2 - lift];
  }
  const f = (n: number) => Math.round(n * 10) / 10;
  const d = `M${f(x1)},${f(y1)}C${f(c1x)},${f(c1y)} ${f(c2x)},${f(c2y)} ${f(x2)},${f(y2)}`;
  return { d, mx: f((x1 + 3 * c1x + 3 * c2x + x2) / 8), my: f((y1 + 3 * c1y + 3 * c2y + y2) / 8) };
}

// ---- work list -----------------------------------------------------------------------------

function workList(o: Out, s: GcState, t: GcLabels, x0: number, y: number, right: number, dense: boolean): number {
  const label = t.workList;
  const lw = textWidth(label, F.small, true) + 10;
  o.texts.push({ key: 'work:label', x: x0, y: y + 16, text: label, cls: 'gc-work-label' });
  const names = s.work;
  const chipW = Math.max(30, ...names.slice(0, 40).map((n) => textWidth(n, F.small, true) + 12));
  const x1 = x0 + lw;
  const cap = Math.max(1, Math.floor((right - x1 + 4) / (chipW + 4)));
  const over = names.length > cap;
  const shown = over ? cap - 1 : names.length;
  for (let i = 0; i < shown; i++) {
    const x = x1 + i * (chipW + 4);
    o.boxes.push({ key: `work:${i}`, x, y: y + 3, w: chipW, h: 18, cls: 'gc-chip' });
    o.texts.push({ key: `work:${i}`, x: x + chipW / 2, y: y + 16, text: names[i]!, cls: 'gc-chip-text', anchor: 'middle' });
  }
  if (over) {
    const x = x1 + shown * (chipW + 4);
    o.boxes.push({ key: 'work:more', x, y: y + 3, w: chipW, h: 18, cls: 'gc-chip is-more' });
    o.texts.push({ key: 'work:more', x: x + chipW / 2, y: y + 16, text: `+${names.length - shown}`, cls: 'gc-chip-text is-more', anchor: 'middle' });
  }
  if (names.length === 0) o.texts.push({ key: 'work:empty', x: x1, y: y + 16, text: t.workEmpty, cls: 'gc-muted' });
  void dense;
  return y + WORK_H;
}

// ---- panels --------------------------------------------------------------------------------

type PLine = { key: string; text: string; cls: string; indent?: number; note?: string; mono?: boolean; lit?: boolean };

function barrierTitle(s: GcState, t: GcLabels): string {
  return `${t.barrierTitle}${t.sep}${t.barrierName[s.config.barrier]}`;
}

function barrierPanelLines(s: GcState, step: Step, t: GcLabels, w: number, bold: boolean, compact: boolean): PLine[] {
  const code = barrierCode(s.config.barrier, t);
  const lit = litLines(s, step, t);
  const on = s.phase === 'mark' || s.phase === 'marktermination';
  const out: PLine[] = [];
  if (!on) out.push({ key: 'off', text: t.barrierOff, cls: 'gc-muted' });
  for (const l of code) {
    const note = lit.get(l.id);
    out.push({ key: `code:${l.id}`, text: l.code, cls: l.id === 'stack' ? 'gc-code is-stack' : 'gc-code', indent: l.indent, mono: l.id !== 'stack', lit: note !== undefined, note: note || undefined });
  }
  if (compact) return out;
  const c = s.config;
  const opt = `${t.opts.rescan}${t.sep}${c.rescanStacks ? t.opts.yes : t.opts.no} · ${t.opts.stacksFirst}${t.sep}${c.stackBeforeHeap ? t.opts.yes : t.opts.no} · ${t.opts.allocate}${t.sep}${c.allocBlack ? t.opts.black : t.opts.white}`;
  wrap(opt, w - 20, F.small, bold).forEach((line, i) => out.push({ key: `opt:${i}`, text: line, cls: 'gc-opts' }));
  return out;
}

function holderName(h: { kind: 'object'; name: string } | { kind: 'globals' } | { kind: 'stack'; g: number }, t: GcLabels): string {
  return h.kind === 'object' ? h.name : h.kind === 'globals' ? t.globals : t.stack(G(h.g));
}

function invariantLines(s: GcState, t: GcLabels, w: number, bold: boolean): PLine[] {
  const marking = s.phase === 'mark' || s.phase === 'marktermination';
  if (!marking) {
    return [
      { key: 'strong', text: `${t.strong}${t.sep}${t.notMarking}`, cls: 'gc-muted' },
      { key: 'weak', text: `${t.weak}${t.sep}${t.notMarking}`, cls: 'gc-muted' },
    ];
  }
  const inv = invariants(s);
  const out: PLine[] = [];
  const push = (key: string, text: string, cls: string) => wrap(text, w - 20, F.body, bold).forEach((line, i) => out.push({ key: `${key}:${i}`, text: line, cls }));
  if (inv.strong.length === 0) push('strong', `✓ ${t.strong}${t.sep}${t.holds}`, 'gc-ok');
  else {
    const list = inv.strong.slice(0, 2).map((b) => `${holderName(b.from, t)}→${b.to}`).join(', ') + (inv.strong.length > 2 ? ` +${inv.strong.length - 2}` : '');
    push('strong', `✗ ${t.strong}${t.sep}${t.broken}${t.sep}${list}`, 'gc-bad');
  }
  if (inv.weak.length === 0) push('weak', `✓ ${t.weak}${t.sep}${t.holds}`, 'gc-ok');
  else {
    const list = inv.weak.slice(0, 3).join(', ') + (inv.weak.length > 3 ? ` +${inv.weak.length - 3}` : '');
    push('weak', `✗ ${t.weak}${t.sep}${t.broken}${t.sep}${list} ${t.unprotected}`, 'gc-bad');
  }
  return out;
}

function trailPanelLines(trail: Trail | null, t: GcLabels, w: number, bold: boolean): PLine[] {
  if (!trail) return [];
  const out: PLine[] = [{ key: 'note', text: t.lostNote, cls: 'gc-muted' }];
  trail.items.forEach((it, i) => {
    const text = `${i + 1}. ${it.at !== null ? `${t.trail.step(it.at)} · ` : ''}${it.text}`;
    wrap(text, w - 30, F.body, bold).forEach((line, k) => out.push({ key: `item:${i}:${k}`, text: line, cls: 'gc-trail-item', indent: k === 0 ? 0 : 1 }));
  });
  return out;
}

/** The story's panel, `h` tall (room kept for it); nothing is drawn until an object is lost. */
function trailPanel(o: Out, x: number, y: number, w: number, trail: Trail | null, title: string, lines: PLine[], h: number): number {
  if (!trail) return y + h;
  return panel(o, 'trail', x, y, w, title, lines, h, 'is-alarm');
}

/** A titled box of text lines; returns its bottom. */
function panel(o: Out, key: string, x: number, y: number, w: number, title: string, lines: PLine[], minH = 0, extra = ''): number {
  const h = Math.max(minH, 24 + lines.length * LINE + 8);
  o.boxes.push({ key: `panel:${key}`, x, y, w, h, cls: `gc-panel${extra ? ` ${extra}` : ''}` });
  o.texts.push({ key: `panel:${key}`, x: x + 10, y: y + 17, text: clip(title, w - 20, F.title, true), cls: `gc-title${extra ? ` ${extra}` : ''}` });
  lines.forEach((l, i) => {
    const ly = y + 24 + i * LINE + 11;
    const lx = x + 10 + (l.indent ?? 0) * (l.mono ? 14 : 12);
    if (l.lit) o.boxes.push({ key: `lit:${key}:${l.key}`, x: x + 4, y: ly - 11, w: w - 8, h: LINE, cls: 'gc-lit' });
    o.texts.push({ key: `${key}:${l.key}`, x: lx, y: ly, text: l.text, cls: `${l.cls}${l.lit ? ' is-lit' : ''}` });
    if (l.note) {
      const room = x + w - 10 - (lx + (l.mono ? monoWidth(l.text, F.code) : textWidth(l.text, F.body)) + 10);
      if (room > 24) o.texts.push({ key: `${key}:${l.key}:note`, x: x + w - 10, y: ly, text: clip(l.note, room, F.small, true), cls: 'gc-note', anchor: 'end' });
    }
  });
  return y + h;
}

// ---- legend ----------------------------------------------------------------------------------

type LegendItem = { key: string; label: string; kind: 'white' | 'grey' | 'black' | 'freed' | 'alarm' | 'garbage' | 'actor' };

function legendItems(t: GcLabels): LegendItem[] {
  return [
    { key: 'white', label: t.legend.white, kind: 'white' },
    { key: 'grey', label: t.legend.grey, kind: 'grey' },
    { key: 'black', label: t.legend.black, kind: 'black' },
    { key: 'alarm', label: t.legend.alarm, kind: 'alarm' },
    { key: 'freed', label: t.legend.freed, kind: 'freed' },
    { key: 'garbage', label: t.legend.garbage, kind: 'garbage' },
    { key: 'actor', label: t.legend.actor, kind: 'actor' },
  ];
}

const SW = 22;

function legendLayoutRows(items: LegendItem[], w: number, bold: boolean): number {
  let rows = 1;
  let x = 0;
  for (const it of items) {
    const iw = SW + 5 + textWidth(it.label, F.small, bold) + 14;
    if (x > 0 && x + iw > w) {
      rows++;
      x = 0;
    }
    x += iw;
  }
  return rows;
}

function legendDraw(o: Out, items: LegendItem[], x0: number, y0: number, w: number, bold: boolean): void {
  let x = 0;
  let row = 0;
  for (const it of items) {
    const iw = SW + 5 + textWidth(it.label, F.small, bold) + 14;
    if (x > 0 && x + iw > w) {
      row++;
      x = 0;
    }
    const lx = x0 + x;
    const ly = y0 + row * 18 + 9;
    if (it.kind === 'alarm') {
      o.edges.push({ key: 'legend:alarm', d: `M${lx},${ly}L${lx + SW},${ly}`, cls: 'gc-edge is-alarm is-legend', mx: lx + SW / 2, my: ly });
    } else {
      const color: Color = it.kind === 'grey' ? 'grey' : it.kind === 'black' || it.kind === 'garbage' ? 'black' : 'white';
      const flags = it.kind === 'freed' ? 'is-freed' : it.kind === 'garbage' ? 'is-garbage' : it.kind === 'actor' ? 'is-actor' : '';
      o.nodes.push({ key: `legend:${it.key}`, x: lx + SW / 2, y: ly, w: SW, h: 12, dense: false, color, label: '', flags: `${flags} is-legend`.trim() });
    }
    o.texts.push({ key: `legend:${it.key}`, x: lx + SW + 5, y: ly + 4, text: it.label, cls: 'gc-legend' });
    x += iw;
  }
}
