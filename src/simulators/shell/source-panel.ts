// The scenario's Go program with line numbers, and the marks a mechanism puts on it (where each
// goroutine or side is, what it waits for). `mark` touches only the lines whose marks changed.
import type { SourceMark } from './types.ts';
import { escapeHtml } from './format.ts';

export type SourcePanel = {
  setSource(goSource: string): void;
  mark(marks: readonly SourceMark[]): void;
};

type Line = { el: HTMLElement; badges: HTMLElement; sig: string };

const TONES = ['run', 'block', 'alert', 'wait'] as const;

export function createSourcePanel(container: HTMLElement): SourcePanel {
  let lines: Line[] = [];
  let marked = new Set<number>();
  let lastFirst = 0;
  let pending = false;

  function setSource(goSource: string): void {
    const src = goSource.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    container.innerHTML = `<pre class="sim-src"><code>${src
      .split('\n')
      .map((text, i) => `<span class="sim-src-line" data-line="${i + 1}"><span class="sim-src-ln" aria-hidden="true">${i + 1}</span><span class="sim-src-code">${escapeHtml(text)}</span><span class="sim-src-badges"></span></span>`)
      .join('')}</code></pre>`;
    lines = [...container.querySelectorAll<HTMLElement>('.sim-src-line')].map((el) => ({ el, badges: el.lastElementChild as HTMLElement, sig: '' }));
    marked = new Set();
    lastFirst = 0;
  }

  function mark(marks: readonly SourceMark[]): void {
    const byLine = new Map<number, SourceMark[]>();
    for (const m of marks) {
      const list = byLine.get(m.line);
      if (list) list.push(m);
      else byLine.set(m.line, [m]);
    }
    for (const n of new Set([...marked, ...byLine.keys()])) {
      const line = lines[n - 1];
      if (!line) continue;
      const ms = byLine.get(n) ?? [];
      // One badge per tone on a line, in a fixed order, so a line reads the same every step.
      const html = TONES.map((tone) => {
        const texts = ms.filter((m) => (m.tone ?? 'run') === tone).map((m) => m.text);
        return texts.length ? `<span class="sim-src-badge is-${tone}">${escapeHtml(texts.join(', '))}</span>` : '';
      }).join('');
      if (html === line.sig) continue;
      line.sig = html;
      for (const tone of TONES) line.el.classList.toggle(`is-${tone}`, ms.some((m) => (m.tone ?? 'run') === tone));
      line.badges.innerHTML = html;
    }
    marked = new Set(byLine.keys());
    // Keep the first marked line in view inside the panel (never scrolls the page). Measured at
    // the start of the next frame, when the page's layout is clean: measuring here, after this
    // step's DOM writes, would force a layout on every step while a run plays. Checked on every
    // render, not only when the line changes: presentation mode or a resize moves it too.
    const first = Math.min(...marked);
    if (Number.isFinite(first)) {
      lastFirst = first;
      if (!pending) {
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          reveal(lastFirst);
        });
      }
    }
  }

  function reveal(first: number): void {
    const line = lines[first - 1]?.el;
    if (line && container.clientHeight > 0) {
      const top = line.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
      if (top < container.scrollTop || top + line.offsetHeight > container.scrollTop + container.clientHeight) container.scrollTop = Math.max(0, top - container.clientHeight / 3);
    }
  }

  return { setSource, mark };
}
