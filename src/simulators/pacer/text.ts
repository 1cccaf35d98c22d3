// The text alternative of a pacer state: the run's summary, the pacer's figures now and the last
// cycles, as real tables in the reader's locale; the latest gctrace lines as code. One string,
// one innerHTML, only when it changed.
import { fmtBytes, fmtDuration, fmtNumber, fmtPercent } from '../../../simulators/core/format.ts';
import { pacing, summary, type PacerState } from '../../../simulators/pacer/index.ts';
import { liveNow } from '../../../simulators/pacer/progress.ts';
import { nonHeapNow } from '../../../simulators/pacer/pacing.ts';
import { escapeHtml } from '../shell/format.ts';
import { pacerLabels, type Locale, type PacerLabels } from './labels.ts';
import { fmtGogc } from './settings.ts';

/** Cycles listed in the table (the latest). */
export const CYCLE_ROWS = 8;

const b = (v: number | null | undefined, none = '—') => (v === null || v === undefined || !Number.isFinite(v) ? none : fmtBytes(v));

function row(head: string, cells: readonly string[]): string {
  return `<tr><th scope="row">${escapeHtml(head)}</th>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
}

/** "GC 12 marking", "sweeping"… */
export function phaseText(s: PacerState, t: PacerLabels): string {
  if (s.exited) return t.phase.exited;
  if (s.mark) return t.phase.mark(s.mark.n);
  if (s.pending) return t.phase.pending(s.numgc + 1);
  return s.sweepDone ? t.phase.idle : t.phase.sweep;
}

/** The summary line (the shell's read-out): time, GCs, GC CPU, peak, worst assist. */
export function summaryLine(s: PacerState, locale: Locale): string {
  const t = pacerLabels(locale);
  const m = summary(s);
  const w = m.worstAssist;
  const assist = w.cycle === null ? t.noAssist : `${t.worstAssist} ${fmtDuration(w.cpuNs, locale)} (GC ${w.cycle})`;
  return [`${t.time} = ${fmtDuration(s.now, locale)}`, t.gcs(m.gcCount), `${t.gcCpu} ${fmtPercent(m.gcCpuPercent, 1)}`, `${t.peak} ${fmtBytes(m.peakMemory)}`, assist].join(' · ');
}

export function pacerTextHtml(s: PacerState, locale: Locale): string {
  const t = pacerLabels(locale);
  const m = summary(s);
  const out: string[] = [];
  const w = m.worstAssist;
  out.push(`<table><caption>${escapeHtml(t.summaryCaption)}</caption><tbody>`);
  out.push(row(t.rows.time, [fmtDuration(s.now, locale)]));
  out.push(row(t.rows.gcCount, [fmtNumber(m.gcCount, 0)]));
  out.push(row(t.rows.gcCpu, [fmtPercent(m.gcCpuPercent, 1)]));
  out.push(row(t.rows.peak, [fmtBytes(m.peakMemory)]));
  out.push(row(t.rows.peakHeap, [fmtBytes(m.peakHeap)]));
  out.push(row(t.rows.worstAssist, [w.cycle === null ? t.noAssist : t.assistOf(w.cpuNs, w.cycle, w.percentOfMark, locale)]));
  out.push(row(t.rows.limitedCycles, [fmtNumber(m.limitedCycles, 0)]));
  out.push('</tbody></table>');

  const p = pacing(s);
  const l = s.limiter;
  out.push(`<table><caption>${escapeHtml(t.pacerCaption)}</caption><tbody>`);
  out.push(row(t.rows.settings, [`GOGC=${fmtGogc(s.gcPercent)} · GOMEMLIMIT=${s.memoryLimit === null ? t.noLimit : fmtBytes(s.memoryLimit)} · GOMAXPROCS=${s.gomaxprocs}`]));
  out.push(row(t.rows.phase, [phaseText(s, t)]));
  out.push(row(t.rows.heapLive, [fmtBytes(s.heapLive)]));
  out.push(row(t.rows.heapMarked, [fmtBytes(s.heapMarked)]));
  out.push(row(t.rows.live, [fmtBytes(liveNow(s))]));
  out.push(row(t.rows.nonHeap, [fmtBytes(nonHeapNow(s))]));
  out.push(row(t.rows.goals, [`${b(p.gcPercentGoal, '∞')} · ${b(p.memoryLimitGoal, '∞')} · ${b(p.goal, '∞')}`]));
  out.push(row(t.rows.trigger, [s.mark ? t.none : b(p.trigger.trigger, '∞')]));
  out.push(row(t.rows.consMark, [`${fmtNumber(s.consMark, 3)} · ${fmtBytes(s.runway)}`]));
  out.push(row(t.rows.limiter, [`${fmtDuration(l.fill, locale)} / ${fmtDuration(l.capacity, locale)}${l.enabled ? ` (${t.limiting})` : ''}`]));
  out.push('</tbody></table>');

  const cs = s.cycles.slice(-CYCLE_ROWS);
  if (cs.length > 0) {
    out.push(`<div class="sim-text-scroll" tabindex="0"><table><caption>${escapeHtml(t.cyclesCaption(cs.length))}</caption><thead><tr>`);
    for (const h of [t.colCycle, t.colStart, t.colHeap, t.colGoal, t.colTrigger, t.colGcCpu, t.colAssist, t.colLimited]) out.push(`<th scope="col">${escapeHtml(h)}</th>`);
    out.push('</tr></thead><tbody>');
    for (const c of cs) {
      const span = (c.tEnd - c.tSweepTerm) * c.procs;
      out.push(
        row(String(c.n), [
          fmtDuration(c.tSweepTerm, locale),
          `${fmtBytes(c.heap0)} → ${fmtBytes(c.heap1)} → ${fmtBytes(c.heap2)}`,
          b(c.goal),
          b(c.trigger),
          span > 0 ? fmtPercent((c.gcCpu / span) * 100, 1) : '—',
          fmtDuration(c.assistCpu, locale),
          c.limited ? t.yes : t.no,
        ]),
      );
    }
    out.push('</tbody></table></div>');
    out.push(`<pre class="pacer-text-trace"><code>${cs.map((c) => escapeHtml(c.gctrace)).join('\n')}</code></pre>`);
  }
  return out.join('');
}

const lastHtml = new WeakMap<HTMLElement, string>();

export function renderPacerText(container: HTMLElement, state: PacerState, locale: Locale): void {
  const html = pacerTextHtml(state, locale);
  if (lastHtml.get(container) === html) return;
  container.innerHTML = html;
  lastHtml.set(container, html);
}
