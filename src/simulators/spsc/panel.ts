// "What would go test -race say?" and the buffered-channel comparison, as page text under the
// simulator (the picture shows the short form): the detector's verdict for this run with the
// ring's sync/atomic indices and with plain ones, why, and the report Go prints once the run
// executes the race. The panel sits with the shell's other panels (event log, text view).
import { fmt, spscLabels, type Locale } from './labels.ts';
import { escapeHtml } from '../shell/format.ts';
import type { Analysis } from './layout.ts';
import type { RaceVerdict } from './analysis.ts';
import type { SpscState } from '../../../simulators/spsc/index.ts';

let uid = 0;

export class RacePanel {
  private sig = '';
  private analysis: Analysis | null = null;
  private nowCells: HTMLElement[] = [];
  private now: number[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  private constructor(
    private readonly el: HTMLElement,
    private readonly locale: Locale,
  ) {}

  /** Adds the panel to the simulator's panels (none in a bare stage, e.g. unit tests). */
  static attach(stage: HTMLElement, locale: Locale): RacePanel | null {
    const panels = stage.closest('.sim-shell')?.querySelector('.sim-panels');
    if (!panels) return null;
    const el = document.createElement('section');
    el.className = 'spsc-panel';
    const id = `spsc-panel-${++uid}`;
    el.setAttribute('aria-labelledby', id);
    el.innerHTML = `<h3 id="${id}">${escapeHtml(spscLabels(locale).panel.title)}</h3><div class="spsc-panel-body"></div>`;
    panels.insertBefore(el, panels.querySelector('.sim-log-wrap'));
    return new RacePanel(el, locale);
  }

  update(s: SpscState, a: Analysis, position: number): void {
    this.now = [s.counters.remoteIndexLoads, s.counters.lineTransfers, s.producer.spins + s.consumer.spins, 0, s.producer.pushed + s.receivedCount];
    const reached = (v: RaceVerdict | undefined) => (v ? (v.position === null ? 'silent' : position >= v.position ? 'yes' : 'no') : 'wait');
    const sig = `${reached(a.races?.atomic)}|${reached(a.races?.plain)}|${a.races ? 1 : 0}${a.compare ? 1 : 0}${a.unavailable ? 1 : 0}|${s.config.publish}|${s.config.capacity}`;
    if (sig !== this.sig || a !== this.analysis) {
      this.sig = sig;
      this.analysis = a;
      this.build(s, a, position);
    }
    // The table is below the picture: while a run plays it follows a few times a second, so
    // playback does not lay the page out again for it on every frame.
    if (this.timer === undefined) this.timer = setTimeout(() => this.flush(), 250);
  }

  private flush(): void {
    this.timer = undefined;
    this.nowCells.forEach((td, i) => {
      const text = fmt(this.locale, this.now[i]!);
      if (td.textContent !== text) td.textContent = text;
    });
  }

  private build(s: SpscState, a: Analysis, position: number): void {
    const t = spscLabels(this.locale);
    const P = t.panel;
    const n = (v: number) => fmt(this.locale, v);
    const verdict = (v: RaceVerdict | undefined, why: string) => {
      if (!v) return `<p>${escapeHtml(a.unavailable ? '—' : P.computing)}</p>`;
      let status: string;
      if (v.position === null) status = v.complete ? P.silentRun : P.silentPart(v.checked);
      else if (position < v.position) status = P.notYet(v.position);
      else status = P.reported(v.position);
      const report = v.position !== null && position >= v.position ? `<pre class="spsc-report" tabindex="0">${escapeHtml(v.text)}</pre>` : '';
      return `<p><strong>${escapeHtml(status)}</strong> ${escapeHtml(why)}</p>${report}`;
    };
    const whyAtomic = s.config.publish === 'after-write' ? P.whyAfter : P.whyBefore;
    const cmp = a.compare;
    const cell = (v: number | undefined) => `<td>${v === undefined ? escapeHtml(a.unavailable ? '—' : P.computing) : n(v)}</td>`;
    const rows: [string, number | undefined, number | undefined][] = [
      [t.remoteLoads, cmp?.ring.remoteIndexLoads, cmp?.channel.remoteIndexLoads],
      [t.transfers, cmp?.ring.lineTransfers, cmp?.channel.lineTransfers],
      [t.spinsParks, cmp?.ring.spins, cmp?.channel.parks],
      [t.locks, cmp ? 0 : undefined, cmp?.channel.lockAcquisitions],
      [P.ops, cmp ? s.config.producer.length + cmp.ring.received : undefined, cmp?.channel.ops],
    ];
    const body = this.el.querySelector('.spsc-panel-body')!;
    body.innerHTML = [
      `<p class="sim-hint">${escapeHtml(P.intro)}</p>`,
      `<h4>${escapeHtml(P.atomicHead)}</h4>`,
      verdict(a.races?.atomic, whyAtomic),
      `<h4>${escapeHtml(P.plainHead)}</h4>`,
      verdict(a.races?.plain, P.whyPlain),
      `<h4>${escapeHtml(P.compareTitle)}</h4>`,
      `<p>${escapeHtml(P.compareIntro(s.config.capacity))}</p>`,
      `<div class="spsc-table-scroll" tabindex="0"><table class="spsc-compare"><thead><tr><th scope="col">${escapeHtml(P.colWhat)}</th><th scope="col">${escapeHtml(t.colNow)}</th><th scope="col">${escapeHtml(t.colRun)}</th><th scope="col">${escapeHtml(t.colChan(s.config.capacity))}</th></tr></thead><tbody>`,
      ...rows.map(([label, ring, ch]) => `<tr><th scope="row">${escapeHtml(label)}</th><td class="spsc-now"></td>${cell(ring)}${cell(ch)}</tr>`),
      '</tbody></table></div>',
    ].join('');
    this.nowCells = [...body.querySelectorAll<HTMLElement>('td.spsc-now')];
    this.flush();
  }
}
