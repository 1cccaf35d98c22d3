// The self-assessment checklist's behaviour (markup: src/components/SelfAssessment.astro; pure
// logic: src/lib/self-assessment.ts): saving (localStorage, ids not positions), live progress,
// tab sync, export, import, reset and print. Messages arrive as data in `data-i18n`.
import {
  buildExport,
  countText,
  FILE_NAME,
  MAX_IMPORT_BYTES,
  mergeStored,
  parseImport,
  parseStored,
  STORAGE_KEY,
  tally,
} from '../lib/self-assessment.ts';

function init(root: HTMLElement): void {
  const t = JSON.parse(root.dataset.i18n ?? '{}') as Record<string, string>;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-sa]')];
  const idOf = (b: HTMLInputElement): string => b.dataset.sa ?? '';
  const known = new Set(boxes.map(idOf));
  const items = boxes.map((b) => ({ id: idOf(b), groups: (b.dataset.groups ?? '').split(' ') }));
  const status = root.querySelector<HTMLElement>('[data-sa-status]');
  const fileInput = root.querySelector<HTMLInputElement>('[data-sa-import]');

  const say = (msg: string, error = false): void => {
    if (!status) return;
    status.textContent = msg;
    status.dataset.kind = error ? 'error' : 'ok';
  };
  // Not i18n/fill.ts: importing a shared chunk would stop Astro inlining this small script.
  const fmt = (key: string, n: number): string => (t[key] ?? '').replace('{n}', String(n));

  // Storage can be blocked (privacy settings): the checklist still works for this visit.
  let blocked = false;
  const read = (): string[] => {
    try {
      return parseStored(localStorage.getItem(STORAGE_KEY));
    } catch {
      blocked = true;
      return [];
    }
  };
  const write = (ids: string[] | null): void => {
    try {
      if (ids) localStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      say(fmt('noStorage', 0), true);
    }
  };

  const ticked = (): string[] => boxes.filter((b) => b.checked).map(idOf);
  const render = (): void => {
    const counts = tally(items, new Set(ticked()));
    for (const el of root.querySelectorAll<HTMLElement>('[data-sa-for]')) {
      const c = counts.get(el.dataset.saFor ?? '') ?? { done: 0, total: 0 };
      const bar = el.querySelector('progress');
      if (bar) {
        bar.max = c.total || 1;
        bar.value = c.done;
      }
      const text = el.querySelector('[data-sa-count]');
      if (text) text.textContent = countText(c);
    }
  };
  const apply = (ids: Iterable<string>): void => {
    const on = new Set(ids);
    for (const b of boxes) b.checked = on.has(idOf(b));
    render();
  };
  // Re-read before writing, so ids this page does not know (and other tabs' unknown ids) are kept.
  const save = (): void => write(mergeStored(read(), known, ticked()));
  const onClick = (attr: string, fn: () => void): void =>
    root.querySelector(`[data-sa-${attr}]`)?.addEventListener('click', fn);

  root.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.dataset.sa !== undefined) {
      save();
      render();
    }
  });
  // Another tab changed the ticks (or cleared storage).
  addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY || e.key === null) apply(read());
  });
  // Back/forward cache: the page may be older than storage.
  addEventListener('pageshow', (e) => {
    if (e.persisted) apply(read());
  });

  onClick('export', () => {
    const json = JSON.stringify(buildExport(ticked(), new Date()), null, 2);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = FILE_NAME;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(fmt('exported', 0));
  });

  fileInput?.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    let error = '';
    try {
      // A bad file changes nothing: state is only touched after the whole file validates.
      const r = file.size > MAX_IMPORT_BYTES ? null : parseImport(await file.text(), known);
      if (!r) error = 'too-large';
      else if (!r.ok) error = r.error;
      else {
        apply(r.checked);
        save();
        say(fmt('imported', r.checked.length) + (r.unknown ? ` ${fmt('unknown', r.unknown)}` : ''));
      }
    } catch {
      error = 'read';
    }
    if (error) say(`${fmt(error, 0)} ${fmt('unchanged', 0)}`, true);
    fileInput.value = ''; // the same file can be chosen again
  });

  onClick('reset', () => {
    if (!confirm(fmt('confirm', 0))) return;
    write(null);
    apply([]);
    say(fmt('cleared', 0));
  });
  onClick('print', () => print());

  const controls = root.querySelector<HTMLElement>('[data-sa-controls]');
  if (controls) controls.hidden = false;
  apply(read());
  if (blocked) say(fmt('noStorage', 0), true);
}

const root = document.querySelector<HTMLElement>('[data-island="self-assessment"]');
if (root) init(root);
