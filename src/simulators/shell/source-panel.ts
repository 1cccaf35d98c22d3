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
  // Where each line sits, measured when the layout changes (ResizeObserver runs after layout),
  // never while a run plays: a step only compares numbers and scrolls when it must.
  let tops: number[] = [];
  let bottom = 0;
  let viewH = 0;
  let scrollTop = 0;
  let pre: HTMLElement | null = null;
  const ro = new ResizeObserver(() => {
    measure();
    reveal(lastFirst);
  });
  ro.observe(container);
  container.addEventListener('scroll', () => (scrollTop = container.scrollTop), { passive: true });

  function measure(): void {
    viewH = container.clientHeight;
    scrollTop = container.scrollTop;
    const origin = pre?.offsetTop ?? 0;
    tops = lines.map((l) => l.el.offsetTop - origin);
    bottom = pre ? pre.offsetHeight : 0;
  }

  function setSource(goSource: string): void {
    const src = goSource.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    container.innerHTML = `<pre class="sim-src"><code>${src
      .split('\n')
      .map((text, i) => `<span class="sim-src-line" data-line="${i + 1}"><span class="sim-src-ln" aria-hidden="true">${i + 1}</span><span class="sim-src-code">${escapeHtml(text)}</span><span class="sim-src-badges"></span></span>`)
      .join('')}</code></pre>`;
    if (pre) ro.unobserve(pre);
    pre = container.querySelector<HTMLElement>('pre');
    // Badges that wrap a line change the code's height: re-measure then too.
    if (pre) ro.observe(pre);
    lines = [...container.querySelectorAll<HTMLElement>('.sim-src-line')].map((el) => ({ el, badges: el.lastElementChild as HTMLElement, sig: '' }));
    tops = [];
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
    // Keep the first marked line in view inside the panel (never scrolls the page).
    const first = Math.min(...marked);
    if (Number.isFinite(first)) {
      lastFirst = first;
      reveal(first);
    }
  }

  function reveal(first: number): void {
    const top = tops[first - 1];
    if (top === undefined || viewH <= 0) return;
    const height = (tops[first] ?? bottom) - top;
    if (top < scrollTop || top + height > scrollTop + viewH) {
      scrollTop = Math.max(0, top - viewH / 3);
      container.scrollTop = scrollTop;
    }
  }

  return { setSource, mark };
}
