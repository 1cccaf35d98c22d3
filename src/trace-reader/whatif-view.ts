// "What would GOGC=X / GOMEMLIMIT=Y have done with this live heap?": the reader's settings, the
// goal per cycle next to the one the runtime used, a summary in words, and what it cannot know.
import type { UiCycle } from './protocol.ts';
import { binMax, binMin, binRanges } from './bins.ts';
import { legend, renderLineChart } from './charts.ts';
import { mb, num, type Tr } from './strings.ts';
import { createPagedTable, type PagedTable } from './table.ts';
import type { UrlView } from './url.ts';
import { inferGogc, parseGogc, parseMemoryLimit, whatIf, type WhatIfResult, type WhatIfSettings } from './whatif.ts';
import { el } from './dom.ts';

export interface WhatIfPanel {
  render(cycles: UiCycle[], sel: number, pick: (i: number) => void): void;
  urlState(): Partial<UrlView>;
}

const MiB = 1 << 20;

export function createWhatIf(host: HTMLElement, t: Tr, onState: () => void, initial: UrlView): WhatIfPanel {
  let cycles: UiCycle[] = [];
  let sel = 0;
  let pick: (i: number) => void = () => {};
  let result: WhatIfResult | null = null;
  let settings: WhatIfSettings | null = null;
  let timer = 0;

  host.replaceChildren();
  host.append(el('p', 'tr-whatif-intro', t('whatif.intro')));
  const inferred = el('p', 'tr-whatif-inferred');
  host.append(inferred);
  const form = el('form', 'tr-whatif-form');
  form.setAttribute('aria-label', t('whatif.formLabel'));
  const field = (label: string, hint: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement => {
    const l = el('label', 'tr-field');
    const s = el('span', 'tr-field-label', label);
    const h = el('span', 'tr-field-hint', hint);
    const id = `tr-wi-${Math.random().toString(36).slice(2, 8)}`;
    h.id = id;
    input.setAttribute('aria-describedby', id);
    l.append(s, input, h);
    form.append(l);
    return l;
  };
  const text = (value: string, name: string): HTMLInputElement => {
    const i = el('input');
    i.type = 'text';
    i.name = name;
    i.value = value;
    i.size = 10;
    i.spellcheck = false;
    i.autocomplete = 'off';
    return i;
  };
  const gogcIn = text(initial.gogc ?? '', 'gogc');
  const limitIn = text(initial.limit ?? '', 'gomemlimit');
  const otherIn = text(initial.other ?? '0', 'other');
  otherIn.inputMode = 'decimal';
  const ruleIn = el('select');
  for (const [v, k] of [
    ['go1.21', 'whatif.rule.new'],
    ['go1.19', 'whatif.rule.old'],
  ] as const) {
    const o = el('option', '', t(k));
    o.value = v;
    ruleIn.append(o);
  }
  ruleIn.value = initial.rule ?? 'go1.21';
  field('GOGC', t('whatif.gogcHint'), gogcIn);
  field('GOMEMLIMIT', t('whatif.limitHint'), limitIn);
  field(t('whatif.other'), t('whatif.otherHint'), otherIn);
  field(t('whatif.rule'), t('whatif.ruleHint'), ruleIn);
  const problem = el('p', 'tr-whatif-problem');
  problem.setAttribute('role', 'alert');
  problem.hidden = true;
  form.append(problem);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    compute();
  });
  for (const i of [gogcIn, limitIn, otherIn]) {
    i.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(compute, 250);
    });
  }
  ruleIn.addEventListener('change', compute);
  host.append(form);

  const answer = el('div', 'tr-whatif-answer');
  answer.setAttribute('aria-live', 'polite');
  host.append(answer);
  const fig = el('figure', 'tr-figure');
  const figTitle = el('h4', 'tr-figure-title', t('whatif.chartTitle'));
  const box = el('div', 'tr-chart-box');
  const cap = el('figcaption', 'tr-figcaption', t('whatif.chartCaption'));
  fig.append(figTitle, box, cap);
  host.append(fig);
  const legendHost = el('div');
  fig.append(legendHost);
  const tableHost = el('details', 'tr-data');
  tableHost.append(el('summary', '', t('whatif.tableSummary')));
  host.append(tableHost);
  const table: PagedTable = createPagedTable(tableHost, t);
  const limits = el('details', 'tr-whatif-limits');
  limits.open = true;
  limits.append(el('summary', '', t('whatif.cannotKnow')));
  const ul = el('ul');
  for (const k of ['whatif.limit.memory', 'whatif.limit.feedback', 'whatif.limit.rounding', 'whatif.limit.stacks', 'whatif.limit.version']) ul.append(el('li', '', t(k)));
  limits.append(ul);
  host.append(limits);

  function read(): WhatIfSettings | string {
    const gogc = gogcIn.value.trim() === '' ? 100 : parseGogc(gogcIn.value);
    if (gogc === undefined) return t('whatif.badGogc');
    const limit = parseMemoryLimit(limitIn.value);
    if (limit === undefined) return t('whatif.badLimit');
    const other = otherIn.value.trim() === '' ? 0 : Number(otherIn.value.trim());
    if (!Number.isFinite(other) || other < 0) return t('whatif.badOther');
    return { gogc, memoryLimit: limit, otherMem: other * MiB, rule: ruleIn.value === 'go1.19' ? 'go1.19' : 'go1.21' };
  }

  function settingsText(s: WhatIfSettings): string {
    const g = s.gogc < 0 ? 'GOGC=off' : `GOGC=${s.gogc}`;
    const l = s.memoryLimit === null ? 'GOMEMLIMIT=off' : `GOMEMLIMIT=${limitIn.value.trim()}`;
    return `${g}, ${l}`;
  }

  function list(rows: WhatIfResult['rows'], pred: (r: WhatIfResult['rows'][number]) => boolean): string {
    const hits = rows.filter(pred);
    const names = hits.slice(0, 5).map((r) => `gc ${r.n}`);
    return hits.length > 5 ? `${names.join(', ')}…` : names.join(', ');
  }

  function compute(): void {
    const s = read();
    if (typeof s === 'string') {
      problem.hidden = false;
      problem.textContent = s;
      return;
    }
    problem.hidden = true;
    problem.textContent = '';
    settings = s;
    result = whatIf(cycles, s);
    onState();
    draw();
  }

  function draw(): void {
    const r = result;
    const s = settings;
    if (!r || !s) return;
    const n = r.rows.length;
    answer.replaceChildren();
    const p = (text: string, cls = ''): void => {
      answer.append(el('p', cls, text));
    };
    const same = n - r.lower - r.higher;
    p(t('whatif.answer.goals', { settings: settingsText(s), lower: num(r.lower), higher: num(r.higher), same: num(same), n: num(n) }), 'tr-whatif-lead');
    if (r.belowPeak > 0) p(t('whatif.answer.belowPeak', { k: num(r.belowPeak), n: num(n), list: list(r.rows, (x) => x.belowPeak) }));
    else p(t('whatif.answer.noneBelowPeak'));
    if (s.memoryLimit !== null) p(t('whatif.answer.byLimit', { k: num(r.byLimit), n: num(n) }));
    if (r.squeezed > 0) p(t('whatif.answer.squeezed', { k: num(r.squeezed), list: list(r.rows, (x) => x.squeezed) }), 'tr-whatif-warn');
    if (r.cycles.none) p(t('whatif.answer.noGoal'));
    else if (r.cycles.estimate !== null) {
      const ratio = r.cycles.actual > 0 ? r.cycles.estimate / r.cycles.actual : 1;
      const key = ratio > 1.15 ? 'whatif.answer.more' : ratio < 0.87 ? 'whatif.answer.fewer' : 'whatif.answer.same';
      p(t(key, { est: num(r.cycles.estimate), actual: num(r.cycles.actual), ratio: num(ratio, 1) }));
    }
    // Chart: the goal the runtime used, the what-if goal, the heap reached, the live heap before.
    const bins = binRanges(n, Math.max(40, Math.min(600, Math.floor((box.clientWidth || 600) / 2))));
    const xs = bins.map((b) => b.to - 1);
    const cap2 = (v: number): number => (Number.isFinite(v) ? v : NaN);
    const series = [
      { key: 'actual', label: t('whatif.s.actual'), cls: 's-goal', values: binMax(r.rows, bins, (x) => x.actualGoal), kind: 'step' as const },
      { key: 'whatif', label: t('whatif.s.whatif'), cls: 's-whatif', values: binMin(r.rows, bins, (x) => cap2(x.goal)), kind: 'step' as const },
      { key: 'peak', label: t('whatif.s.peak'), cls: 's-end', values: binMax(r.rows, bins, (x) => x.peak), kind: 'dots' as const },
      { key: 'live', label: t('whatif.s.live'), cls: 's-live', values: binMax(r.rows, bins, (x) => x.live), kind: 'line' as const },
    ];
    const hLines = s.memoryLimit === null ? [] : [{ y: s.memoryLimit / MiB, label: `GOMEMLIMIT ${mb(s.memoryLimit / MiB)} MB`, cls: 's-limit' }];
    renderLineChart(
      box,
      {
        label: t('whatif.aria'),
        xs,
        xFormat: (i) => {
          const c = cycles[Math.round(i)];
          return c ? `gc ${c.n}` : '';
        },
        yFormat: (v) => mb(v),
        yTitle: 'MB',
        series,
        hLines,
        marker: sel,
      },
      pick,
    );
    legendHost.replaceChildren(
      legend([...series.map((x) => ({ label: x.label, cls: x.cls, kind: x.kind === 'step' ? ('dash' as const) : x.kind })), ...(hLines.length ? [{ label: 'GOMEMLIMIT', cls: 's-limit', kind: 'dash' as const }] : [])]),
    );
    const rule = (x: WhatIfResult['rows'][number]): string => t(`whatif.by.${x.squeezed ? 'squeezed' : x.by}`);
    table.render({
      caption: t('whatif.tableCaption', { settings: settingsText(s) }),
      columns: [
        { label: t('gc.col.cycle') },
        { label: t('whatif.col.from'), numeric: true },
        { label: t('whatif.col.actual'), numeric: true },
        { label: t('whatif.col.whatif'), numeric: true },
        { label: t('whatif.col.peak'), numeric: true },
        { label: t('whatif.col.by') },
      ],
      rowCount: n,
      cells: (i) => {
        const x = r.rows[i]!;
        return [`gc ${x.n}`, `${x.live} + ${x.stacks} + ${x.globals}`, String(x.actualGoal), mb(x.goal), String(x.peak), rule(x)];
      },
      selected: sel,
      onSelect: pick,
    });
  }

  function describeInferred(): void {
    const g = inferGogc(cycles);
    if (!g) inferred.textContent = t('whatif.inferred.unknown');
    else if (g.consistent) inferred.textContent = t('whatif.inferred.fits', { gogc: g.gogc, n: num(g.count) });
    else inferred.textContent = t('whatif.inferred.mixed', { n: num(g.count) });
    if (gogcIn.value.trim() === '') gogcIn.placeholder = g && g.consistent ? String(g.gogc) : '100';
  }

  return {
    render(next, selected, onPick) {
      const changed = next !== cycles;
      cycles = next;
      sel = selected;
      pick = onPick;
      if (changed) {
        describeInferred();
        if (gogcIn.value.trim() === '' && gogcIn.placeholder) gogcIn.value = gogcIn.placeholder;
        compute();
      } else draw();
    },
    urlState() {
      const s: Partial<UrlView> = {};
      if (gogcIn.value.trim()) s.gogc = gogcIn.value.trim();
      if (limitIn.value.trim()) s.limit = limitIn.value.trim();
      if (otherIn.value.trim() && otherIn.value.trim() !== '0') s.other = otherIn.value.trim();
      if (ruleIn.value === 'go1.19') s.rule = 'go1.19';
      return s;
    },
  };
}
