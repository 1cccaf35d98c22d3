// schedtrace / scheddetail views: a summary, the selected tick, and tabs: per-P local run queues
// over time as a heat map with the global queue, the thread and P counters as small line charts,
// every tick as a table, and (scheddetail) the P/M/G picture of one tick.
import { runQueueMatrix, scheddetailSnapshot, schedtraceFormatVersions } from '../../simulators/trace/index.ts';
import type { SchedTickRecord } from '../../simulators/trace/types.ts';
import { binMax, binRanges, type Bin } from './bins.ts';
import { renderLineChart } from './charts.ts';
import { renderHeatmap } from './heatmap.ts';
import { createPmg, type PmgView } from './pmg.ts';
import { num, type Tr } from './strings.ts';
import { createPagedTable, type PagedTable } from './table.ts';
import { createTabs, type Tabs } from './tabs.ts';
import type { UrlView } from './url.ts';
import { chartDataTable, el } from './dom.ts';

export interface SchedViews {
  show(ticks: SchedTickRecord[], detailed: boolean): void;
  hide(): void;
  urlState(): Partial<UrlView>;
}

const ALL = ['pmg', 'runq', 'threads', 'ticks'] as const;
type View = (typeof ALL)[number];

export function createSchedViews(host: HTMLElement, t: Tr, onState: () => void, initial: UrlView): SchedViews {
  let ticks: SchedTickRecord[] = [];
  let detailed = false;
  let sel = 0;
  let view: View = (ALL as readonly string[]).includes(initial.view ?? '') ? (initial.view as View) : 'runq';
  let wantTick = initial.tick;
  let visible = false;
  let built = false;
  let tabs: Tabs<View> | null = null;
  const panels = {} as Record<View, HTMLElement>;
  const dirty = new Set<View>();
  let slider: HTMLInputElement;
  let readout: HTMLElement;
  let prevB: HTMLButtonElement;
  let nextB: HTMLButtonElement;
  let table: PagedTable | null = null;
  let pmg: PmgView | null = null;
  let lastWidth = 0;
  const summaryBox = el('div', 'tr-summary');
  const bar = el('div', 'tr-posbar');
  const tabHost = el('div', 'tr-tabs-host');

  function build(): void {
    built = true;
    host.append(summaryBox, bar, tabHost);
    const label = el('label', 'tr-pos-label');
    slider = el('input', 'tr-pos-slider');
    slider.type = 'range';
    slider.min = '0';
    slider.step = '1';
    label.append(el('span', 'tr-pos-name', t('sched.tick')), slider);
    prevB = el('button', 'tr-pos-step', '‹');
    prevB.type = 'button';
    prevB.setAttribute('aria-label', t('sched.prevTick'));
    prevB.setAttribute('aria-keyshortcuts', 'ArrowLeft');
    prevB.title = `${t('sched.prevTick')} (←)`;
    nextB = el('button', 'tr-pos-step', '›');
    nextB.type = 'button';
    nextB.setAttribute('aria-label', t('sched.nextTick'));
    nextB.setAttribute('aria-keyshortcuts', 'ArrowRight');
    nextB.title = `${t('sched.nextTick')} (→)`;
    readout = el('p', 'tr-pos-readout');
    readout.setAttribute('aria-live', 'polite');
    bar.append(label, prevB, nextB, readout);
    slider.addEventListener('input', () => select(Number(slider.value)));
    prevB.addEventListener('click', () => select(sel - 1));
    nextB.addEventListener('click', () => select(sel + 1));
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
      for (const v of ALL) dirty.add(v);
      requestAnimationFrame(renderPanel);
    }).observe(host);
    // The heat map is a canvas: redraw it when the theme changes its colours.
    new MutationObserver(() => {
      dirty.add('runq');
      if (view === 'runq') renderPanel();
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }

  function makeTabs(): void {
    const views: View[] = detailed ? [...ALL] : ALL.filter((v) => v !== 'pmg');
    if (tabs && tabHost.dataset.detailed === String(detailed)) return;
    tabHost.replaceChildren();
    tabHost.dataset.detailed = String(detailed);
    table = null;
    pmg = null;
    tabs = createTabs<View>(
      tabHost,
      views.map((v) => ({ id: v, label: t(`sched.tab.${v}`) })),
      'sched',
      (v) => {
        view = v;
        renderPanel();
        onState();
      },
    );
    for (const v of views) panels[v] = tabs.panel(v);
    if (!views.includes(view)) view = detailed ? 'pmg' : 'runq';
  }

  function select(i: number): void {
    if (ticks.length === 0) return;
    const next = Math.min(ticks.length - 1, Math.max(0, i));
    if (next === sel && slider.value === String(next)) return;
    sel = next;
    updateBar();
    for (const v of ALL) dirty.add(v);
    renderPanel();
    onState();
  }

  function updateBar(): void {
    slider.max = String(Math.max(0, ticks.length - 1));
    slider.value = String(sel);
    prevB.disabled = sel <= 0;
    nextB.disabled = sel >= ticks.length - 1;
    const k = ticks[sel];
    if (!k) return;
    slider.setAttribute('aria-valuetext', t('sched.tickValue', { k: sel + 1, n: ticks.length, at: num(k.atMs) }));
    const local = k.runqsizes ?? k.ps?.map((p) => p.runqsize) ?? [];
    readout.textContent = t('sched.readout', {
      k: sel + 1,
      n: num(ticks.length),
      at: num(k.atMs),
      idle: k.idleprocs,
      procs: k.gomaxprocs,
      threads: k.threads,
      spinning: k.spinningthreads,
      idleThreads: k.idlethreads,
      global: k.runqueue,
      local: local.length ? `[${local.join(' ')}]` : '—',
      line: num(k.line),
    });
  }

  function renderSummary(): void {
    summaryBox.replaceChildren();
    const dl = el('dl', 'tr-facts');
    const fact = (term: string, value: string, note?: string): void => {
      const d = el('div', 'tr-fact');
      const dd = el('dd', '', value);
      if (note) dd.append(el('span', 'tr-fact-note', note));
      d.append(el('dt', '', term), dd);
      dl.append(d);
    };
    const first = ticks[0]!;
    const last = ticks[ticks.length - 1]!;
    const span = last.atMs - first.atMs;
    fact(t('sched.summary.ticks'), num(ticks.length), t('sched.summary.span', { from: num(first.atMs), to: num(last.atMs) }));
    if (ticks.length > 1) fact(t('sched.summary.interval'), `${num(span / (ticks.length - 1), 0)} ms`, t('sched.summary.intervalNote'));
    const procs = Math.max(...ticks.map((k) => k.gomaxprocs));
    fact('GOMAXPROCS', String(procs));
    let gi = 0;
    ticks.forEach((k, i) => {
      if (k.runqueue > ticks[gi]!.runqueue) gi = i;
    });
    fact(t('sched.summary.global'), num(ticks[gi]!.runqueue), t('sched.summary.at', { at: num(ticks[gi]!.atMs) }));
    const m = runQueueMatrix(ticks);
    let best = { p: -1, i: -1, v: -1 };
    m.cells.forEach((row, p) =>
      row.forEach((v, i) => {
        if (v !== null && v > best.v) best = { p, i, v };
      }),
    );
    if (best.p >= 0) fact(t('sched.summary.local'), num(best.v), t('sched.summary.localAt', { p: best.p, at: num(m.atMs[best.i]!) }));
    const idle = ticks.reduce((a, k) => a + k.idleprocs, 0) / ticks.length;
    fact(t('sched.summary.idle'), num(idle, 1), t('sched.summary.idleNote'));
    fact(t('sched.summary.threads'), num(Math.max(...ticks.map((k) => k.threads))));
    fact(t('sched.summary.format'), schedtraceFormatVersions(first.format));
    summaryBox.append(el('h3', 'tr-summary-title', t(detailed ? 'sched.summary.titleDetail' : 'sched.summary.title')), dl);
  }

  const xFormat = (i: number): string => {
    const k = ticks[Math.round(i)];
    return k ? `${num(k.atMs)} ms` : '';
  };

  function binsFor(width: number): Bin[] {
    return binRanges(ticks.length, Math.max(30, Math.min(400, Math.floor(width / 3))));
  }

  function figure(p: HTMLElement, title: string, caption: string): HTMLElement {
    const f = el('figure', 'tr-figure');
    const box = el('div', 'tr-chart-box');
    f.append(el('h4', 'tr-figure-title', title), box, el('figcaption', 'tr-figcaption', caption));
    p.append(f);
    return box;
  }

  function rangeLabel(b: Bin): string {
    const a = ticks[b.from]!;
    const z = ticks[b.to - 1]!;
    return a === z ? `${num(a.atMs)} ms` : `${num(a.atMs)}–${num(z.atMs)} ms`;
  }

  function dataTable(p: HTMLElement, caption: string, columns: string[], rows: () => string[][]): void {
    p.append(chartDataTable(t('chart.dataTable'), caption, columns, rows));
  }

  function rebin(bins: Bin[], max: number): Bin[] {
    if (bins.length <= max) return bins;
    const k = Math.ceil(bins.length / max);
    const out: Bin[] = [];
    for (let i = 0; i < bins.length; i += k) out.push({ from: bins[i]!.from, to: bins[Math.min(bins.length, i + k) - 1]!.to });
    return out;
  }

  const pick = (i: number): void => select(i);

  function renderRunq(p: HTMLElement): void {
    p.replaceChildren();
    const m = runQueueMatrix(ticks);
    const box = figure(p, t('sched.heat.title'), t('sched.heat.caption'));
    const bins = binsFor(box.clientWidth || p.clientWidth);
    renderHeatmap(box, {
      label: t('sched.heat.aria', { procs: m.procs, n: ticks.length, max: m.max }),
      matrix: m,
      bins,
      selected: sel,
      xFormat,
      rowLabel: (r) => `P${r}`,
      legendLabel: t('sched.heat.scale'),
      onPick: pick,
    });
    if (bins.length && bins[0]!.to - bins[0]!.from > 1) p.append(el('p', 'tr-chart-note', t('sched.binned', { k: num(bins[0]!.to - bins[0]!.from) })));
    const box2 = figure(p, t('sched.global.title'), t('sched.global.caption'));
    const xs = bins.map((b) => b.to - 1);
    const s = [{ key: 'global', label: t('sched.global.series'), cls: 's-global', values: binMax(ticks, bins, (k) => k.runqueue), kind: 'line' as const }];
    renderLineChart(box2, { label: t('sched.global.aria'), xs, xFormat, yFormat: (v) => num(v, 0), yTitle: t('sched.unit.gs'), series: s, marker: sel, height: 150, integer: true }, pick);
    const cols = Array.from({ length: m.procs }, (_, i) => `P${i}`);
    dataTable(p, t('sched.heat.title'), [t('sched.col.time'), ...cols, t('sched.col.global')], () =>
      rebin(bins, 60).map((b) => [
        rangeLabel(b),
        ...cols.map((_, r) => {
          let v = -1;
          for (let i = b.from; i < b.to; i++) v = Math.max(v, m.cells[r]![i] ?? -1);
          return v < 0 ? '—' : String(v);
        }),
        String(binMax(ticks, [b], (k) => k.runqueue)[0]),
      ]),
    );
  }

  function renderThreads(p: HTMLElement): void {
    p.replaceChildren();
    p.append(el('p', 'tr-chart-note', t('sched.threads.intro')));
    const width = p.clientWidth || host.clientWidth;
    const bins = binsFor(width);
    const xs = bins.map((b) => b.to - 1);
    const hasNeed = ticks.some((k) => k.needspinning !== undefined);
    const charts: { key: string; get: (k: SchedTickRecord) => number; cls: string; max?: (k: SchedTickRecord) => number }[] = [
      { key: 'idleprocs', get: (k) => k.idleprocs, cls: 's-idleprocs', max: (k) => k.gomaxprocs },
      { key: 'threads', get: (k) => k.threads, cls: 's-threads' },
      { key: 'spinning', get: (k) => k.spinningthreads, cls: 's-spinning' },
      ...(hasNeed ? [{ key: 'needspinning', get: (k: SchedTickRecord) => k.needspinning ?? NaN, cls: 's-needspinning' }] : []),
      { key: 'idlethreads', get: (k) => k.idlethreads, cls: 's-idlethreads' },
    ];
    const grid = el('div', 'tr-small-multiples');
    p.append(grid);
    for (const c of charts) {
      const f = el('figure', 'tr-figure tr-small');
      const box = el('div', 'tr-chart-box');
      f.append(el('h4', 'tr-figure-title', t(`sched.threads.${c.key}`)), box, el('figcaption', 'tr-figcaption', t(`sched.threads.${c.key}Note`)));
      grid.append(f);
      const hl = c.max ? [{ y: Math.max(...ticks.map(c.max)), label: 'GOMAXPROCS', cls: 's-limit' }] : [];
      renderLineChart(
        box,
        {
          label: t(`sched.threads.${c.key}`),
          xs,
          xFormat,
          yFormat: (v) => num(v, 0),
          yTitle: '',
          series: [{ key: c.key, label: t(`sched.threads.${c.key}`), cls: c.cls, values: binMax(ticks, bins, c.get), kind: 'step' }],
          hLines: hl,
          marker: sel,
          height: 130,
          integer: true,
        },
        pick,
      );
    }
    dataTable(p, t('sched.tab.threads'), [t('sched.col.time'), ...charts.map((c) => t(`sched.threads.${c.key}`))], () =>
      rebin(bins, 120).map((b) => [rangeLabel(b), ...charts.map((c) => String(binMax(ticks, [b], c.get)[0]))]),
    );
  }

  function renderTicks(p: HTMLElement): void {
    if (!table) {
      p.replaceChildren();
      table = createPagedTable(p, t);
    }
    const hasNeed = ticks.some((k) => k.needspinning !== undefined);
    table.render({
      caption: t('sched.table.caption', { n: num(ticks.length) }),
      columns: [
        { label: 'SCHED' },
        { label: 'gomaxprocs', numeric: true },
        { label: 'idleprocs', numeric: true },
        { label: 'threads', numeric: true },
        { label: 'spinningthreads', numeric: true },
        ...(hasNeed ? [{ label: 'needspinning', numeric: true }] : []),
        { label: 'idlethreads', numeric: true },
        { label: 'runqueue', numeric: true },
        { label: t('sched.col.local') },
        { label: t('gc.col.line'), numeric: true },
      ],
      rowCount: ticks.length,
      cells: (i) => {
        const k = ticks[i]!;
        const local = k.runqsizes ?? k.ps?.map((x) => x.runqsize) ?? [];
        return [
          `${num(k.atMs)} ms`,
          String(k.gomaxprocs),
          String(k.idleprocs),
          String(k.threads),
          String(k.spinningthreads),
          ...(hasNeed ? [k.needspinning === undefined ? '—' : String(k.needspinning)] : []),
          String(k.idlethreads),
          String(k.runqueue),
          local.length ? `[${local.join(' ')}]` : '—',
          num(k.line),
        ];
      },
      selected: sel,
      onSelect: pick,
      goto: {
        label: t('sched.table.goto'),
        find: (s) => {
          const v = Number(s.trim().replace(/\s*ms$/i, ''));
          if (!Number.isFinite(v)) return null;
          let best = -1;
          for (let i = 0; i < ticks.length; i++) if (ticks[i]!.atMs <= v) best = i;
          return best >= 0 ? best : 0;
        },
      },
    });
  }

  function renderPmg(p: HTMLElement): void {
    pmg ??= createPmg(p, t);
    const k = ticks[sel]!;
    const snap = scheddetailSnapshot(k);
    pmg.render(snap, k, sel, ticks.length);
  }

  function renderPanel(): void {
    if (!visible || !tabs) return;
    if (!dirty.has(view)) return;
    dirty.delete(view);
    const p = panels[view];
    if (view === 'runq') renderRunq(p);
    else if (view === 'threads') renderThreads(p);
    else if (view === 'ticks') renderTicks(p);
    else renderPmg(p);
  }

  return {
    show(next, isDetailed) {
      if (!built) build();
      host.hidden = false;
      visible = true;
      const same = next === ticks && isDetailed === detailed;
      ticks = next;
      detailed = isDetailed;
      if (!same && initial.view === undefined && detailed) view = 'pmg';
      makeTabs();
      if (!same) {
        sel = 0;
        if (wantTick !== undefined) {
          sel = Math.min(ticks.length - 1, wantTick);
          wantTick = undefined;
        } else if (!detailed) {
          // Open on the busiest tick: the most goroutines waiting in run queues.
          let best = -1;
          ticks.forEach((k, i) => {
            const q = k.runqueue + (k.runqsizes ?? k.ps?.map((x) => x.runqsize) ?? []).reduce((a, b) => a + b, 0);
            if (q > best) {
              best = q;
              sel = i;
            }
          });
        }
      }
      renderSummary();
      updateBar();
      lastWidth = host.clientWidth;
      for (const v of ALL) dirty.add(v);
      tabs!.select(view, false);
      renderPanel();
    },
    hide() {
      host.hidden = true;
      visible = false;
    },
    urlState() {
      return ticks.length ? { view, tick: sel } : {};
    },
  };
}
