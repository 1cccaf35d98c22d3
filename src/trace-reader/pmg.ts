// One scheddetail tick as a P/M/G picture in the GMP simulator's style (its classes and colours,
// src/simulators/gmp/gmp.css): P cards with their M and running G, Ms without a P, and the
// goroutines by state. scheddetail prints queue lengths but not which goroutine is in which queue,
// so queued goroutines are drawn as unnamed chips, and runnable goroutines are listed as a pool.
// Below the picture, the same tick as tables.
import type { GmpSnapshot, SnapshotGState, SnapshotM } from '../../simulators/trace/index.ts';
import type { SchedTickRecord } from '../../simulators/trace/types.ts';
import { num, type Tr } from './strings.ts';
import { createPagedTable, type PagedTable } from './table.ts';

export interface PmgView {
  render(snap: GmpSnapshot | null, tick: SchedTickRecord, index: number, count: number): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const CHIP_W = 44;
const CHIP_H = 20;
const GAP = 4;
const STEP_X = CHIP_W + GAP;
const STEP_Y = CHIP_H + GAP;
const M_W = 48;
const M_H = 24;
const PAD = 8;
const GAP2 = 10;
const CARD_MIN = 250;
const CARD_PAD = 10;
const QUEUE_CAP = 16;
const POOL_CAP = 32;

type Prim =
  | { t: 'box'; x: number; y: number; w: number; h: number; cls: string }
  | { t: 'text'; x: number; y: number; text: string; cls: string; anchor?: 'start' | 'middle' | 'end' }
  | { t: 'chip'; x: number; y: number; label: string; s: string }
  | { t: 'm'; x: number; y: number; id: number; phase: string; spinning: boolean };

function gClass(state: SnapshotGState): string {
  if (state === 'running') return 'running';
  if (state === 'runnable' || state === 'preempted') return 'runnable';
  if (state === 'syscall') return 'syscall';
  if (state === 'dead' || state === 'deadextra' || state === 'idle') return 'dead';
  return 'waiting';
}

function estWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? size : size * 0.6;
  return w;
}

function clip(text: string, width: number, size = 11): string {
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

export function layoutPmg(s: GmpSnapshot, width: number, t: Tr): { prims: Prim[]; height: number } {
  const W = Math.max(320, Math.round(width));
  const out: Prim[] = [];
  const perRow = (w: number, step = STEP_X): number => Math.max(1, Math.floor((w + GAP) / step));
  /** Unnamed chips for a queue length: at most `cap` slots, the last one "+N" when longer. */
  const anon = (n: number, x: number, y: number, w: number, cap: number): number => {
    const per = perRow(w);
    const over = n > cap;
    const drawn = over ? cap - 1 : n;
    for (let i = 0; i < drawn; i++) out.push({ t: 'chip', x: x + (i % per) * STEP_X, y: y + Math.floor(i / per) * STEP_Y, label: '', s: 'runnable' });
    if (over) {
      const bx = x + (drawn % per) * STEP_X;
      const by = y + Math.floor(drawn / per) * STEP_Y;
      out.push({ t: 'box', x: bx, y: by, w: CHIP_W, h: CHIP_H, cls: 'gmp-more' });
      out.push({ t: 'text', x: bx + CHIP_W / 2, y: by + 14, text: `+${n - drawn}`, cls: 'gmp-more-text', anchor: 'middle' });
    }
    if (n === 0) out.push({ t: 'text', x: x + 2, y: y + 14, text: '—', cls: 'gmp-empty' });
    return Math.max(1, Math.ceil(Math.min(n, cap) / per));
  };
  const panel = (x: number, y: number, w: number, h: number, title: string): void => {
    out.push({ t: 'box', x, y, w, h, cls: 'gmp-panel' });
    out.push({ t: 'text', x: x + CARD_PAD, y: y + 18, text: title, cls: 'gmp-title' });
  };

  let y = PAD;
  // Global run queue: its length only.
  {
    const inner = W - 2 * PAD - 2 * CARD_PAD;
    const rows = Math.max(1, Math.ceil(Math.min(s.globalRunqLen, QUEUE_CAP) / perRow(inner)));
    const h = 28 + rows * STEP_Y + 6;
    panel(PAD, y, W - 2 * PAD, h, `${t('pmg.global')} · ${s.globalRunqLen}`);
    out.push({ t: 'text', x: W - PAD - CARD_PAD, y: y + 18, text: `SCHED ${num(s.atMs)}ms`, cls: 'gmp-time', anchor: 'end' });
    anon(s.globalRunqLen, PAD + CARD_PAD, y + 28, inner, QUEUE_CAP);
    y += h + GAP2;
  }
  // P cards.
  const n = s.ps.length;
  const cols = Math.max(1, Math.min(Math.floor((W - 2 * PAD + GAP2) / (CARD_MIN + GAP2)), 4, n));
  const cw = (W - 2 * PAD - (cols - 1) * GAP2) / cols;
  const inner = cw - 2 * CARD_PAD;
  const cap = Math.min(QUEUE_CAP, perRow(inner) * 2);
  let rows = 1;
  for (const p of s.ps) rows = Math.max(rows, Math.ceil(Math.min(p.runqLen, cap) / perRow(inner)));
  const ch = 88 + rows * STEP_Y - GAP + CARD_PAD;
  const mById = new Map(s.ms.map((m) => [m.id, m]));
  s.ps.forEach((p, i) => {
    const x = PAD + (i % cols) * (cw + GAP2);
    const cy = y + Math.floor(i / cols) * (ch + GAP2);
    const st = p.state === 'running' ? 'running' : p.state === 'idle' ? 'idle' : p.state === 'gcstop' ? 'gcstop' : p.state;
    out.push({ t: 'box', x, y: cy, w: cw, h: ch, cls: `gmp-card st-${st}` });
    out.push({ t: 'text', x: x + CARD_PAD, y: cy + 20, text: `P${p.id}`, cls: 'gmp-card-title' });
    out.push({ t: 'text', x: x + CARD_PAD + 40, y: cy + 19, text: t(`pmg.p.${p.state}`), cls: `gmp-card-status st-${st}` });
    out.push({ t: 'text', x: x + cw - CARD_PAD, y: cy + 19, text: `schedtick ${p.schedtick}`, cls: 'gmp-small', anchor: 'end' });
    out.push({ t: 'text', x: x + CARD_PAD, y: cy + 36, text: 'M', cls: 'gmp-label' });
    out.push({ t: 'text', x: x + CARD_PAD + M_W + 10, y: cy + 36, text: 'curg', cls: 'gmp-label' });
    out.push({ t: 'box', x: x + CARD_PAD, y: cy + 41, w: M_W, h: M_H, cls: 'gmp-slot' });
    out.push({ t: 'box', x: x + CARD_PAD + M_W + 8, y: cy + 41, w: CHIP_W + 4, h: M_H, cls: 'gmp-slot' });
    const m = p.m === null ? undefined : mById.get(p.m);
    if (m) out.push({ t: 'm', x: x + CARD_PAD, y: cy + 41, id: m.id, phase: mPhase(m), spinning: m.spinning });
    if (p.g !== null) {
      const g = s.gs.find((gg) => gg.id === p.g);
      out.push({ t: 'chip', x: x + CARD_PAD + M_W + 10, y: cy + 43, label: `G${p.g}`, s: g ? gClass(g.state) : 'running' });
    }
    const extra: string[] = [];
    if (p.timers !== null) extra.push(`timers ${p.timers}`);
    extra.push(`gfree ${p.gfree}`);
    const ex = x + CARD_PAD + M_W + 10 + CHIP_W + 14;
    out.push({ t: 'text', x: ex, y: cy + 57, text: clip(extra.join(' · '), cw - (ex - x) - CARD_PAD), cls: 'gmp-small' });
    out.push({ t: 'text', x: x + CARD_PAD, y: cy + 82, text: `runq · ${p.runqLen}`, cls: 'gmp-label' });
    anon(p.runqLen, x + CARD_PAD, cy + 88, inner, cap);
  });
  y += Math.ceil(n / cols) * (ch + GAP2);

  // Ms without a P.
  {
    const offP = s.ms.filter((m) => m.p === null);
    const w = W - 2 * PAD;
    const entry = M_W + 6 + CHIP_W + 8 + 86;
    const per = perRow(w - 2 * CARD_PAD, entry + 8);
    const rowsM = Math.max(1, Math.ceil(offP.length / per));
    const h = 28 + rowsM * (M_H + GAP) + 6;
    panel(PAD, y, w, h, `${t('pmg.offP')} · ${offP.length}`);
    offP.forEach((m, i) => {
      const ex = PAD + CARD_PAD + (i % per) * (entry + 8);
      const ey = y + 28 + Math.floor(i / per) * (M_H + GAP);
      out.push({ t: 'm', x: ex, y: ey, id: m.id, phase: mPhase(m), spinning: m.spinning });
      let tx = ex + M_W + 6;
      if (m.g !== null) {
        const g = s.gs.find((gg) => gg.id === m.g);
        out.push({ t: 'chip', x: tx, y: ey + 2, label: `G${m.g}`, s: g ? gClass(g.state) : 'running' });
        tx += CHIP_W + 8;
      }
      out.push({ t: 'text', x: tx, y: ey + 16, text: clip(t(`pmg.m.${m.state}`), entry - (tx - ex)), cls: 'gmp-small' });
    });
    if (offP.length === 0) out.push({ t: 'text', x: PAD + CARD_PAD + 2, y: y + 44, text: '—', cls: 'gmp-empty' });
    y += h + GAP2;
  }

  // Goroutines: the runnable pool, those in syscalls, and the waiting ones by reason.
  {
    const w = W - 2 * PAD;
    const innerG = w - 2 * CARD_PAD;
    const runnable = s.gs.filter((g) => gClass(g.state) === 'runnable');
    const sys = s.gs.filter((g) => g.state === 'syscall');
    const waiting = s.gs.filter((g) => gClass(g.state) === 'waiting');
    const per = perRow(innerG);
    const top = y;
    const start = out.length;
    let cy = y + 28;
    const pool = (label: string, gs: typeof runnable, cls: string): void => {
      out.push({ t: 'text', x: PAD + CARD_PAD, y: cy + 10, text: `${label} · ${gs.length}`, cls: 'gmp-label' });
      cy += 16;
      const over = gs.length > POOL_CAP;
      const drawn = over ? POOL_CAP - 1 : gs.length;
      for (let i = 0; i < drawn; i++) out.push({ t: 'chip', x: PAD + CARD_PAD + (i % per) * STEP_X, y: cy + Math.floor(i / per) * STEP_Y, label: `G${gs[i]!.id}`, s: cls });
      if (over) {
        const bx = PAD + CARD_PAD + (drawn % per) * STEP_X;
        const by = cy + Math.floor(drawn / per) * STEP_Y;
        out.push({ t: 'box', x: bx, y: by, w: CHIP_W, h: CHIP_H, cls: 'gmp-more' });
        out.push({ t: 'text', x: bx + CHIP_W / 2, y: by + 14, text: `+${gs.length - drawn}`, cls: 'gmp-more-text', anchor: 'middle' });
      }
      if (gs.length === 0) out.push({ t: 'text', x: PAD + CARD_PAD + 2, y: cy + 14, text: '—', cls: 'gmp-empty' });
      cy += Math.max(1, Math.ceil(Math.min(gs.length, POOL_CAP) / per)) * STEP_Y + 6;
    };
    pool(t('pmg.runnable'), runnable, 'runnable');
    if (sys.length) pool(t('pmg.syscall'), sys, 'syscall');
    const reasons = new Map<string, number>();
    for (const g of waiting) {
      const r = g.waitReason || t('pmg.noReason');
      reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
    const sorted = [...reasons.entries()].sort((a, b) => b[1] - a[1]);
    out.push({ t: 'text', x: PAD + CARD_PAD, y: cy + 10, text: `${t('pmg.waiting')} · ${waiting.length}`, cls: 'gmp-label' });
    cy += 16;
    const colsR = innerG >= 560 ? 2 : 1;
    const colW = innerG / colsR;
    const shown = sorted.slice(0, 8);
    shown.forEach(([r, k], i) => {
      const cx = PAD + CARD_PAD + (i % colsR) * colW;
      const ry = cy + Math.floor(i / colsR) * 18;
      out.push({ t: 'box', x: cx, y: ry + 2, w: 12, h: 12, cls: 'gmp-swatch s-waiting' });
      out.push({ t: 'text', x: cx + 18, y: ry + 12, text: clip(`${r} × ${k}`, colW - 24), cls: 'gmp-small' });
    });
    if (sorted.length > shown.length) {
      const rest = sorted.slice(shown.length).reduce((a, [, k]) => a + k, 0);
      const i = shown.length;
      out.push({ t: 'text', x: PAD + CARD_PAD + (i % colsR) * colW + 18, y: cy + Math.floor(i / colsR) * 18 + 12, text: t('pmg.otherReasons', { n: rest }), cls: 'gmp-small' });
    }
    if (sorted.length === 0) out.push({ t: 'text', x: PAD + CARD_PAD + 2, y: cy + 12, text: '—', cls: 'gmp-empty' });
    cy += Math.max(1, Math.ceil((shown.length + (sorted.length > shown.length ? 1 : 0)) / colsR)) * 18 + 6;
    // The panel goes under what was drawn in it.
    out.splice(start, 0, { t: 'box', x: PAD, y: top, w, h: cy - top, cls: 'gmp-panel' }, { t: 'text', x: PAD + CARD_PAD, y: top + 18, text: `${t('pmg.goroutines')} · ${s.gs.length}`, cls: 'gmp-title' });
    y = cy + GAP2;
  }

  // Legend.
  let lx = PAD;
  let ly = y;
  for (const k of ['running', 'runnable', 'waiting', 'syscall'] as const) {
    const label = t(`pmg.legend.${k}`);
    const wEst = 18 + estWidth(label, 11) + 14;
    if (lx + wEst > W - PAD) {
      lx = PAD;
      ly += 18;
    }
    out.push({ t: 'box', x: lx, y: ly, w: 14, h: 12, cls: `gmp-swatch s-${k}` });
    out.push({ t: 'text', x: lx + 18, y: ly + 10, text: label, cls: 'gmp-small' });
    lx += wEst;
  }
  return { prims: out, height: ly + 14 + PAD };
}

function mPhase(m: SnapshotM): string {
  if (m.state === 'syscall') return 'syscall';
  if (m.state === 'parked') return 'idle';
  return m.state;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function svgOf(prims: Prim[], width: number, height: number, label: string): string {
  const boxes: string[] = [];
  const texts: string[] = [];
  const tokens: string[] = [];
  for (const p of prims) {
    if (p.t === 'box') boxes.push(`<rect class="${p.cls}" x="${p.x.toFixed(1)}" y="${p.y.toFixed(1)}" width="${p.w.toFixed(1)}" height="${p.h.toFixed(1)}"></rect>`);
    else if (p.t === 'text')
      texts.push(`<text class="${p.cls}" x="${p.x.toFixed(1)}" y="${p.y.toFixed(1)}"${p.anchor && p.anchor !== 'start' ? ` text-anchor="${p.anchor}"` : ''}>${esc(p.text)}</text>`);
    else if (p.t === 'chip')
      tokens.push(
        `<g class="gmp-chip" data-s="${p.s}" transform="translate(${p.x.toFixed(1)},${p.y.toFixed(1)})"><rect width="${CHIP_W}" height="${CHIP_H}" rx="4"></rect>${p.label ? `<text class="gmp-chip-id" x="${CHIP_W / 2}" y="14" text-anchor="middle">${esc(p.label)}</text>` : ''}</g>`,
      );
    else
      tokens.push(
        `<g class="gmp-mtok${p.spinning ? ' is-spinning' : ''}" data-phase="${p.phase}" transform="translate(${p.x.toFixed(1)},${p.y.toFixed(1)})"><rect width="${M_W}" height="${M_H}" rx="3"></rect><text x="${M_W / 2 - 4}" y="16" text-anchor="middle">M${p.id}</text><circle class="gmp-spin" cx="${M_W - 8}" cy="${M_H / 2}" r="4"></circle></g>`,
      );
  }
  return `<svg xmlns="${SVG_NS}" class="gmp-svg tr-pmg-svg" role="img" aria-label="${esc(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><g>${boxes.join('')}</g><g>${texts.join('')}</g><g>${tokens.join('')}</g></svg>`;
}

export function createPmg(host: HTMLElement, t: Tr): PmgView {
  host.replaceChildren();
  const intro = document.createElement('p');
  intro.className = 'tr-chart-note';
  intro.textContent = t('pmg.intro');
  const stage = document.createElement('div');
  stage.className = 'tr-pmg';
  const text = document.createElement('details');
  text.className = 'tr-data';
  const sum = document.createElement('summary');
  sum.textContent = t('pmg.asText');
  text.append(sum);
  const textBody = document.createElement('div');
  text.append(textBody);
  host.append(intro, stage, text);
  const gTableHost = document.createElement('div');
  let gTable: PagedTable | null = null;
  let last: { snap: GmpSnapshot | null; tick: SchedTickRecord } | null = null;

  function tableOf(caption: string, head: string[], rows: string[][]): HTMLElement {
    const scroll = document.createElement('div');
    scroll.className = 'tr-scroll';
    scroll.tabIndex = 0;
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', caption);
    const tb = document.createElement('table');
    tb.className = 'tr-table';
    const cap = document.createElement('caption');
    cap.textContent = caption;
    const thead = document.createElement('thead');
    const hr = document.createElement('tr');
    for (const h of head) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      hr.append(th);
    }
    thead.append(hr);
    const body = document.createElement('tbody');
    for (const r of rows) {
      const tr = document.createElement('tr');
      r.forEach((v, j) => {
        const td = document.createElement(j === 0 ? 'th' : 'td');
        if (j === 0) (td as HTMLTableCellElement).scope = 'row';
        td.textContent = v;
        tr.append(td);
      });
      body.append(tr);
    }
    tb.append(cap, thead, body);
    scroll.append(tb);
    return scroll;
  }

  function drawText(snap: GmpSnapshot): void {
    const dash = (v: number | null): string => (v === null ? '—' : String(v));
    textBody.replaceChildren(
      tableOf(
        t('pmg.table.ps'),
        ['P', 'status', 'M', 'curg', 'runqsize', 'schedtick', 'syscalltick', 'gfreecnt', 'timerslen'],
        snap.ps.map((p) => [`P${p.id}`, `${p.status} (${t(`pmg.p.${p.state}`)})`, p.m === null ? '—' : `M${p.m}`, p.g === null ? '—' : `G${p.g}`, String(p.runqLen), String(p.schedtick), String(p.syscalltick), String(p.gfree), dash(p.timers)]),
      ),
      tableOf(
        t('pmg.table.ms'),
        ['M', 'p', 'curg', 'spinning', 'blocked', 'lockedg', t('pmg.table.state')],
        snap.ms.map((m) => [`M${m.id}`, m.p === null ? '—' : `P${m.p}`, m.g === null ? '—' : `G${m.g}`, String(m.spinning), String(m.blocked), m.lockedG === null ? '—' : `G${m.lockedG}`, t(`pmg.m.${m.state}`)]),
      ),
      gTableHost,
    );
    gTable ??= createPagedTable(gTableHost, t);
    gTable.render({
      caption: t('pmg.table.gs', { n: snap.gs.length }),
      columns: [{ label: 'G' }, { label: 'status' }, { label: t('pmg.table.reason') }, { label: 'm' }, { label: 'P' }],
      rowCount: snap.gs.length,
      pageSize: 100,
      cells: (i) => {
        const g = snap.gs[i]!;
        return [`G${g.id}`, `${g.status} (${t(`pmg.g.${g.state}`)}${g.scanning ? ', scan' : ''})`, g.waitReason ?? '', g.m === null ? '—' : `M${g.m}`, g.p === null ? '—' : `P${g.p}`];
      },
    });
  }

  function draw(): void {
    if (!last) return;
    const { snap, tick } = last;
    if (!snap) {
      stage.replaceChildren();
      const p = document.createElement('p');
      p.className = 'tr-chart-note';
      p.textContent = t('pmg.notDetailed', { at: num(tick.atMs) });
      stage.append(p);
      textBody.replaceChildren();
      return;
    }
    const width = Math.max(320, Math.floor(stage.clientWidth || host.clientWidth || 640));
    const { prims, height } = layoutPmg(snap, width, t);
    stage.innerHTML = svgOf(prims, width, height, t('pmg.aria', { at: num(snap.atMs), ps: snap.ps.length, ms: snap.ms.length, gs: snap.gs.length }));
    drawText(snap);
  }

  return {
    render(snap, tick) {
      last = { snap, tick };
      draw();
    },
  };
}
