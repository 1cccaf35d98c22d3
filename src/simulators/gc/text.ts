// The text alternative of a GC state: real tables (caption, scoped headers) in the reader's
// locale — the collector, the invariants, the roots, every object, the goroutines' next
// statements — and, when an object is lost, the numbered steps that lost it.
import { colorCounts, currentOps, invariants, lostObjects, reachableObjects } from '../../../simulators/gc/index.ts';
import type { GcState } from '../../../simulators/gc/types.ts';
import { escapeHtml } from '../shell/format.ts';
import { gcLabels, type GcLabels, type Locale } from './labels.ts';
import { codeOf, goLine, scenarioOf } from './program.ts';
import { trailOf } from './trail.ts';

const G = (g: number) => `G${g + 1}`;

function row(head: string, cells: readonly string[]): string {
  return `<tr><th scope="row">${escapeHtml(head)}</th>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
}

function headRow(cols: readonly string[]): string {
  return `<thead><tr>${cols.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
}

/** " (x)" or "（x）". */
function paren(t: GcLabels, x: string): string {
  return t.sep === '：' ? `（${x}）` : ` (${x})`;
}

function phaseText(s: GcState, t: GcLabels): string {
  return s.phase === 'off' && s.cycleDone ? `${t.phase.off}${paren(t, t.cycleDone)}` : t.phase[s.phase];
}

/** The read-out beside the caption: phase, then the counts. */
export function readout(s: GcState, locale: Locale): string {
  const t = gcLabels(locale);
  return `${phaseText(s, t)} · ${t.counts(colorCounts(s), s.work.length)}`;
}

export function gcTextHtml(s: GcState, locale: Locale): string {
  const t = gcLabels(locale);
  const out: string[] = [];
  const c = s.config;
  const marking = s.phase === 'mark' || s.phase === 'marktermination';

  out.push(`<table><caption>${escapeHtml(t.summaryCaption)}</caption><tbody>`);
  out.push(row(t.phaseLabel, [phaseText(s, t)]));
  out.push(row(t.barrierLabel, [`${t.barrierName[c.barrier]} · ${t.opts.rescan}${t.sep}${c.rescanStacks ? t.opts.yes : t.opts.no} · ${t.opts.stacksFirst}${t.sep}${c.stackBeforeHeap ? t.opts.yes : t.opts.no} · ${t.opts.allocate}${t.sep}${c.allocBlack ? t.opts.black : t.opts.white}`]));
  out.push(row(t.workList, [s.work.length ? `${s.work.length}${t.sep}${s.work.join(', ')}` : t.workEmpty]));
  const counts = colorCounts(s);
  out.push(row(t.colColor, [t.counts(counts, s.work.length)]));
  if (marking) {
    const inv = invariants(s);
    const holder = (h: (typeof inv.strong)[number]['from']) => (h.kind === 'object' ? h.name : h.kind === 'globals' ? t.globals : t.stack(G(h.g)));
    out.push(row(`${t.invariantsLabel}${t.sep}${t.strong}`, [inv.strong.length ? `${t.broken}${t.sep}${inv.strong.map((b) => `${holder(b.from)}→${b.to}`).join(', ')}` : t.holds]));
    out.push(row(`${t.invariantsLabel}${t.sep}${t.weak}`, [inv.weak.length ? `${t.broken}${t.sep}${inv.weak.join(', ')} ${t.unprotected}` : t.holds]));
  } else out.push(row(t.invariantsLabel, [t.notMarking]));
  out.push('</tbody></table>');

  const trail = trailOf(s, locale);
  if (trail) {
    out.push(`<p class="gc-text-lost">${escapeHtml(t.lostTitle(trail.lost.join(', ')))} — ${escapeHtml(t.lostNote)}</p>`);
    out.push(`<ol class="gc-text-trail" aria-label="${escapeHtml(t.trailCaption)}">`);
    for (const it of trail.items) out.push(`<li>${it.at !== null ? `${escapeHtml(t.trail.step(it.at))}${t.sep}` : ''}${escapeHtml(it.text)}</li>`);
    out.push('</ol>');
  }

  // Roots.
  const ptr = (p: string | null) => p ?? 'nil';
  out.push(`<table><caption>${escapeHtml(t.rootsCaption)}</caption>`);
  out.push(headRow([t.colRoot, t.colColor, t.colSlots]));
  out.push('<tbody>');
  out.push(row(t.globals, [s.globalsColor === 'black' ? t.scanned : t.notScanned, s.globals.length ? s.globals.map((p, i) => `g${i} → ${ptr(p)}`).join(', ') : t.none]));
  s.goroutines.forEach((g, i) => out.push(row(t.stack(G(i)), [g.stackColor === 'black' ? t.scanned : t.notScanned, g.stack.length ? g.stack.map((p, k) => `s${k} → ${ptr(p)}`).join(', ') : t.none])));
  out.push('</tbody></table>');

  // Objects.
  const reach = new Set(reachableObjects(s));
  const lost = new Set(lostObjects(s));
  const names = Object.keys(s.objects);
  out.push(`<div class="sim-text-scroll" tabindex="0" role="region" aria-label="${escapeHtml(t.objectsCaption)}"><table><caption>${escapeHtml(t.objectsCaption + paren(t, String(names.length)))}</caption>`);
  out.push(headRow([t.colObject, t.colColor, t.colFields, t.colReachable, t.colNote]));
  out.push('<tbody>');
  for (const name of names) {
    const o = s.objects[name]!;
    const notes: string[] = [];
    if (lost.has(name)) notes.push(t.lost);
    if (o.freed) notes.push(t.color.freed);
    else if (!reach.has(name) && o.color !== 'white' && (s.phase !== 'off' || s.cycleDone)) notes.push(t.floating);
    if (o.fresh) notes.push(t.fresh);
    out.push(row(name, [o.freed ? `${t.color[o.color]}${paren(t, t.color.freed)}` : t.color[o.color], o.fields.map((f, k) => `${k}: ${ptr(f)}`).join(', '), reach.has(name) ? t.yes : t.no, notes.join('; ') || '—']));
  }
  out.push('</tbody></table></div>');

  // Goroutines.
  const sc = scenarioOf(s);
  out.push(`<table><caption>${escapeHtml(t.goroutinesCaption)}</caption>`);
  out.push(headRow([t.colG, t.colNext]));
  out.push('<tbody>');
  for (const op of currentOps(s)) {
    let next = t.done;
    if (!op.done && op.text) {
      const code = sc && op.line !== null ? goLine(sc.source, op.line) : null;
      next = code ? `${code}${paren(t, op.text)}` : codeOf(s, op.g, op.text);
    }
    out.push(row(op.label, [next]));
  }
  out.push('</tbody></table>');
  return out.join('');
}

const lastHtml = new WeakMap<HTMLElement, string>();

/** Writes the text alternative of `state` into `container` (one innerHTML, skipped when unchanged). */
export function renderGcText(container: HTMLElement, state: GcState, locale: Locale): void {
  const html = gcTextHtml(state, locale);
  if (lastHtml.get(container) === html) return;
  container.innerHTML = html;
  lastHtml.set(container, html);
}
