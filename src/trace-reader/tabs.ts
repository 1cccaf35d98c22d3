// Accessible tabs (WAI-ARIA tabs pattern): a tablist of buttons with roving tabindex, arrow keys,
// Home/End, and one panel per tab. Panels are focusable so a keyboard reader lands in them.
export interface Tabs<Id extends string> {
  panel(id: Id): HTMLElement;
  /** Shows a tab; `notify` false for programmatic changes that must not call back. */
  select(id: Id, notify?: boolean): void;
  readonly current: Id;
}

export function createTabs<Id extends string>(host: HTMLElement, items: { id: Id; label: string }[], prefix: string, onSelect: (id: Id) => void): Tabs<Id> {
  const list = document.createElement('div');
  list.className = 'tr-tablist';
  list.setAttribute('role', 'tablist');
  const panels = new Map<Id, HTMLElement>();
  const buttons = new Map<Id, HTMLButtonElement>();
  let current = items[0]!.id;
  const uid = `tr-${prefix}-${Math.random().toString(36).slice(2, 8)}`;
  for (const it of items) {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'tab');
    b.id = `${uid}-tab-${it.id}`;
    b.setAttribute('aria-controls', `${uid}-panel-${it.id}`);
    b.dataset.tab = it.id;
    b.textContent = it.label;
    b.addEventListener('click', () => select(it.id, true));
    list.append(b);
    buttons.set(it.id, b);
    const p = document.createElement('div');
    p.className = 'tr-panel';
    p.id = `${uid}-panel-${it.id}`;
    p.setAttribute('role', 'tabpanel');
    p.setAttribute('aria-labelledby', b.id);
    p.tabIndex = 0;
    p.dataset.panel = it.id;
    panels.set(it.id, p);
  }
  list.addEventListener('keydown', (e) => {
    const ids = items.map((i) => i.id);
    const at = ids.indexOf(current);
    let next = -1;
    if (e.key === 'ArrowRight') next = (at + 1) % ids.length;
    else if (e.key === 'ArrowLeft') next = (at - 1 + ids.length) % ids.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = ids.length - 1;
    if (next < 0) return;
    e.preventDefault();
    select(ids[next]!, true);
    buttons.get(ids[next]!)!.focus();
  });
  host.append(list, ...panels.values());

  function select(id: Id, notify = true): void {
    if (!panels.has(id)) return;
    const changed = id !== current;
    current = id;
    for (const [k, b] of buttons) {
      const on = k === id;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      panels.get(k)!.hidden = !on;
    }
    if (notify && changed) onSelect(id);
    else if (notify) onSelect(id);
  }
  select(current, false);

  return {
    panel: (id) => panels.get(id)!,
    select,
    get current() {
      return current;
    },
  };
}
