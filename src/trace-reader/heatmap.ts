// Per-P local run queue lengths over time as a heat map on a canvas (rows = Ps, columns = groups
// of ticks; thousands of ticks × up to 256 Ps is too many SVG rects). Each cell is the longest
// queue the P had in its group. Colours are read from the palette custom properties, so the
// caller redraws on a theme change.
import { interpolateLab } from 'd3-interpolate';
import type { RunQueueMatrix } from '../../simulators/trace/index.ts';
import type { Bin } from './bins.ts';

export interface HeatmapSpec {
  label: string;
  matrix: RunQueueMatrix;
  bins: Bin[];
  selected: number;
  xFormat: (i: number) => string;
  rowLabel: (r: number) => string;
  legendLabel: string;
  onPick: (i: number) => void;
}

const LEFT = 44;
const TOP = 6;
const BOTTOM = 24;
const RIGHT = 8;

function cssVar(el: Element, name: string, fallback: string): string {
  const v = getComputedStyle(el).getPropertyValue(name).trim();
  return v || fallback;
}

export function renderHeatmap(host: HTMLElement, s: HeatmapSpec): void {
  host.replaceChildren();
  const { matrix: m, bins } = s;
  const width = Math.max(280, Math.floor(host.clientWidth || 600));
  const rowH = m.procs <= 4 ? 30 : m.procs <= 8 ? 22 : m.procs <= 16 ? 16 : m.procs <= 40 ? 10 : Math.max(2, Math.floor(360 / m.procs));
  const plotH = rowH * Math.max(1, m.procs);
  const height = TOP + plotH + BOTTOM;
  const canvas = document.createElement('canvas');
  canvas.className = 'tr-heatmap';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', s.label);
  const dpr = Math.min(3, window.devicePixelRatio || 1);
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  host.append(canvas);
  const ctx = canvas.getContext('2d');
  const bg = cssVar(host, '--sim-bg', '#ffffff');
  const panel = cssVar(host, '--sim-panel', '#f3f5f8');
  const hot = cssVar(host, '--sim-highlight', '#d9480f');
  const text = cssVar(host, '--sim-text', '#1b1f24');
  const muted = cssVar(host, '--sim-muted', '#586270');
  const ramp = interpolateLab(panel, hot);
  const colour = (v: number): string => (v <= 0 ? panel : ramp(0.18 + 0.82 * Math.sqrt(Math.min(1, v / Math.max(1, m.max)))));
  const plotW = width - LEFT - RIGHT;
  const colW = bins.length ? plotW / bins.length : plotW;
  if (ctx) {
    ctx.scale(dpr, dpr);
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, width, height);
    for (let r = 0; r < m.procs; r++) {
      const row = m.cells[r]!;
      const y = TOP + r * rowH;
      for (let b = 0; b < bins.length; b++) {
        const bin = bins[b]!;
        let v = -1;
        for (let i = bin.from; i < bin.to; i++) {
          const c = row[i];
          if (c !== null && c !== undefined && c > v) v = c;
        }
        if (v < 0) continue; // no such P at these ticks
        ctx.fillStyle = colour(v);
        ctx.fillRect(LEFT + b * colW, y, Math.ceil(colW) + 0.5, rowH - (rowH > 6 ? 1 : 0));
      }
    }
    // Row labels: every row when they fit, else every k-th.
    ctx.font = '11px system-ui, "Noto Sans", sans-serif';
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'right';
    ctx.fillStyle = text;
    const every = Math.max(1, Math.ceil(13 / rowH));
    for (let r = 0; r < m.procs; r += every) ctx.fillText(s.rowLabel(r), LEFT - 6, TOP + r * rowH + rowH / 2);
    // Time labels.
    ctx.textAlign = 'center';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = muted;
    const labels = Math.max(2, Math.min(7, Math.floor(plotW / 100)));
    for (let j = 0; j < labels; j++) {
      const b = Math.round((j * (bins.length - 1)) / Math.max(1, labels - 1));
      const bin = bins[b];
      if (!bin) continue;
      const x = LEFT + (b + 0.5) * colW;
      ctx.textAlign = j === 0 ? 'left' : j === labels - 1 ? 'right' : 'center';
      ctx.fillText(s.xFormat(bin.from), j === 0 ? LEFT : j === labels - 1 ? width - RIGHT : x, TOP + plotH + 16);
    }
    // The selected tick's column.
    const sb = bins.findIndex((b) => s.selected >= b.from && s.selected < b.to);
    if (sb >= 0) {
      ctx.strokeStyle = text;
      ctx.lineWidth = 2;
      ctx.strokeRect(LEFT + sb * colW - 1, TOP - 2, Math.max(3, colW) + 2, plotH + 4);
    }
  }
  canvas.addEventListener('click', (e) => {
    const r = canvas.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * width - LEFT;
    const b = Math.floor(x / colW);
    const bin = bins[Math.min(bins.length - 1, Math.max(0, b))];
    if (bin) s.onPick(bin.from);
  });
  canvas.classList.add('is-pickable');
  // Colour scale, as HTML so it reads as text.
  const key = document.createElement('div');
  key.className = 'tr-heat-key';
  const lab = document.createElement('span');
  lab.textContent = s.legendLabel;
  const lo = document.createElement('span');
  lo.textContent = '0';
  const grad = document.createElement('span');
  grad.className = 'tr-heat-ramp';
  grad.setAttribute('aria-hidden', 'true');
  grad.style.background = `linear-gradient(to right, ${panel}, ${[0.05, 0.25, 0.5, 0.75, 1].map((f) => colour(f * Math.max(1, m.max))).join(', ')})`;
  const hi = document.createElement('span');
  hi.textContent = String(m.max);
  key.append(lab, lo, grad, hi);
  host.append(key);
}
