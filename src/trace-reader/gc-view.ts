// gctrace views: a summary (GC frequency, the worst stop-the-world pause named, mean live heap,
// assist share, GC CPU), a selected cycle, and tabs: heap against goal, phase times, CPU split,
// every cycle as a table, and "what if" with other GOGC / GOMEMLIMIT settings.
import { gctraceFormatVersions, summarizeGctrace, type GctraceSummary } from '../../simulators/trace/index.ts';
import type { GctraceEvent } from '../../simulators/trace/types.ts';
import type { UiCycle } from './protocol.ts';
import { binMax, binRanges, binSum, type Bin } from './bins.ts';
import { legend, renderLineChart, renderStack } from './charts.ts';
import { mb, ms, num, type Tr } from './strings.ts';
import { createPagedTable, type PagedTable } from './table.ts';
import { createTabs, type Tabs } from './tabs.ts';
import type { UrlView } from './url.ts';
import { createWhatIf, type WhatIfPanel } from './whatif-view.ts';
import { chartDataTable, el } from './dom.ts';

export interface GcViews {
  show(cycles: UiCycle[], events: GctraceEvent[]): void;
  hide(): void;
  urlState(): Partial<UrlView>;
}

const VIEWS = ['heap', 'phases', 'cpu', 'table', 'whatif'] as const;
type View = (typeof VIEWS)[number];

/** Points per chart: at most one per 2 px, never more than 600. */
function maxBins(width: number): number {
  return Math.max(40, Math.min(600, Math.floor(width / 2)));
}

export function createGcViews(host: HTMLElement, t: Tr, onState: () => void, initial: UrlView): GcViews {
  let cycles: UiCycle[] = [];
  let summary: GctraceSummary | null = null;
  let sel = 0;
  let view: View = (VIEWS as readonly string[]).includes(initial.view ?? '') ? (initial.view as View) : 'heap';
  let wantCycle = initial.cycle;
  let built = false;
  let visible = false;

  const summaryBox = el('div', 'tr-summary');
  const bar = el('div', 'tr-posbar');
  const panels: Record<View, HTMLElement> = {} as Record<View, HTMLElement>;
  let tabs: Tabs<View> | null = null;
  let slider: HTMLInputElement;
  let readout: HTMLElement;
  let prevB: HTMLButtonElement;
  let nextB: HTMLButtonElement;
  let table: PagedTable | null = null;
  let whatIf: WhatIfPanel | null = null;
  const dirty = new Set<View>();
  let lastWidth = 0;

  function build(): void {
    built = true;
    host.append(summaryBox);
    // The selected cycle: a slider (arrow keys), previous/next, and the cycle in words.
    const label = el('label', 'tr-pos-label');
    const ls = el('span', 'tr-pos-name', t('gc.cycle'));
    slider = el('input', 'tr-pos-slider');
    slider.type = 'range';
    slider.min = '0';
    slider.step = '1';
    label.append(ls, slider);
    prevB = el('button', 'tr-pos-step', '‹');
    prevB.type = 'button';
    prevB.setAttribute('aria-label', t('gc.prevCycle'));
    prevB.title = t('gc.prevCycle');
    nextB = el('button', 'tr-pos-step', '›');
    nextB.type = 'button';
    nextB.setAttribute('aria-label', t('gc.nextCycle'));
    nextB.title = t('gc.nextCycle');
    readout = el('p', 'tr-pos-readout');
    readout.setAttribute('aria-live', 'polite');
    bar.append(label, prevB, nextB, readout);
    host.append(bar);
    slider.addEventListener('input', () => select(Number(slider.value)));
    prevB.addEventListener('click', () => select(sel - 1));
    nextB.addEventListener('click', () => select(sel + 1));

    const tabHost = el('div', 'tr-tabs-host');
    host.append(tabHost);
    tabs = createTabs<View>(
      tabHost,
      VIEWS.map((v) => ({ id: v, label: t(`gc.tab.${v}`) })),
      'gc',
      (v) => {
        view = v;
        renderPanel();
        onState();
      },
    );
    for (const v of VIEWS) panels[v] = tabs.panel(v);
    // Step through cycles with ← → anywhere in the views except where arrows already mean something.
    host.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const target = e.target as HTMLElement;
      if (target.closest('input, select, textarea, [role="tab"], [role="tablist"]')) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      select(sel + (e.key === 'ArrowLeft' ? -1 : 1));
    });
    new ResizeObserver(() => {
      const w = host.clientWidth;
      if (!visible || Math.abs(w - lastWidth) < 8) return;
      lastWidth = w;
      for (const v of VIEWS) dirty.add(v);
      requestAnimationFrame(renderPanel);
    }).observe(host);
  }

  function select(i: number): void {
    if (cycles.length === 0) return;
    const next = Math.min(cycles.length - 1, Math.max(0, i));
    if (next === sel && slider.value === String(next)) return;
    sel = next;
    updateBar();
    for (const v of VIEWS) dirty.add(v);
    renderPanel();
    onState();
  }

  function updateBar(): void {
    slider.max = String(Math.max(0, cycles.length - 1));
    slider.value = String(sel);
    const c = cycles[sel];
    prevB.disabled = sel <= 0;
    nextB.disabled = sel >= cycles.length - 1;
    if (!c) return;
    slider.setAttribute('aria-valuetext', t('gc.cycleValue', { n: c.n, at: num(c.at, 3) }));
    readout.textContent = t('gc.readout', {
      n: c.n,
      at: num(c.at, 3),
      cpu: c.cpuPercent,
      sweep: ms(c.clock.sweepTerm),
      mark: ms(c.clock.mark),
      markTerm: ms(c.clock.markTerm),
      start: mb(c.heap.start),
      end: mb(c.heap.end),
      live: mb(c.heap.live),
      goal: mb(c.goal),
      line: num(c.line),
    }) + (c.forced ? ` ${t('gc.forced')}` : '');
  }

  // ── summary ────────────────────────────────────────────────────────────────────────────────

  function renderSummary(events: GctraceEvent[]): void {
    const s = summary!;
    summaryBox.replaceChildren();
    const h = el('h3', 'tr-summary-title', t('gc.summary.title'));
    const dl = el('dl', 'tr-facts');
    const fact = (term: string, value: string | Node, note?: string): void => {
      const d = el('div', 'tr-fact');
      const dt = el('dt', '', term);
      const dd = el('dd');
      dd.append(value);
      if (note) dd.append(el('span', 'tr-fact-note', note));
      d.append(dt, dd);
      dl.append(d);
    };
    const forced = events.filter((e) => e.kind === 'forced').length;
    fact(t('gc.summary.cycles'), num(s.cycles), s.forced || forced ? t('gc.summary.forcedNote', { user: s.forced, periodic: forced }) : t('gc.summary.span', { s: num(s.spanS, 3) }));
    fact(
      t('gc.summary.frequency'),
      s.frequency === null ? '—' : t('gc.summary.perSecond', { n: num(s.frequency, s.frequency < 10 ? 2 : 0) }),
      s.frequency ? t('gc.summary.every', { ms: ms(1000 / s.frequency) }) : undefined,
    );
    if (s.worstStw) {
      const w = s.worstStw;
      const b = el('button', 'tr-link-button');
      b.type = 'button';
      b.className = 'tr-link-button tr-worst';
      b.title = t('gc.summary.worstTitle');
      const big = el('span', 'tr-fact-big', `${ms(w.ms)} ms`);
      const sub = el('span', 'tr-fact-sub', t('gc.summary.worstWhere', { phase: t(`gc.phase.${w.phase}`), n: w.n }));
      b.append(big, sub);
      b.addEventListener('click', () => {
        const i = cycles.findIndex((c) => c.n === w.n && c.clock[w.phase] === w.ms);
        if (i >= 0) {
          tabs?.select('phases');
          select(i);
        }
      });
      fact(t('gc.summary.worst'), b, t('gc.summary.worstNote'));
    }
    fact(t('gc.summary.live'), s.meanLiveHeapMB === null ? '—' : `${mb(s.meanLiveHeapMB)} MB`, s.peakHeapMB === null ? undefined : t('gc.summary.peak', { mb: mb(s.peakHeapMB) }));
    fact(t('gc.summary.assist'), s.assistShare === null ? '—' : `${num(s.assistShare * 100, 1)}%`, t('gc.summary.assistNote'));
    fact(t('gc.summary.gcCpu'), s.gcCpuPercent === null ? '—' : `${s.gcCpuPercent}%`, t('gc.summary.gcCpuNote'));
    const formats = [...new Set(cycles.map((c) => c.format))];
    fact(t('gc.summary.format'), formats.map((f) => gctraceFormatVersions(f)).join(', '));
    summaryBox.append(h, dl);
  }

  // ── charts ─────────────────────────────────────────────────────────────────────────────────

  function binsFor(width: number): Bin[] {
    return binRanges(cycles.length, maxBins(width));
  }

  function xsOf(bins: Bin[]): number[] {
    return bins.map((b) => b.to - 1);
  }

  const xFormat = (i: number): string => {
    const c = cycles[Math.round(i)];
    return c ? `gc ${c.n}` : '';
  };

  function binNote(bins: Bin[], host: HTMLElement): void {
    const k = bins.length ? bins[0]!.to - bins[0]!.from : 1;
    if (k > 1) host.append(el('p', 'tr-chart-note', t('chart.binned', { k: num(k) })));
  }

  /** A chart's numbers as a table, built when the reader opens it (at most 120 rows). */
  function dataTable(caption: string, columns: string[], rows: () => string[][]): HTMLDetailsElement {
    return chartDataTable(t('chart.dataTable'), caption, columns, rows);
  }

  function rangeLabel(b: Bin): string {
    const a = cycles[b.from]!;
    const z = cycles[b.to - 1]!;
    return a === z ? `gc ${a.n}` : `gc ${a.n}–${z.n}`;
  }

  function figure(host: HTMLElement, title: string, caption: string): HTMLElement {
    const f = el('figure', 'tr-figure');
    const h = el('h4', 'tr-figure-title', title);
    const box = el('div', 'tr-chart-box');
    const cap = el('figcaption', 'tr-figcaption', caption);
    f.append(h, box, cap);
    host.append(f);
    return box;
  }

  const pick = (i: number): void => select(i);

  function renderHeap(p: HTMLElement): void {
    p.replaceChildren();
    const box = figure(p, t('gc.heap.title'), t('gc.heap.caption'));
    const bins = binsFor(box.clientWidth || p.clientWidth);
    const xs = xsOf(bins);
    const series = [
      { key: 'goal', label: t('gc.heap.goal'), cls: 's-goal', values: binMax(cycles, bins, (c) => c.goal), kind: 'step' as const },
      { key: 'start', label: t('gc.heap.start'), cls: 's-start', values: binMax(cycles, bins, (c) => c.heap.start), kind: 'line' as const },
      { key: 'end', label: t('gc.heap.end'), cls: 's-end', values: binMax(cycles, bins, (c) => c.heap.end), kind: 'line' as const },
      { key: 'live', label: t('gc.heap.live'), cls: 's-live', values: binMax(cycles, bins, (c) => c.heap.live), kind: 'line' as const },
    ];
    renderLineChart(box, { label: t('gc.heap.aria', { n: cycles.length }), xs, xFormat, yFormat: (v) => mb(v), yTitle: 'MB', series, marker: sel }, pick);
    box.after(legend(series.map((s) => ({ label: s.label, cls: s.cls, kind: s.kind === 'step' ? 'dash' : 'line' }))));
    binNote(bins, p);
    p.append(
      dataTable(t('gc.heap.title'), [t('gc.col.cycle'), t('gc.heap.start'), t('gc.heap.end'), t('gc.heap.live'), t('gc.heap.goal')], () =>
        rebin(bins).map((b) => [rangeLabel(b), ...[(c: UiCycle) => c.heap.start, (c: UiCycle) => c.heap.end, (c: UiCycle) => c.heap.live, (c: UiCycle) => c.goal].map((f) => mb(binMax(cycles, [b], f)[0]!))]),
      ),
    );
    if (cycles.some((c) => c.stacks !== undefined)) {
      const box2 = figure(p, t('gc.roots.title'), t('gc.roots.caption'));
      const s2 = [
        { key: 'stacks', label: t('gc.roots.stacks'), cls: 's-stacks', values: binMax(cycles, bins, (c) => c.stacks ?? NaN), kind: 'line' as const },
        { key: 'globals', label: t('gc.roots.globals'), cls: 's-globals', values: binMax(cycles, bins, (c) => c.globals ?? NaN), kind: 'line' as const },
      ];
      renderLineChart(box2, { label: t('gc.roots.aria'), xs, xFormat, yFormat: (v) => mb(v), yTitle: 'MB', series: s2, marker: sel, height: 140 }, pick);
      box2.after(legend(s2.map((s) => ({ label: s.label, cls: s.cls }))));
    } else p.append(el('p', 'tr-chart-note', t('gc.roots.absent')));
  }

  /** At most 120 rows for a data table: bins merged further. */
  function rebin(bins: Bin[]): Bin[] {
    if (bins.length <= 120) return bins;
    const k = Math.ceil(bins.length / 120);
    const out: Bin[] = [];
    for (let i = 0; i < bins.length; i += k) out.push({ from: bins[i]!.from, to: bins[Math.min(bins.length, i + k) - 1]!.to });
    return out;
  }

  function renderPhases(p: HTMLElement): void {
    p.replaceChildren();
    const s = summary!;
    const box = figure(p, t('gc.stw.title'), t('gc.stw.caption'));
    const bins = binsFor(box.clientWidth || p.clientWidth);
    const xs = xsOf(bins);
    const series = [
      { key: 'sweep', label: t('gc.phase.sweepTerm'), cls: 's-sweep', values: binMax(cycles, bins, (c) => c.clock.sweepTerm), kind: 'dots' as const },
      { key: 'markTerm', label: t('gc.phase.markTerm'), cls: 's-markterm', values: binMax(cycles, bins, (c) => c.clock.markTerm), kind: 'dots' as const },
    ];
    let note = null;
    if (s.worstStw) {
      const w = s.worstStw;
      const i = cycles.findIndex((c) => c.n === w.n && c.clock[w.phase] === w.ms);
      if (i >= 0) {
        const bi = bins.findIndex((b) => i >= b.from && i < b.to);
        note = { x: xs[bi]!, y: w.ms, text: t('gc.stw.worst', { ms: ms(w.ms), n: w.n }) };
      }
    }
    renderLineChart(box, { label: t('gc.stw.aria'), xs, xFormat, yFormat: (v) => ms(v), yTitle: t('gc.stw.unit'), series, log: true, marker: sel, note }, pick);
    box.after(legend(series.map((x) => ({ label: x.label, cls: x.cls, kind: 'dots' }))));
    const box2 = figure(p, t('gc.mark.title'), t('gc.mark.caption'));
    const s2 = [{ key: 'mark', label: t('gc.phase.mark'), cls: 's-mark', values: binMax(cycles, bins, (c) => c.clock.mark), kind: 'line' as const }];
    renderLineChart(box2, { label: t('gc.mark.aria'), xs, xFormat, yFormat: (v) => ms(v), yTitle: 'ms', series: s2, marker: sel, height: 160 }, pick);
    binNote(bins, p);
    p.append(
      dataTable(t('gc.tab.phases'), [t('gc.col.cycle'), t('gc.phase.sweepTerm'), t('gc.phase.mark'), t('gc.phase.markTerm')], () =>
        rebin(bins).map((b) => [rangeLabel(b), ms(binMax(cycles, [b], (c) => c.clock.sweepTerm)[0]!), ms(binMax(cycles, [b], (c) => c.clock.mark)[0]!), ms(binMax(cycles, [b], (c) => c.clock.markTerm)[0]!)]),
      ),
    );
  }

  function renderCpu(p: HTMLElement): void {
    p.replaceChildren();
    const s = summary!;
    const box = figure(p, t('gc.cpu.title'), t('gc.cpu.caption'));
    const bins = binsFor(box.clientWidth || p.clientWidth);
    const xs = xsOf(bins);
    const keys = [
      { key: 'assist', label: t('gc.cpu.assist'), cls: 's-assist' },
      { key: 'background', label: t('gc.cpu.background'), cls: 's-background' },
      { key: 'idle', label: t('gc.cpu.idle'), cls: 's-idle' },
      { key: 'stw', label: t('gc.cpu.stw'), cls: 's-stwcpu' },
    ];
    const values = [
      binSum(cycles, bins, (c) => c.cpu.assist),
      binSum(cycles, bins, (c) => c.cpu.background),
      binSum(cycles, bins, (c) => c.cpu.idle),
      binSum(cycles, bins, (c) => c.cpu.sweepTerm + c.cpu.markTerm),
    ];
    const pct = binMax(cycles, bins, (c) => c.cpuPercent);
    renderStack(
      box,
      {
        label: t('gc.cpu.aria'),
        xs,
        xFormat,
        yFormat: (v) => ms(v),
        yTitle: t('gc.cpu.unit'),
        keys,
        values,
        marker: sel,
        line: { label: t('gc.cpu.percent'), title: t('gc.cpu.rightTitle'), cls: 's-percent', values: pct, max: Math.max(...pct.filter(Number.isFinite), 1), format: (v) => `${num(v, 0)}%` },
      },
      pick,
    );
    box.after(legend([...keys.map((k) => ({ label: k.label, cls: k.cls, kind: 'bar' as const })), { label: t('gc.cpu.percent'), cls: 's-percent', kind: 'line' as const }]));
    binNote(bins, p);
    const c = s.cpuMs;
    const total = c.total + c.idle;
    const share = (v: number): string => (total > 0 ? `${num((v / total) * 100, 1)}%` : '—');
    p.append(
      el(
        'p',
        'tr-cpu-split',
        t('gc.cpu.split', { assist: share(c.assist), background: share(c.background), idle: share(c.idle), stw: share(c.sweepTerm + c.markTerm), total: ms(total) }),
      ),
    );
    p.append(
      dataTable(t('gc.cpu.title'), [t('gc.col.cycle'), ...keys.map((k) => k.label), t('gc.cpu.percent')], () =>
        rebin(bins).map((b) => [
          rangeLabel(b),
          ms(binSum(cycles, [b], (x) => x.cpu.assist)[0]!),
          ms(binSum(cycles, [b], (x) => x.cpu.background)[0]!),
          ms(binSum(cycles, [b], (x) => x.cpu.idle)[0]!),
          ms(binSum(cycles, [b], (x) => x.cpu.sweepTerm + x.cpu.markTerm)[0]!),
          `${binMax(cycles, [b], (x) => x.cpuPercent)[0]}%`,
        ]),
      ),
    );
  }

  function renderTable(p: HTMLElement): void {
    if (!table) {
      p.replaceChildren();
      p.append(el('p', 'tr-chart-note', t('gc.table.note')));
      table = createPagedTable(p, t);
    }
    table.render({
      caption: t('gc.table.caption', { n: num(cycles.length) }),
      columns: [
        { label: t('gc.col.cycle') },
        { label: t('gc.col.at'), numeric: true },
        { label: t('gc.col.cpuPercent'), numeric: true },
        { label: t('gc.col.sweep'), numeric: true },
        { label: t('gc.col.mark'), numeric: true },
        { label: t('gc.col.markTerm'), numeric: true },
        { label: t('gc.col.cpu'), numeric: true },
        { label: t('gc.col.heap'), numeric: true },
        { label: t('gc.col.goal'), numeric: true },
        { label: t('gc.col.roots'), numeric: true },
        { label: 'P', numeric: true },
        { label: t('gc.col.line'), numeric: true },
      ],
      rowCount: cycles.length,
      cells: (i) => {
        const c = cycles[i]!;
        return [
          `gc ${c.n}${c.forced ? ' *' : ''}`,
          num(c.at, 3),
          `${c.cpuPercent}%`,
          ms(c.clock.sweepTerm),
          ms(c.clock.mark),
          ms(c.clock.markTerm),
          `${ms(c.cpu.assist)}/${ms(c.cpu.background)}/${ms(c.cpu.idle)}`,
          `${c.heap.start}→${c.heap.end}→${c.heap.live}`,
          String(c.goal),
          c.stacks === undefined ? '—' : `${c.stacks} + ${c.globals ?? 0}`,
          String(c.procs),
          num(c.line),
        ];
      },
      selected: sel,
      onSelect: (i) => select(i),
      goto: {
        label: t('gc.table.goto'),
        find: (s) => {
          const n = Number(s.trim().replace(/^gc\s*/i, ''));
          if (!Number.isInteger(n)) return null;
          const i = cycles.findIndex((c) => c.n === n);
          return i >= 0 ? i : null;
        },
      },
    });
  }

  function renderPanel(): void {
    if (!visible || !tabs) return;
    const p = panels[view];
    if (!dirty.has(view)) return;
    dirty.delete(view);
    if (view === 'heap') renderHeap(p);
    else if (view === 'phases') renderPhases(p);
    else if (view === 'cpu') renderCpu(p);
    else if (view === 'table') renderTable(p);
    else {
      whatIf ??= createWhatIf(p, t, onState, initial);
      whatIf.render(cycles, sel, pick);
    }
  }

  return {
    show(next, events) {
      if (!built) build();
      host.hidden = false;
      visible = true;
      const same = next === cycles;
      cycles = next;
      summary = summarizeGctrace(cycles);
      if (!same) {
        sel = cycles.length - 1;
        if (wantCycle !== undefined) {
          const i = cycles.findIndex((c) => c.n === wantCycle);
          if (i >= 0) sel = i;
          wantCycle = undefined;
        } else if (summary.worstStw) {
          // Open on the worst pause: the cycle a reader most likely came for.
          const w = summary.worstStw;
          const i = cycles.findIndex((c) => c.n === w.n && c.clock[w.phase] === w.ms);
          if (i >= 0) sel = i;
        }
      }
      renderSummary(events);
      updateBar();
      lastWidth = host.clientWidth;
      for (const v of VIEWS) dirty.add(v);
      tabs!.select(view, false);
      renderPanel();
    },
    hide() {
      host.hidden = true;
      visible = false;
    },
    urlState() {
      const c = cycles[sel];
      const s: Partial<UrlView> = { view };
      if (c) s.cycle = c.n;
      if (whatIf) Object.assign(s, whatIf.urlState());
      else {
        if (initial.gogc) s.gogc = initial.gogc;
        if (initial.limit) s.limit = initial.limit;
        if (initial.other) s.other = initial.other;
        if (initial.rule) s.rule = initial.rule;
      }
      return s;
    },
  };
}
