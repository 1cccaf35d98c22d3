// The SPSC ring picture: one SVG drawn with d3 from an SpscState. layout.ts decides where things
// go; this file joins that into the DOM by key, writing an attribute only when it changed, and
// animates what moves: the head and tail markers travel around the ring, and a cache line that
// moves between the cores sends a dot from one core's copy to the other's. Without `animate`
// (fast playback, reduced motion) everything jumps.
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { easeCubicOut } from 'd3-ease';
import type { SimEvent } from '../../../simulators/core/types.ts';
import type { SpscAction, SpscConfig, SpscState } from '../../../simulators/spsc/index.ts';
import type { RunContext, ViewOptions } from '../shell/types.ts';
import { fitGeometry, labelRadius, scene, type Analysis, type Geometry, type LMarker } from './layout.ts';
import { spscLabels, type Locale } from './labels.ts';
import type { AnalysisClient } from './client.ts';
import { RacePanel } from './panel.ts';
import { createSvg, joinPaths, joinRects, joinTexts, layer as svgLayer, type MemEl } from '../kit/svg.ts';

export const MOVE_MS = 420;

type El = MemEl & { _sig?: string; _angle?: number; _label?: number };

export type SpscView = { render(state: SpscState, events: readonly SimEvent[], o: ViewOptions): void };

export function createSpscView(root: HTMLElement, locale: Locale, run: RunContext<SpscConfig, SpscAction>, client: AnalysisClient): SpscView {
  const t = spscLabels(locale);
  const svg = createSvg(root, 'spsc-svg');
  const layer = (cls: string) => select(svgLayer(svg, cls));
  const rectLayer = layer('spsc-rects');
  const pathLayer = layer('spsc-paths');
  const markLayer = layer('spsc-marks');
  const textLayer = layer('spsc-texts');
  const flyLayer = layer('spsc-fly');
  root.classList.add('spsc-view');

  const panel = RacePanel.attach(root, locale);
  const reduced = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

  let geo: Geometry | null = null;
  let geoKey = '';
  let viewBox = '';
  let analysis: Analysis = {};
  let analysisKey = '';
  let last: { state: SpscState; opts: ViewOptions } | null = null;

  client.onUpdate = (key, a) => {
    if (key !== analysisKey) return;
    analysis = a;
    if (last) draw(last.state, [], { ...last.opts, animate: false });
  };

  function render(state: SpscState, events: readonly SimEvent[], o: ViewOptions): void {
    last = { state, opts: o };
    // The whole-run analysis follows the run (config, seed, actions), not the step.
    const key = client.request({ config: run.config, seed: run.seed, actions: run.actions });
    if (key !== analysisKey) {
      analysisKey = key;
      analysis = client.current(key);
    }
    draw(state, events, o);
  }

  function draw(state: SpscState, events: readonly SimEvent[], o: ViewOptions): void {
    const animate = o.animate && !(reduced?.matches ?? false);
    const c = state.config;
    const k = `${o.box.width}x${o.box.height}|${o.presenting}|${c.capacity}|${c.scheme}|${c.cachedIndices}|${c.padding}|${c.indexBits}|${c.startIndex}|${c.producer.length}|${c.pops}|${c.publish}`;
    if (!geo || k !== geoKey) {
      geo = fitGeometry(c, o.box, o.presenting, t, locale);
      geoKey = k;
    }
    const g = geo;
    const vb = `0 0 ${g.width} ${g.height}`;
    if (vb !== viewBox) {
      svg.setAttribute('viewBox', vb);
      svg.style.setProperty('--spsc-f', `${g.f}px`);
      viewBox = vb;
    }
    const hits = hitsOf(events);
    const sc = scene(state, g, t, locale, analysis, run.position, hits);
    joinRects(rectLayer, sc.rects);
    joinPaths(pathLayer, sc.paths);
    joinMarkers(markLayer, sc.markers, g, animate);
    joinTexts(textLayer, sc.texts, { round: (v) => Math.round(v * 10) / 10 });
    fly(flyLayer, events, sc.cells, animate);
    panel?.update(state, analysis, run.position);
  }

  return { render };
}

type Hits = { slots: Set<number>; lines: Set<number> };

function hitsOf(events: readonly SimEvent[]): Hits {
  const h: Hits = { slots: new Set(), lines: new Set() };
  for (const e of events) {
    for (const s of e.actors.slot ?? []) h.slots.add(Number(s));
    for (const l of e.actors.line ?? []) h.lines.add(Number(l));
  }
  return h;
}

/** Head (inside the ring, pointing out) and tail (outside, pointing in), with their labels outside. */
function joinMarkers(layer: Selection<SVGGElement, unknown, null, undefined>, markers: LMarker[], g: Geometry, animate: boolean): void {
  const { cx, cy, R, rIn } = g.ring;
  const f = g.f;
  const small = Math.round(f * 0.85);
  const sig = `${cx},${cy},${R},${rIn},${f}`;
  layer
    .selectAll<SVGGElement, LMarker>('g.spsc-marker')
    .data(markers, (d) => d.key)
    .join((enter) =>
      enter.append('g').each(function (d) {
        this.setAttribute('class', `spsc-marker is-${d.key}`);
        this.innerHTML = `<path class="spsc-marker-tri"></path><text class="spsc-marker-label" text-anchor="middle"></text>`;
      }),
    )
    .each(function (d) {
      const el = this as unknown as El;
      const tri = el.firstChild as SVGPathElement;
      const label = el.lastChild as SVGTextElement;
      if (el._sig !== sig) {
        const s = f * 0.55;
        // Drawn pointing at angle 0 (up); the group rotates about the ring's centre.
        const shape =
          d.key === 'tail'
            ? `M${cx},${cy - R - 1}l${-s},${-s * 1.5}h${2 * s}Z`
            : `M${cx},${cy - rIn + 1}l${-s},${s * 1.5}h${2 * s}Z`;
        tri.setAttribute('d', shape);
        label.setAttribute('font-size', String(small));
        label.textContent = d.key === 'head' ? 'head' : 'tail';
        el._sig = sig;
        el._angle = undefined;
      }
      const place = (a: number, la: number) => {
        const deg = (a * 180) / Math.PI;
        tri.setAttribute('transform', `rotate(${deg.toFixed(2)} ${cx} ${cy})`);
        const r = R + labelRadius(f);
        label.setAttribute('x', (cx + r * Math.sin(la)).toFixed(1));
        label.setAttribute('y', (cy - r * Math.cos(la) + small * 0.35).toFixed(1));
      };
      const from = el._angle;
      const fromL = el._label ?? d.labelAngle;
      const to = d.angle;
      if (from === undefined || !animate || (Math.abs(from - to) < 1e-6 && Math.abs(fromL - d.labelAngle) < 1e-6)) {
        select(el).interrupt();
        place(to, d.labelAngle);
      } else {
        // The short way round (forward when stepping, back when undoing).
        let delta = to - from;
        if (delta > Math.PI + 1e-9) delta -= Math.PI * 2;
        if (delta <= -Math.PI + 1e-9) delta += Math.PI * 2;
        let dl = d.labelAngle - fromL;
        if (dl > Math.PI) dl -= Math.PI * 2;
        if (dl < -Math.PI) dl += Math.PI * 2;
        select(el)
          .interrupt()
          .transition()
          .duration(MOVE_MS)
          .ease(easeCubicOut)
          .tween('angle', () => (k: number) => place(from + delta * k, fromL + dl * k));
      }
      el._label = d.labelAngle;
      el._angle = to;
    });
}

/** A dot travels from the core that had the line to the core that now has it. */
function fly(layer: Selection<SVGGElement, unknown, null, undefined>, events: readonly SimEvent[], cells: Map<number, { producer: { x: number; y: number }; consumer: { x: number; y: number } }>, animate: boolean): void {
  layer.selectAll('circle').interrupt().remove();
  if (!animate) return;
  for (const e of events) {
    const side = e.actors.side?.[0];
    if (side !== 'producer' && side !== 'consumer') continue;
    for (const id of e.actors.line ?? []) {
      const pos = cells.get(Number(id));
      if (!pos) continue;
      const from = side === 'producer' ? pos.consumer : pos.producer;
      const to = pos[side];
      layer
        .append('circle')
        .attr('class', 'spsc-fly-dot')
        .attr('r', 5)
        .attr('cx', from.x)
        .attr('cy', from.y)
        .transition()
        .duration(MOVE_MS)
        .ease(easeCubicOut)
        .attr('cx', to.x)
        .attr('cy', to.y)
        .transition()
        .duration(200)
        .attr('opacity', 0)
        .remove();
    }
  }
}
