// A table of many rows, one page at a time (a trace can hold 100,000 cycles): real <table> markup
// for screen readers, page buttons, and "go to" for a row number. Rows can be selected (click or
// Enter), which moves the reader's selected cycle or tick.
import type { Tr } from './strings.ts';

export interface Column {
  label: string;
  /** Right-aligned numbers. */
  numeric?: boolean;
}

export interface PagedTableSpec {
  caption: string;
  columns: Column[];
  rowCount: number;
  cells(i: number): string[];
  pageSize?: number;
  /** The selected row, shown highlighted; its page is shown. */
  selected?: number | null;
  onSelect?: (i: number) => void;
  /** A label for row i in "go to" (the cycle number…) and the matching lookup. */
  goto?: { label: string; find(text: string): number | null };
}

export interface PagedTable {
  render(spec: PagedTableSpec): void;
}

export function createPagedTable(host: HTMLElement, t: Tr): PagedTable {
  let page = 0;
  let spec: PagedTableSpec | null = null;
  let lastSelected: number | null | undefined;
  const wrap = document.createElement('div');
  wrap.className = 'tr-table-wrap';
  const scroll = document.createElement('div');
  scroll.className = 'tr-scroll';
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'region');
  const table = document.createElement('table');
  table.className = 'tr-table';
  scroll.append(table);
  const nav = document.createElement('div');
  nav.className = 'tr-pager';
  wrap.append(scroll, nav);
  host.append(wrap);

  const button = (label: string, title: string, go: () => number): HTMLButtonElement => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.setAttribute('aria-label', title);
    b.title = title;
    b.addEventListener('click', () => {
      page = go();
      draw();
    });
    return b;
  };

  function pages(): number {
    if (!spec) return 1;
    return Math.max(1, Math.ceil(spec.rowCount / (spec.pageSize ?? 50)));
  }

  function draw(): void {
    if (!spec) return;
    const s = spec;
    const size = s.pageSize ?? 50;
    page = Math.min(Math.max(0, page), pages() - 1);
    scroll.setAttribute('aria-label', s.caption);
    table.replaceChildren();
    const cap = document.createElement('caption');
    cap.textContent = s.caption;
    const thead = document.createElement('thead');
    const hr = document.createElement('tr');
    for (const c of s.columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = c.label;
      if (c.numeric) th.className = 'num';
      hr.append(th);
    }
    thead.append(hr);
    const tbody = document.createElement('tbody');
    const from = page * size;
    const to = Math.min(s.rowCount, from + size);
    for (let i = from; i < to; i++) {
      const tr = document.createElement('tr');
      const cells = s.cells(i);
      cells.forEach((v, j) => {
        const td = document.createElement(j === 0 ? 'th' : 'td');
        if (j === 0) (td as HTMLTableCellElement).scope = 'row';
        if (s.columns[j]?.numeric) td.className = 'num';
        if (j === 0 && s.onSelect) {
          const b = document.createElement('button');
          b.type = 'button';
          b.className = 'tr-row-button';
          b.textContent = v;
          b.setAttribute('aria-pressed', String(s.selected === i));
          const onSelect = s.onSelect;
          b.addEventListener('click', () => onSelect(i));
          td.append(b);
        } else td.textContent = v;
        tr.append(td);
      });
      if (s.selected === i) tr.className = 'is-selected';
      tbody.append(tr);
    }
    table.append(cap, thead, tbody);

    nav.replaceChildren();
    const last = pages() - 1;
    const first = button('«', t('table.first'), () => 0);
    const prev = button('‹', t('table.prev'), () => page - 1);
    const next = button('›', t('table.next'), () => page + 1);
    const end = button('»', t('table.last'), () => last);
    first.disabled = prev.disabled = page === 0;
    next.disabled = end.disabled = page >= last;
    const pos = document.createElement('span');
    pos.className = 'tr-pager-pos';
    pos.textContent = s.rowCount === 0 ? t('table.none') : t('table.rows', { from: from + 1, to, n: s.rowCount.toLocaleString('en') });
    nav.append(first, prev, pos, next, end);
    if (s.goto && s.rowCount > size) {
      const g = s.goto;
      const form = document.createElement('form');
      form.className = 'tr-goto';
      const label = document.createElement('label');
      const span = document.createElement('span');
      span.textContent = g.label;
      const input = document.createElement('input');
      input.type = 'text';
      input.inputMode = 'numeric';
      input.size = 7;
      label.append(span, input);
      const go = document.createElement('button');
      go.type = 'submit';
      go.textContent = t('table.go');
      form.append(label, go);
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const i = g.find(input.value);
        if (i === null) {
          input.setAttribute('aria-invalid', 'true');
          return;
        }
        input.removeAttribute('aria-invalid');
        page = Math.floor(i / size);
        if (s.onSelect) s.onSelect(i);
        else draw();
      });
      nav.append(form);
    }
  }

  return {
    render(next) {
      // Follow the selection to its page when it changed; keep the reader's page otherwise.
      if (next.selected !== undefined && next.selected !== null && next.selected !== lastSelected) page = Math.floor(next.selected / (next.pageSize ?? 50));
      lastSelected = next.selected;
      spec = next;
      draw();
    },
  };
}
