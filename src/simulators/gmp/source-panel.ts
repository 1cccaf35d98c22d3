// The scenario's Go program with line numbers; marks the lines where Gs are: running ones
// (every M's curg) with a badge "G3 on P1", waiting ones with a dimmed marker. mark() touches
// only the lines whose marks changed.
import { currentLine } from '../../../simulators/gmp/view.ts';
import type { GmpState } from '../../../simulators/gmp/types.ts';
import { gmpLabels, type Locale } from './labels.ts';
import { escapeHtml } from './text.ts';

export type SourcePanel = {
  setSource(goSource: string): void;
  mark(state: GmpState): void;
};

/** Waiting Gs named on a line before "+N". */
const WAIT_NAMES = 3;

type Line = { el: HTMLElement; run: HTMLElement; wait: HTMLElement; sig: string };

export function createSourcePanel(container: HTMLElement, opts: { locale?: Locale } = {}): SourcePanel {
  const t = gmpLabels(opts.locale ?? 'en');
  let lines: Line[] = [];
  let marked = new Set<number>();

  function setSource(goSource: string): void {
    const src = goSource.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    const html = src
      .split('\n')
      .map(
        (text, i) =>
          `<span class="gmp-src-line" data-line="${i + 1}"><span class="gmp-src-ln" aria-hidden="true">${i + 1}</span><span class="gmp-src-code">${escapeHtml(text)}</span><span class="gmp-src-badge gmp-src-badge-run"></span><span class="gmp-src-badge gmp-src-badge-wait"></span></span>`,
      )
      .join('');
    container.innerHTML = `<pre class="gmp-src" tabindex="0"><code>${html}</code></pre>`;
    lines = [];
    const els = container.querySelectorAll<HTMLElement>('.gmp-src-line');
    for (const el of els) {
      lines.push({ el, run: el.children[2] as HTMLElement, wait: el.children[3] as HTMLElement, sig: '' });
    }
    marked = new Set();
  }

  function mark(state: GmpState): void {
    const run = new Map<number, string[]>();
    const wait = new Map<number, number[]>();
    const sys = new Set<number>();
    for (const m of state.ms) {
      if (m.curg === null) continue;
      const g = state.gs[m.curg];
      const line = currentLine(state, m.curg);
      if (!g || line === undefined) continue;
      const label = g.status === 'syscall' ? t.syscallOn(g.id, m.id) : m.p !== null ? t.onP(g.id, m.p) : t.onM(g.id, m.id);
      push(run, line, label);
      if (g.status === 'syscall') sys.add(line);
    }
    for (const g of state.gs) {
      if (!g || g.status !== 'waiting') continue;
      const line = currentLine(state, g.id);
      if (line !== undefined) push(wait, line, g.id);
    }
    const now = new Set<number>([...run.keys(), ...wait.keys()]);
    for (const n of new Set([...marked, ...now])) {
      const line = lines[n - 1];
      if (!line) continue;
      const r = run.get(n);
      const w = wait.get(n);
      const runText = r ? r.join(', ') : '';
      const waitText = w ? waitBadge(w, t.waiting) : '';
      const sig = `${runText}|${waitText}|${sys.has(n)}`;
      if (sig === line.sig) continue;
      line.sig = sig;
      line.el.classList.toggle('is-running', r !== undefined);
      line.el.classList.toggle('is-waiting', w !== undefined);
      line.el.classList.toggle('is-syscall', sys.has(n));
      line.run.textContent = runText;
      line.wait.textContent = waitText;
    }
    marked = now;
  }

  return { setSource, mark };
}

function push<V>(map: Map<number, V[]>, key: number, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** "G4, G5 waiting" or "G4, G5, G6 +12 waiting". */
export function waitBadge(ids: readonly number[], word: string): string {
  const names = ids.slice(0, WAIT_NAMES).map((id) => `G${id}`).join(', ');
  const more = ids.length > WAIT_NAMES ? ` +${ids.length - WAIT_NAMES}` : '';
  return `${names}${more} ${word}`;
}
