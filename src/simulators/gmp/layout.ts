// Where everything of a GMP state goes in the view's SVG: pure functions of (state, width).
// The result is a flat list of primitives (boxes, texts, G chips, M tokens) that view.ts joins
// into the DOM by key. Queues draw at most a few chips and a "+N" badge, so the cost does not
// grow with the number of goroutines.
import { clip, estWidth } from '../kit/svg.ts';
import type { GmpState, GStatus, M, MPhase } from '../../../simulators/gmp/types.ts';
import { countGs } from '../../../simulators/gmp/inspect.ts';
import { fmtTime, type GmpLabels } from './labels.ts';

export const CHIP_W = 44;
export const CHIP_H = 20;
const GAP = 4;
const STEP_X = CHIP_W + GAP;
const STEP_Y = CHIP_H + GAP;
export const M_W = 48;
export const M_H = 24;
/** Narrowest viewBox width; narrower containers scale the picture down a little. */
export const MIN_WIDTH = 340;
const PAD = 8;
const GAP2 = 10;
const CARD_MIN = 280;
const CARD_PAD = 10;
const QUEUE_CAP = 16;
const CHAN_CAP = 8;
const P_TOKEN_W = 34;

export type Pt = { x: number; y: number };
/** A rectangle. `actor` names the actor it stands for ('p3', 'm2', 'c:jobs') for highlighting. */
export type LBox = { key: string; x: number; y: number; w: number; h: number; cls: string; actor?: string };
export type LText = { key: string; x: number; y: number; text: string; cls: string; anchor?: 'start' | 'middle' | 'end'; actor?: string };
/** A goroutine chip, keyed by goid; `sub` is a small caption under it (a timer's wake time). */
export type LChip = { id: number; x: number; y: number; s: GStatus; sub: string };
/** A thread token, keyed by M id. */
export type LM = { id: number; x: number; y: number; spinning: boolean; phase: MPhase };

/** High-water marks (rows, heights) so the picture does not jump while a scenario plays. */
export type LayoutMemo = Record<string, number>;

export type GmpLayout = {
  width: number;
  height: number;
  boxes: LBox[];
  texts: LText[];
  chips: LChip[];
  ms: LM[];
  /** Where every queued G is, drawn or not (hidden ones sit at their queue's "+N" badge). */
  anchors: Map<number, Pt>;
  memo: LayoutMemo;
};

type Out = GmpLayout & { s: GmpState; t: GmpLabels; old: LayoutMemo };

/** Chips per row in a strip `width` wide. */
function perRow(width: number, step = STEP_X): number {
  return Math.max(1, Math.floor((width + GAP) / step));
}

/** Rows (≥ 1) that `n` chips take when at most `cap` slots are drawn, `per` to a row. */
function rowsFor(n: number, per: number, cap: number): number {
  return Math.max(1, Math.ceil(Math.min(n, cap) / per));
}

function grow(o: Out, key: string, v: number): number {
  const h = Math.max(v, o.old[key] ?? 0);
  o.memo[key] = h;
  return h;
}

function chipOf(o: Out, id: number, x: number, y: number, sub = ''): void {
  const g = o.s.gs[id];
  o.chips.push({ id, x, y, s: g ? g.status : 'runnable', sub });
  o.anchors.set(id, { x, y });
}

type QueueOpts = { cap: number; stepY?: number; subOf?: (i: number) => string };

/**
 * A queue drawn as rows of chips from (x, y) in a strip `width` wide: at most `cap` slots;
 * when the queue is longer, the last slot is a "+N" badge with the real count of the rest.
 */
function queue(o: Out, key: string, ids: readonly number[], x: number, y: number, width: number, q: QueueOpts): void {
  const per = perRow(width);
  const dy = q.stepY ?? STEP_Y;
  const slots = Math.max(1, q.cap);
  const over = ids.length > slots;
  const drawn = over ? slots - 1 : ids.length;
  for (let i = 0; i < drawn; i++) {
    chipOf(o, ids[i]!, x + (i % per) * STEP_X, y + Math.floor(i / per) * dy, q.subOf ? q.subOf(i) : '');
  }
  if (over) {
    const bx = x + (drawn % per) * STEP_X;
    const by = y + Math.floor(drawn / per) * dy;
    o.boxes.push({ key: `${key}:more`, x: bx, y: by, w: CHIP_W, h: CHIP_H, cls: 'gmp-more' });
    o.texts.push({ key: `${key}:more`, x: bx + CHIP_W / 2, y: by + 14, text: `+${ids.length - drawn}`, cls: 'gmp-more-text', anchor: 'middle' });
    const at = { x: bx, y: by };
    for (let i = drawn; i < ids.length; i++) o.anchors.set(ids[i]!, at);
  } else if (ids.length === 0) {
    o.texts.push({ key: `${key}:empty`, x: x + 2, y: y + 14, text: '—', cls: 'gmp-empty' });
  }
}

function panel(o: Out, key: string, x: number, y: number, w: number, h: number, title: string): void {
  o.boxes.push({ key: `panel:${key}`, x, y, w, h, cls: 'gmp-panel' });
  o.texts.push({ key: `panel:${key}`, x: x + CARD_PAD, y: y + 18, text: title, cls: 'gmp-title' });
}

/** Lays out `state` for a viewBox `width` units wide. `memo` is the previous frame's memo (or none). */
export function computeLayout(state: GmpState, width: number, t: GmpLabels, memo: LayoutMemo = {}): GmpLayout {
  const W = Math.max(MIN_WIDTH, Math.round(width));
  const o: Out = { width: W, height: 0, boxes: [], texts: [], chips: [], ms: [], anchors: new Map(), memo: {}, s: state, t, old: memo };
  let y = PAD;
  y = globalQueue(o, y) + GAP2;
  const cardOf = new Map<number, Pt>();
  y = processors(o, y, cardOf) + GAP2;
  const mslot = placeRunningMs(o, cardOf);
  y = panels(o, y, mslot) + GAP2;
  y = footer(o, y);
  o.height = grow(o, 'H', y + PAD);
  return { width: o.width, height: o.height, boxes: o.boxes, texts: o.texts, chips: o.chips, ms: o.ms, anchors: o.anchors, memo: o.memo };
}

function globalQueue(o: Out, y0: number): number {
  const { s, t, width: W } = o;
  const inner = W - 2 * PAD - 2 * CARD_PAD;
  const rows = grow(o, 'glob', rowsFor(s.globrunq.length, perRow(inner), QUEUE_CAP));
  const h = 28 + rows * STEP_Y + 6;
  panel(o, 'glob', PAD, y0, W - 2 * PAD, h, `${t.globalRunq} · ${s.globrunq.length}`);
  o.texts.push({ key: 'time', x: W - PAD - CARD_PAD, y: y0 + 18, text: `${t.time} ${fmtTime(s.now)}`, cls: 'gmp-time', anchor: 'end' });
  queue(o, 'glob', s.globrunq, PAD + CARD_PAD, y0 + 28, inner, { cap: QUEUE_CAP });
  return y0 + h;
}

// Card geometry, relative to the card's top-left corner.
const SLOT_LABEL_Y = 36;
const SLOT_Y = 41;
const CURG_X = CARD_PAD + M_W + 10;
const RUNNEXT_X = CURG_X + CHIP_W + 24;
const RUNQ_LABEL_Y = 82;
const RUNQ_Y = 88;

/** The Ps as a grid of cards; records each card's origin in `cardOf`. */
function processors(o: Out, y0: number, cardOf: Map<number, Pt>): number {
  const { s, t, width: W } = o;
  const n = s.ps.length;
  const fit = Math.floor((W - 2 * PAD + GAP2) / (CARD_MIN + GAP2));
  const cols = Math.max(1, Math.min(fit, 4, n));
  const cw = (W - 2 * PAD - (cols - 1) * GAP2) / cols;
  const inner = cw - 2 * CARD_PAD;
  const per = perRow(inner);
  // At most ~16 chips, in at most two rows on narrow cards.
  const cap = Math.min(QUEUE_CAP, per * 2);
  let need = 1;
  for (const p of s.ps) need = Math.max(need, rowsFor(p.runq.length, per, cap));
  const rows = grow(o, 'runq', need);
  const ch = RUNQ_Y + rows * STEP_Y - GAP + CARD_PAD;
  for (let i = 0; i < n; i++) {
    const p = s.ps[i]!;
    const x = PAD + (i % cols) * (cw + GAP2);
    const y = y0 + Math.floor(i / cols) * (ch + GAP2);
    cardOf.set(p.id, { x, y });
    const k = `p${p.id}`;
    o.boxes.push({ key: k, x, y, w: cw, h: ch, cls: `gmp-card st-${p.status}`, actor: k });
    o.texts.push({ key: `${k}:name`, x: x + CARD_PAD, y: y + 20, text: `P${p.id}`, cls: 'gmp-card-title', actor: k });
    o.texts.push({ key: `${k}:st`, x: x + CARD_PAD + 36, y: y + 19, text: t.pStatus[p.status], cls: `gmp-card-status st-${p.status}` });
    o.texts.push({ key: `${k}:tick`, x: x + cw - CARD_PAD, y: y + 19, text: `${t.schedtick} ${p.schedtick}`, cls: 'gmp-small', anchor: 'end' });
    o.texts.push({ key: `${k}:lm`, x: x + CARD_PAD, y: y + SLOT_LABEL_Y, text: 'M', cls: 'gmp-label' });
    o.texts.push({ key: `${k}:lg`, x: x + CURG_X, y: y + SLOT_LABEL_Y, text: t.curg, cls: 'gmp-label' });
    o.texts.push({ key: `${k}:ln`, x: x + RUNNEXT_X, y: y + SLOT_LABEL_Y, text: t.runnext, cls: 'gmp-label gmp-runnext-label' });
    o.boxes.push({ key: `${k}:ms`, x: x + CARD_PAD, y: y + SLOT_Y, w: M_W, h: M_H, cls: 'gmp-slot' });
    o.boxes.push({ key: `${k}:gs`, x: x + CURG_X - 2, y: y + SLOT_Y, w: CHIP_W + 4, h: M_H, cls: 'gmp-slot' });
    o.boxes.push({ key: `${k}:rn`, x: x + RUNNEXT_X - 3, y: y + SLOT_Y - 1, w: CHIP_W + 6, h: M_H + 2, cls: 'gmp-slot gmp-runnext-slot' });
    if (p.runnext !== null) chipOf(o, p.runnext, x + RUNNEXT_X, y + SLOT_Y + 2);
    const m = p.m === null ? undefined : s.ms[p.m];
    const mx = RUNNEXT_X + CHIP_W + 12;
    o.texts.push({ key: `${k}:mst`, x: x + mx, y: y + SLOT_Y + 16, text: m ? clip(mState(t, s, m), cw - mx - CARD_PAD) : '', cls: 'gmp-mstate' });
    o.texts.push({ key: `${k}:lq`, x: x + CARD_PAD, y: y + RUNQ_LABEL_Y, text: `${t.runq} · ${p.runq.length}`, cls: 'gmp-label' });
    queue(o, `${k}:q`, p.runq, x + CARD_PAD, y + RUNQ_Y, inner, { cap });
  }
  const gridRows = Math.ceil(n / cols);
  return y0 + gridRows * ch + Math.max(0, gridRows - 1) * GAP2;
}

/** What the M on a P is doing, as a short caption (empty while it simply runs its G). */
function mState(t: GmpLabels, s: GmpState, m: M): string {
  if (m.phase === 'syscall') return t.inSyscall;
  if (m.spinning) return m.phase === 'steal' ? `${t.mPhase.steal} · ${t.spinning}` : t.spinning;
  if (m.phase === 'run' && m.curg !== null && s.gs[m.curg]?.status === 'running') return '';
  return t.mPhase[m.phase];
}

/** Ms holding a P sit in their P's card, with their G in the card's curg slot. Returns the Ms left over. */
function placeRunningMs(o: Out, cardOf: Map<number, Pt>): M[] {
  const rest: M[] = [];
  for (const m of o.s.ms) {
    const at = m.p === null ? undefined : cardOf.get(m.p);
    if (!at) {
      rest.push(m);
      continue;
    }
    o.ms.push({ id: m.id, x: at.x + CARD_PAD, y: at.y + SLOT_Y, spinning: m.spinning, phase: m.phase });
    if (m.curg !== null) chipOf(o, m.curg, at.x + CURG_X, at.y + SLOT_Y + 2);
  }
  return rest;
}

/** The panels under the cards: threads, syscalls, timers, channels. Two columns when wide. */
function panels(o: Out, y0: number, offP: M[]): number {
  const W = o.width;
  const two = W >= 640;
  const w = two ? (W - 2 * PAD - GAP2) / 2 : W - 2 * PAD;
  const xs = [PAD, two ? PAD + w + GAP2 : PAD];
  const cols: [number, number] = [y0, y0];
  const order: [string, (x: number, y: number, w: number) => number, number][] = [
    ['threads', (x, y, pw) => threads(o, x, y, pw, offP), 0],
    ['sys', (x, y, pw) => syscalls(o, x, y, pw, offP), 0],
    ['sleep', (x, y, pw) => sleeping(o, x, y, pw), 1],
    ['chans', (x, y, pw) => channels(o, x, y, pw), 1],
  ];
  for (const [key, draw, c] of order) {
    const col = two ? c : 0;
    const top = cols[col]!;
    const h = grow(o, `panel:${key}`, draw(xs[col]!, top, w));
    const box = o.boxes.find((b) => b.key === `panel:${key}`);
    if (box) box.h = h;
    cols[col] = top + h + GAP2;
  }
  return Math.max(cols[0], cols[1]) - GAP2;
}

function threads(o: Out, x: number, y: number, w: number, offP: M[]): number {
  const { s, t } = o;
  panel(o, 'threads', x, y, w, 0, t.threads);
  const inner = w - 2 * CARD_PAD;
  const cx = x + CARD_PAD;
  let cy = y + 28;
  // Idle Ps in sched.pidle order, head first.
  o.texts.push({ key: 'pidle:l', x: cx, y: cy + 10, text: `${t.idlePs} (sched.pidle) · ${s.sched.pidle.length}`, cls: 'gmp-label' });
  cy += 16;
  const pper = perRow(inner, P_TOKEN_W + GAP);
  s.sched.pidle.forEach((pid, i) => {
    const px = cx + (i % pper) * (P_TOKEN_W + GAP);
    const py = cy + Math.floor(i / pper) * STEP_Y;
    o.boxes.push({ key: `pidle:${pid}`, x: px, y: py, w: P_TOKEN_W, h: CHIP_H, cls: 'gmp-ptoken', actor: `p${pid}` });
    o.texts.push({ key: `pidle:${pid}`, x: px + P_TOKEN_W / 2, y: py + 14, text: `P${pid}`, cls: 'gmp-ptoken-text', anchor: 'middle' });
  });
  if (s.sched.pidle.length === 0) o.texts.push({ key: 'pidle:empty', x: cx + 2, y: cy + 14, text: '—', cls: 'gmp-empty' });
  cy += grow(o, 'pidleRows', rowsFor(s.sched.pidle.length, pper, Infinity)) * STEP_Y + 6;
  // Parked Ms (sched.midle, head first), then any other M without a P that is not in a syscall.
  const parked: M[] = [];
  for (const id of s.sched.midle) {
    const m = s.ms[id];
    if (m) parked.push(m);
  }
  const others: string[] = [];
  for (const m of offP) {
    if (m.phase === 'syscall' || s.sched.midle.includes(m.id)) continue;
    parked.push(m);
    others.push(`M${m.id} ${t.mPhase[m.phase]}`);
  }
  const midleLabel = `${t.parkedMs} (sched.midle) · ${s.sched.midle.length}`;
  o.texts.push({ key: 'midle:l', x: cx, y: cy + 10, text: others.length ? listLine(`${midleLabel} · `, others, inner) : midleLabel, cls: 'gmp-label' });
  cy += 16;
  const mper = perRow(inner, M_W + GAP);
  parked.forEach((m, i) => {
    o.ms.push({ id: m.id, x: cx + (i % mper) * (M_W + GAP), y: cy + Math.floor(i / mper) * (M_H + GAP), spinning: m.spinning, phase: m.phase });
  });
  if (parked.length === 0) o.texts.push({ key: 'midle:empty', x: cx + 2, y: cy + 16, text: '—', cls: 'gmp-empty' });
  cy += grow(o, 'midleRows', rowsFor(parked.length, mper, Infinity)) * (M_H + GAP) + 6;
  // Spinning Ms (each holds a P, so they are drawn in the cards; listed here by id).
  const spin = s.ms.filter((m) => m.spinning).map((m) => `M${m.id}`);
  o.texts.push({ key: 'spin:l', x: cx, y: cy + 10, text: listLine(`${t.spinningMs} · ${s.sched.nmspinning}: `, spin, inner), cls: 'gmp-label' });
  cy += 18;
  return cy - y + 4;
}

const ENTRY_W = M_W + 6 + CHIP_W + 8 + 86;

function syscalls(o: Out, x: number, y: number, w: number, offP: M[]): number {
  const { s, t } = o;
  panel(o, 'sys', x, y, w, 0, t.inSyscall);
  const cx = x + CARD_PAD;
  const inner = w - 2 * CARD_PAD;
  let cy = y + 28;
  const released = offP.filter((m) => m.phase === 'syscall');
  const per = perRow(inner, ENTRY_W + 8);
  released.forEach((m, i) => {
    const ex = cx + (i % per) * (ENTRY_W + 8);
    const ey = cy + Math.floor(i / per) * (M_H + GAP);
    o.ms.push({ id: m.id, x: ex, y: ey, spinning: m.spinning, phase: m.phase });
    if (m.curg !== null) chipOf(o, m.curg, ex + M_W + 6, ey + 2);
    o.texts.push({ key: `sys:${m.id}`, x: ex + M_W + 6 + CHIP_W + 8, y: ey + 16, text: t.releasedP, cls: 'gmp-small' });
  });
  if (released.length === 0) o.texts.push({ key: 'sys:empty', x: cx + 2, y: cy + 16, text: '—', cls: 'gmp-empty' });
  cy += grow(o, 'sysRows', rowsFor(released.length, per, Infinity)) * (M_H + GAP) + 4;
  const holding: string[] = [];
  for (const m of s.ms) {
    if (m.phase === 'syscall' && m.p !== null) holding.push(`M${m.id}${m.curg === null ? '' : `·G${m.curg}`}·P${m.p}`);
  }
  o.texts.push({ key: 'sys:hold', x: cx, y: cy + 10, text: listLine(`${t.syscallHolding}: `, holding, inner), cls: 'gmp-label' });
  cy += 18;
  return cy - y + 4;
}

function sleeping(o: Out, x: number, y: number, w: number): number {
  const { s, t } = o;
  panel(o, 'sleep', x, y, w, 0, `${t.sleeping} · ${s.timers.length}`);
  const inner = w - 2 * CARD_PAD;
  const per = perRow(inner);
  const cap = Math.min(QUEUE_CAP, per * 2);
  const ids = s.timers.map((tm) => tm.g);
  const now = s.now;
  // Each chip has its wake time under it, so a row is taller than a plain queue's.
  const dy = STEP_Y + 12;
  queue(o, 'sleep', ids, x + CARD_PAD, y + 28, inner, { cap, stepY: dy, subOf: (i) => `+${fmtShort(s.timers[i]!.when - now)}` });
  const rows = grow(o, 'sleepRows', rowsFor(ids.length, per, cap));
  return 28 + rows * dy + 6;
}

function channels(o: Out, x: number, y: number, w: number): number {
  const { s, t } = o;
  const names = Object.keys(s.chans);
  panel(o, 'chans', x, y, w, 0, `${t.channels} · ${names.length}`);
  const cx = x + CARD_PAD;
  const inner = w - 2 * CARD_PAD;
  const qx = cx + 66;
  const qw = inner - 66;
  let cy = y + 28;
  for (const name of names) {
    const ch = s.chans[name]!;
    const k = `ch:${name}`;
    const h = 20 + 2 * STEP_Y + 4;
    o.boxes.push({ key: k, x: cx - 4, y: cy - 2, w: inner + 8, h, cls: 'gmp-chanbox', actor: `c:${name}` });
    const buf = ch.cap === 0 ? t.unbuffered : `${t.buffer} ${ch.qcount}/${ch.cap}`;
    o.texts.push({ key: `${k}:n`, x: cx, y: cy + 12, text: `${clip(name, 120)} · ${buf}`, cls: 'gmp-chan-title', actor: `c:${name}` });
    if (ch.cap > 0) {
      const bw = Math.min(100, inner / 3);
      const bx = cx + inner - bw;
      o.boxes.push({ key: `${k}:bar`, x: bx, y: cy + 4, w: bw, h: 8, cls: 'gmp-bar' });
      o.boxes.push({ key: `${k}:fill`, x: bx, y: cy + 4, w: (bw * Math.min(ch.qcount, ch.cap)) / ch.cap, h: 8, cls: 'gmp-bar-fill' });
    }
    cy += 20;
    o.texts.push({ key: `${k}:lr`, x: cx, y: cy + 14, text: `recvq ${ch.recvq.length}`, cls: 'gmp-label' });
    queue(o, `${k}:r`, ch.recvq, qx, cy, qw, { cap: Math.min(CHAN_CAP, perRow(qw)) });
    cy += STEP_Y;
    o.texts.push({ key: `${k}:ls`, x: cx, y: cy + 14, text: `sendq ${ch.sendq.length}`, cls: 'gmp-label' });
    queue(o, `${k}:s`, ch.sendq, qx, cy, qw, { cap: Math.min(CHAN_CAP, perRow(qw)) });
    cy += STEP_Y + 8;
  }
  if (names.length === 0) {
    o.texts.push({ key: 'chans:empty', x: cx + 2, y: cy + 14, text: '—', cls: 'gmp-empty' });
    cy += STEP_Y;
  }
  return cy - y + 2;
}

/** Goroutine counts, the program's end, and the colour legend. */
function footer(o: Out, y0: number): number {
  const { s, t, width: W } = o;
  const { total, dead, waiting } = countGs(s);
  const parts = [`${total} ${t.goroutines}`, `${t.dead} ${dead}`, `${t.waiting} ${waiting}`];
  if (s.halted === 'exit') parts.push(`${t.leaked} ${waiting}`);
  o.texts.push({ key: 'counts', x: PAD, y: y0 + 14, text: parts.join(' · '), cls: 'gmp-counts' });
  let y = y0 + 20;
  if (s.halted !== null) {
    o.texts.push({ key: 'halted', x: PAD, y: y + 16, text: t.halted[s.halted], cls: 'gmp-halted' });
    y += 22;
  }
  // Legend: the four chip colours.
  const kinds = ['running', 'runnable', 'waiting', 'syscall'] as const;
  let lx = PAD;
  let ly = y + 4;
  for (const k of kinds) {
    const label = t.gStatus[k];
    const wEst = 18 + estWidth(label, 11) + 14;
    if (lx + wEst > W - PAD) {
      lx = PAD;
      ly += 18;
    }
    o.boxes.push({ key: `lg:${k}`, x: lx, y: ly, w: 14, h: 12, cls: `gmp-swatch s-${k}` });
    o.texts.push({ key: `lg:${k}`, x: lx + 18, y: ly + 10, text: label, cls: 'gmp-small' });
    lx += wEst;
  }
  return ly + 14;
}

/** "label: a b c" cut to fit `width`, or "label: —" for an empty list. */
function listLine(label: string, items: readonly string[], width: number): string {
  if (items.length === 0) return `${label}—`;
  return label + clip(items.join('  '), width - estWidth(label, 11));
}

export { clip, estWidth };

/** A duration in the fewest characters: "850ns", "300µs", "1.2ms", "2s". */
export function fmtShort(ns: number): string {
  if (ns < 1_000) return `${Math.max(0, ns)}ns`;
  if (ns < 1_000_000) return `${Math.round(ns / 1_000)}µs`;
  if (ns < 1_000_000_000) return `${+(ns / 1_000_000).toFixed(ns < 10_000_000 ? 1 : 0)}ms`;
  return `${+(ns / 1_000_000_000).toFixed(1)}s`;
}
