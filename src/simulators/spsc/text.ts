// The text alternative of an SPSC state: real tables (caption, th scope) in the reader's locale,
// written with one innerHTML and only when it changed. A 1,024-slot ring lists its occupied
// runs instead of 1,024 rows.
import { check, lineStates, usable, used, type SpscState } from '../../../simulators/spsc/index.ts';
import { escapeHtml } from '../shell/format.ts';
import { activeSlots, runsOf, slotKinds } from './layout.ts';
import { fmt, spscLabels, type Locale } from './labels.ts';

/** Slots listed one per row up to this capacity. */
export const SLOT_ROWS = 64;

const row = (head: string, cells: readonly string[]) => `<tr><th scope="row">${escapeHtml(head)}</th>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
const headRow = (cols: readonly string[]) => `<thead><tr>${cols.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;

export function spscTextHtml(s: SpscState, locale: Locale): string {
  const t = spscLabels(locale);
  const T = t.text;
  const c = s.config;
  const n = (v: number) => fmt(locale, v);
  const out: string[] = [];

  // The ring: settings and indices.
  const settings = [`capacity ${c.capacity}`, c.scheme, c.publish, c.cachedIndices ? 'cachedIndices' : 'no cached indices', `padding ${c.padding}`, `uint${c.indexBits}`].join(' · ');
  out.push(`<table><caption>${escapeHtml(T.ringCaption)}</caption><tbody>`);
  out.push(row(T.settings, [settings]));
  out.push(row(T.indices, [`head = ${n(s.head)} · tail = ${n(s.tail)} · cachedHead = ${n(s.cachedHead)} · cachedTail = ${n(s.cachedTail)} · ${t.inUse} ${n(used(c, s.tail, s.head))} / ${n(usable(c))}`]));
  out.push('</tbody></table>');

  // Slots.
  const kinds = slotKinds(s);
  const act = activeSlots(s);
  if (c.capacity <= SLOT_ROWS) {
    out.push(`<div class="sim-text-scroll" tabindex="0"><table><caption>${escapeHtml(T.slotsCaption)}</caption>`);
    out.push(headRow([T.colSlot, T.colValue, T.colState]));
    out.push('<tbody>');
    for (let i = 0; i < c.capacity; i++) {
      const notes = [T.slotState[kinds[i]!]];
      if (act.producer === i) notes.push(t.producer);
      if (act.consumer === i) notes.push(t.consumer);
      if (s.head % c.capacity === i || (c.scheme === 'one-slack' && s.head === i)) notes.push('← head');
      if (s.tail % c.capacity === i || (c.scheme === 'one-slack' && s.tail === i)) notes.push('← tail');
      out.push(row(String(i), [s.slots[i] === null ? '—' : n(s.slots[i]!), [...new Set(notes)].join(', ')]));
    }
    out.push('</tbody></table></div>');
  } else {
    const runs = runsOf(kinds)
      .filter(([k]) => k !== 'empty')
      .map(([k, first, count]) => `${t.slotRange(first, first + count - 1)} (${T.slotState[k]})`);
    out.push(`<p>${escapeHtml(T.occupied(runs.length ? runs.join('; ') : T.none))}</p>`);
  }

  // The two goroutines.
  const p = s.producer;
  const q = s.consumer;
  out.push(`<table><caption>${escapeHtml(T.sidesCaption)}</caption>`);
  out.push(headRow([T.colSide, T.colNext, T.colLocals, T.colProgress]));
  out.push('<tbody>');
  out.push(row(`${t.producer} (TryPush)`, [t.producerPc(p.pc, p.t % c.capacity, c.cachedIndices), `t = ${n(p.t)}`, `${t.pushed(p.pushed, c.producer.length)} · ${t.spins(p.spins)}`]));
  const got = s.received.slice(-8).map(n).join(', ');
  out.push(row(`${t.consumer} (TryPop)`, [t.consumerPc(q.pc, q.h % c.capacity, c.cachedIndices), `h = ${n(q.h)} · v = ${q.v === null ? '—' : n(q.v)}`, `${t.received(s.receivedCount, c.pops)} · ${t.spins(q.spins)}${got ? ` · ${t.got} ${s.receivedCount > 8 ? '…, ' : ''}${got}` : ''}`]));
  out.push('</tbody></table>');

  // Cache lines.
  const lines = lineStates(s);
  out.push(`<div class="sim-text-scroll" tabindex="0"><table><caption>${escapeHtml(T.cacheCaption)}</caption>`);
  out.push(headRow([T.colLine, T.colHolds, t.core.producer, t.core.consumer]));
  out.push('<tbody>');
  const shown = lines.slice(0, 24);
  for (const l of shown) {
    const holds = l.kind === 'slots' ? t.slotRange(l.slots![0], l.slots![1]) : l.fields.map((f) => (f.name === 'hdr' ? 'buf, mask' : f.name)).join(', ');
    out.push(row(T.lineInfo(l.id, l.offset), [holds, l.producer, l.consumer]));
  }
  if (lines.length > shown.length) out.push(row('…', [T.more(lines.length - shown.length), '', '']));
  out.push('</tbody></table></div>');

  // Counters.
  out.push(`<table><caption>${escapeHtml(T.countersCaption)}</caption><tbody>`);
  out.push(row(t.remoteLoads, [n(s.counters.remoteIndexLoads)]));
  out.push(row(t.transfers, [n(s.counters.lineTransfers)]));
  out.push('</tbody></table>');

  // check().
  const v = check(s);
  out.push(`<table class="spsc-text-check"><caption>${escapeHtml(T.checkCaption)}</caption>`);
  out.push(headRow([T.colRule, T.colMessage]));
  out.push('<tbody>');
  if (v.length === 0) out.push(row('—', [T.none]));
  for (const x of v) {
    const f = s.faults.find((y) => y.rule === x.rule);
    out.push(row(x.rule, [f ? T.fault(f) : x.message]));
  }
  out.push('</tbody></table>');
  return out.join('');
}

const lastHtml = new WeakMap<HTMLElement, string>();

export function renderSpscText(container: HTMLElement, s: SpscState, locale: Locale): void {
  const html = spscTextHtml(s, locale);
  if (lastHtml.get(container) === html) return;
  container.innerHTML = html;
  lastHtml.set(container, html);
}
