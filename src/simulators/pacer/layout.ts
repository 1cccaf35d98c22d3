// Where the pacer chart's panels go for the room the shell measured: pure functions of the box,
// presentation mode and the legend's words. Units are viewBox units; the SVG is drawn 1:1 in CSS
// pixels (× 1.5 in presentation mode), so a font of 11 here is 11 px on screen.
import { estWidth } from '../kit/svg.ts';

/** Height of the HTML tab bar above the picture (CSS px; pacer.css fixes it). */
export const TABS_H = 34;
/** viewBox units per CSS px are 1/zoom: presentation draws everything 1.5× larger. */
export const PRESENTING_ZOOM = 1.5;
export const FONT = 11;
const LEGEND_ROW = 16;
const TITLE_H = 15;
const TICKS_H = 15;
const MIN_W = 300;
/** Below this the panels cannot hold their words; the picture then scales down instead. */
const MIN_H = 230;

export type Rect = { x: number; y: number; w: number; h: number };

export type LegendItem = { key: string; kind: 'area' | 'line' | 'dash' | 'band' | 'strip'; cls: string; text: string };
export type PlacedLegend = LegendItem & { x: number; y: number };

export type ChartLayout = {
  width: number;
  height: number;
  zoom: number;
  legend: PlacedLegend[];
  /** The detail chart (around now), the GC CPU chart and the overview (whole run). */
  detail: Rect;
  cpu: Rect;
  overview: Rect;
  /** Titles sit above each panel. */
  titles: { detail: number; cpu: number; overview: number };
  /** Right-hand gutter for the detail chart's value labels; false: values only, no names. */
  gutter: number;
  gutterNames: boolean;
};

/** Rough rendered width of a label (the kit's estimate; bold projector type runs wider). */
export function textWidth(s: string, font = FONT, bold = false): number {
  return estWidth(s, bold ? font * 1.13 : font);
}

export function placeLegend(items: readonly LegendItem[], x0: number, width: number, y0: number, bold = false): { placed: PlacedLegend[]; height: number } {
  const placed: PlacedLegend[] = [];
  let x = x0;
  let y = y0;
  for (const it of items) {
    const w = 18 + textWidth(it.text, FONT, bold) + 12;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += LEGEND_ROW;
    }
    placed.push({ ...it, x, y });
    x += w;
  }
  return { placed, height: y - y0 + LEGEND_ROW };
}

/**
 * The SVG's size in viewBox units for a box (CSS px) with the tab bar taken off. Presentation
 * enlarges by up to 1.5×, less when the room is short (a slide's iframe), never below 1×.
 */
export function svgSize(box: { width: number; height: number }, presenting: boolean): { width: number; height: number; zoom: number } {
  const room = box.height - TABS_H;
  let zoom = presenting && box.width >= 600 ? PRESENTING_ZOOM : 1;
  if (zoom > 1 && box.height > 0) zoom = Math.max(1, Math.min(zoom, room / 320));
  const width = Math.max(MIN_W, box.width / zoom);
  const height = box.height > 0 ? Math.max(MIN_H, Math.min(room / zoom, width * 1.15)) : width * 0.62;
  return { width: Math.floor(width), height: Math.floor(height), zoom };
}

export function chartLayout(box: { width: number; height: number }, presenting: boolean, legendItems: readonly LegendItem[]): ChartLayout {
  const { width, height, zoom } = svgSize(box, presenting);
  const left = 42;
  const gutterNames = width >= 520;
  const gutter = gutterNames ? Math.min(128, Math.max(104, width * 0.15)) : 64;
  const right = 6;
  const { placed, height: lh } = placeLegend(legendItems, left, width - left - right, 4, presenting);
  let y = 4 + lh + 2;
  const budget = height - y - (TITLE_H * 3 + TICKS_H * 2 + 10 + 4);
  const hD = Math.max(60, Math.round(budget * 0.56));
  const hC = Math.max(34, Math.round(budget * 0.24));
  const hO = Math.max(30, budget - hD - hC);
  const titles = { detail: y + 11, cpu: 0, overview: 0 };
  y += TITLE_H;
  const detail: Rect = { x: left, y, w: width - left - right - gutter, h: hD };
  y += hD + TICKS_H + 6;
  titles.cpu = y + 11;
  y += TITLE_H;
  const cpu: Rect = { x: left, y, w: width - left - right - gutter, h: hC };
  y += hC + 4;
  titles.overview = y + 11;
  y += TITLE_H;
  const overview: Rect = { x: left, y, w: width - left - right - gutter, h: hO };
  return { width, height, zoom, legend: placed, detail, cpu, overview, titles, gutter, gutterNames };
}

export type GuideLayout = {
  width: number;
  height: number;
  zoom: number;
  legend: PlacedLegend[];
  panels: { title: number; stats: number; plot: Rect }[];
};

/** GC guide mode: the runtime model above, the guide's model below, on the same axes. */
export function guideLayout(box: { width: number; height: number }, presenting: boolean, legendItems: readonly LegendItem[], svgShare: number): GuideLayout {
  const s = svgSize({ width: box.width, height: box.height > 0 ? TABS_H + (box.height - TABS_H) * svgShare : 0 }, presenting);
  const left = 42;
  const right = 8;
  const { placed, height: lh } = placeLegend(legendItems, left, s.width - left - right, 4, presenting);
  let y = 4 + lh + 2;
  const each = (s.height - y - TICKS_H - 2) / 2;
  const panels: GuideLayout['panels'] = [];
  for (let i = 0; i < 2; i++) {
    const title = y + 11;
    const stats = y + 11 + TITLE_H - 1;
    const plot: Rect = { x: left, y: y + TITLE_H * 2, w: s.width - left - right, h: Math.max(30, each - TITLE_H * 2 - 6) };
    panels.push({ title, stats, plot });
    y += each;
  }
  return { width: s.width, height: s.height, zoom: s.zoom, legend: placed, panels };
}

/** Second ticks: as many decimals as the step needs. */
export function fmtSeconds(ns: number, step: number, unit: string): string {
  const d = step >= 1e9 ? 0 : step >= 1e8 ? 1 : step >= 1e7 ? 2 : 3;
  return `${(ns / 1e9).toFixed(d)} ${unit}`;
}
