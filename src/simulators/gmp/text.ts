// The text alternative of a GMP state: real tables (caption, th scope) in the reader's locale.
// Built as one string and written with a single innerHTML, only when it changed; long queues
// list their first few Gs and the real count, so a 1,000-G state stays cheap.
import type { Locale } from '../../../simulators/core/types.ts';
import type { GmpState, M } from '../../../simulators/gmp/types.ts';
import { countGs, schedtrace } from '../../../simulators/gmp/inspect.ts';
import { escapeHtml } from '../shell/format.ts';
import { fmtTime, gmpLabels, type GmpLabels } from './labels.ts';

/** How many Gs a cell lists before "and N more". */
export const LIST_MAX = 8;

export { escapeHtml };

/** "3: G2, G3, G4" or "40: G2, …, G9, and 32 more"; the locale's "empty" for none. */
export function listIds(t: GmpLabels, prefix: string, ids: readonly number[], max = LIST_MAX): string {
  if (ids.length === 0) return t.empty;
  const shown = ids.slice(0, max).map((id) => `${prefix}${id}`);
  if (ids.length > max) shown.push(t.more(ids.length - max));
  return `${ids.length}: ${shown.join(', ')}`;
}

function mCell(t: GmpLabels, m: M | undefined): string {
  if (!m) return '—';
  const notes: string[] = [];
  if (m.spinning) notes.push(t.spinning);
  if (m.phase !== 'run') notes.push(t.mPhase[m.phase]);
  return notes.length ? `M${m.id} (${notes.join(', ')})` : `M${m.id}`;
}

function row(head: string, cells: readonly string[]): string {
  return `<tr><th scope="row">${escapeHtml(head)}</th>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
}

function headRow(cols: readonly string[]): string {
  return `<thead><tr>${cols.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
}

/** The whole text alternative as HTML (every piece of state text escaped). */
export function gmpTextHtml(state: GmpState, locale: Locale): string {
  const t = gmpLabels(locale);
  const s = state;
  const { total, dead, waiting } = countGs(s);
  const summary = [`${t.virtualTime}: ${fmtTime(s.now)}`, `${t.gomaxprocs} ${s.gomaxprocs}`, `${total} ${t.goroutines} (${t.dead} ${dead}, ${t.waiting} ${waiting}${s.halted === 'exit' ? `, ${t.leaked} ${waiting}` : ''})`];
  if (s.halted !== null) summary.push(t.halted[s.halted]);
  const out: string[] = [`<p class="gmp-text-summary">${escapeHtml(summary.join(' · '))}</p>`];

  // Processors.
  out.push(`<div class="sim-text-scroll" tabindex="0"><table><caption>${escapeHtml(t.psCaption)}</caption>`);
  out.push(headRow([t.colP, t.colStatus, t.colM, t.colRunning, t.runnext, t.colRunq, t.schedtick]));
  out.push('<tbody>');
  for (const p of s.ps) {
    const m = p.m === null ? undefined : s.ms[p.m];
    let running = '—';
    if (m && m.curg !== null) running = s.gs[m.curg]?.status === 'syscall' ? `G${m.curg} (${t.inSyscall})` : `G${m.curg}`;
    out.push(row(`P${p.id}`, [t.pStatus[p.status], mCell(t, m), running, p.runnext === null ? '—' : `G${p.runnext}`, listIds(t, 'G', p.runq), String(p.schedtick)]));
  }
  out.push('</tbody></table></div>');

  // Scheduler-wide queues and the threads.
  const parked = s.sched.midle.map((id) => `M${id}`);
  const spinning = s.ms.filter((m) => m.spinning).map((m) => (m.p === null ? `M${m.id}` : `M${m.id} (P${m.p})`));
  const sys = s.ms
    .filter((m) => m.phase === 'syscall' && m.curg !== null)
    .map((m) => `${t.syscallOn(m.curg!, m.id)}, ${m.p === null ? t.releasedP : t.holdsP(m.p)}`);
  out.push(`<table><caption>${escapeHtml(t.schedCaption)}</caption><tbody>`);
  out.push(row(`${t.globalRunq} (sched.runq)`, [listIds(t, 'G', s.globrunq)]));
  out.push(row(`${t.idlePs} (sched.pidle)`, [listIds(t, 'P', s.sched.pidle, Infinity)]));
  out.push(row(`${t.parkedMs} (sched.midle)`, [parked.length ? `${parked.length}: ${parked.join(', ')}` : t.empty]));
  const other = s.ms.filter((m) => m.p === null && m.phase !== 'idle' && m.phase !== 'syscall').map((m) => `M${m.id} (${t.mPhase[m.phase]})`);
  if (other.length > 0) out.push(row(t.otherMs, [`${other.length}: ${other.join(', ')}`]));
  out.push(row(t.spinningMs, [spinning.length ? `${spinning.length}: ${spinning.join(', ')}` : t.empty]));
  out.push(row(t.inSyscall, [sys.length ? sys.join('; ') : t.empty]));
  out.push('</tbody></table>');

  // Waiting goroutines: channels' queues, then timers.
  out.push(`<table><caption>${escapeHtml(t.waitCaption)}</caption>`);
  out.push(headRow([t.colWhere, t.colGs]));
  out.push('<tbody>');
  let any = false;
  for (const name of Object.keys(s.chans)) {
    const ch = s.chans[name]!;
    const head = t.chanRow(name, ch.qcount, ch.cap);
    out.push(row(`${head} · ${t.recvq}`, [listIds(t, 'G', ch.recvq)]));
    out.push(row(`${head} · ${t.sendq}`, [listIds(t, 'G', ch.sendq)]));
    any = true;
  }
  if (s.timers.length > 0) {
    const shown = s.timers.slice(0, LIST_MAX).map((tm) => t.wakesAt(`G${tm.g}`, fmtTime(tm.when)));
    if (s.timers.length > LIST_MAX) shown.push(t.more(s.timers.length - LIST_MAX));
    out.push(row(t.timers, [`${s.timers.length}: ${shown.join(', ')}`]));
    any = true;
  }
  if (!any) out.push(row(t.none, [t.empty]));
  out.push('</tbody></table>');

  out.push(`<p class="gmp-text-trace"><span>${escapeHtml(t.schedtraceCaption)}:</span> <code>${escapeHtml(schedtrace(s))}</code></p>`);
  return out.join('');
}

const lastHtml = new WeakMap<HTMLElement, string>();

/** Writes the text alternative of `state` into `container` (one innerHTML, skipped when unchanged). */
export function renderGmpText(container: HTMLElement, state: GmpState, locale: Locale): void {
  const html = gmpTextHtml(state, locale);
  if (lastHtml.get(container) === html) return;
  container.innerHTML = html;
  lastHtml.set(container, html);
}
