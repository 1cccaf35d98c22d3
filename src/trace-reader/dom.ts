// Small DOM builders shared by the trace reader's views.

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * A chart's numbers as a table, for screen readers and for copying: a closed <details> whose
 * table is built the first time it opens (a chart may stand for 100,000 rows). The first column
 * heads each row.
 */
export function chartDataTable(summary: string, caption: string, columns: string[], rows: () => string[][]): HTMLDetailsElement {
  const d = el('details', 'tr-data');
  d.append(el('summary', '', summary));
  d.addEventListener('toggle', () => {
    if (!d.open || d.querySelector('table')) return;
    const scroll = el('div', 'tr-scroll');
    scroll.tabIndex = 0;
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', caption);
    const head = el('tr');
    for (const c of columns) {
      const th = el('th', '', c);
      th.scope = 'col';
      head.append(th);
    }
    const thead = el('thead');
    thead.append(head);
    const body = el('tbody');
    for (const r of rows()) {
      const tr = el('tr');
      r.forEach((v, j) => {
        const cell = el(j === 0 ? 'th' : 'td', j === 0 ? '' : 'num', v);
        if (j === 0) (cell as HTMLTableCellElement).scope = 'row';
        tr.append(cell);
      });
      body.append(tr);
    }
    const table = el('table', 'tr-table');
    table.append(el('caption', '', caption), thead, body);
    scroll.append(table);
    d.append(scroll);
  });
  return d;
}
