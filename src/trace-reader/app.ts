// The trace reader on the page: input (paste, file, drop, examples), parsing in a Worker with
// progress, the views of each format, the address bar and the saved last input.
// Input rules:
//   • up to TEXTAREA_MAX characters the text lives in the text box, editable;
//   • above, the text box would become the bottleneck: the text is kept as a Blob (in memory and in
//     IndexedDB) and the page shows its size, line count and first lines;
//   • above INPUT_MAX the input is not read, and the page says so.
import type { GctraceEvent, SchedTickRecord, TraceError } from '../../simulators/trace/types.ts';
import type { TraceFormat } from './detect.ts';
import { EXAMPLES, exampleById } from './examples.ts';
import { createParseClient } from './parse-client.ts';
import type { ParseBatch, ParserSet, UiCycle } from './protocol.ts';
import { loadInput, saveInput, type StoredInput } from './store.ts';
import { INPUT_MAX, TEXTAREA_MAX } from './limits.ts';
import { num, size, translator, type Tr } from './strings.ts';
import { readUrl, TRACE_IN_URL_MAX, utf8Length, writeUrl, type UrlView } from './url.ts';
import { createGcViews, type GcViews } from './gc-view.ts';
import { createSchedViews, type SchedViews } from './sched-view.ts';

const ERRORS_SHOWN = 20;

export interface Parsed {
  cycles: UiCycle[];
  events: GctraceEvent[];
  ticks: SchedTickRecord[];
  errors: TraceError[];
  errorCount: number;
  lines: number;
  chars: number;
  ranGc: boolean;
  ranSched: boolean;
  head: string[];
}

type Source =
  | { kind: 'none' }
  | { kind: 'text'; example: string | null; fromUrl: boolean }
  | { kind: 'blob'; blob: Blob; name: string | null; origin: 'paste' | 'file'; lines: number | null; head: string[] };

/** What the reader had before an example, a file or Clear replaced it (one level of undo). */
type Previous = { kind: 'text'; text: string } | { kind: 'blob'; blob: Blob; name: string | null; origin: 'paste' | 'file' };

export interface TraceReaderHook {
  parsing: boolean;
  /** Parses completed since the page loaded. */
  parses: number;
  /** Inputs saved to IndexedDB since the page loaded. */
  saves: number;
  /** performance.now() when the last parse's final batch arrived, and how long the views took to draw. */
  doneAt: number;
  renderMs: number;
  /** The longest time one progress batch took on the main thread (ms). */
  batchMs: number;
  /** Fractions reported by the progress batches of the last parse (for tests: progress was shown). */
  fractions: number[];
  progressEvents: number;
  parsed: Parsed | null;
  format: TraceFormat | null;
}

export function createApp(root: HTMLElement): void {
  const strings = JSON.parse(root.querySelector('.tr-strings')?.textContent ?? '{}') as Record<string, string>;
  const t: Tr = translator(strings);
  const q = <E extends Element>(sel: string): E => root.querySelector(sel) as E;
  const el = {
    input: q<HTMLElement>('.tr-input'),
    text: q<HTMLTextAreaElement>('.tr-text'),
    big: q<HTMLElement>('.tr-big'),
    bigSummary: q<HTMLElement>('.tr-big-summary'),
    bigHead: q<HTMLElement>('.tr-big-head'),
    file: q<HTMLInputElement>('.tr-file'),
    fileButton: q<HTMLButtonElement>('.tr-file-button'),
    example: q<HTMLSelectElement>('.tr-example'),
    clear: q<HTMLButtonElement>('.tr-clear'),
    restore: q<HTMLButtonElement>('.tr-restore'),
    format: q<HTMLSelectElement>('.tr-format'),
    detected: q<HTMLElement>('.tr-detected'),
    progress: q<HTMLElement>('.tr-progress'),
    bar: q<HTMLProgressElement>('.tr-progress progress'),
    progressText: q<HTMLElement>('.tr-progress-text'),
    cancel: q<HTMLButtonElement>('.tr-cancel'),
    message: q<HTMLElement>('.tr-message'),
    alert: q<HTMLElement>('.tr-alert'),
    errors: q<HTMLDetailsElement>('.tr-errors'),
    results: q<HTMLElement>('.tr-results'),
    copy: q<HTMLButtonElement>('.tr-copy'),
    shareNote: q<HTMLElement>('.tr-share-note'),
  };

  const client = createParseClient();
  let source: Source = { kind: 'none' };
  let previous: Previous | null = null;
  let parsed: Parsed | null = null;
  let parsers: ParserSet = 'auto';
  let shown: TraceFormat | null = null;
  let textTimer = 0;
  let saveTimer = 0;
  const hook: TraceReaderHook = { parsing: false, parses: 0, saves: 0, doneAt: 0, renderMs: 0, batchMs: 0, fractions: [], progressEvents: 0, parsed: null, format: null };
  (window as unknown as { __traceReader?: TraceReaderHook }).__traceReader = hook;

  const initialUrl = readUrl(location.search);
  let urlView: UrlView = initialUrl.view;

  const onState = (): void => syncUrl();
  const gcViews: GcViews = createGcViews(q<HTMLElement>('.tr-gctrace'), t, onState, initialUrl.view);
  const schedViews: SchedViews = createSchedViews(q<HTMLElement>('.tr-schedtrace'), t, onState, initialUrl.view);

  // ── messages ──────────────────────────────────────────────────────────────────────────────

  function say(text: string): void {
    el.message.textContent = text;
  }

  function alertBox(text: string | null): void {
    el.alert.hidden = text === null;
    el.alert.textContent = text ?? '';
  }

  // ── the input ─────────────────────────────────────────────────────────────────────────────

  function currentText(): string {
    return el.text.value;
  }

  function hasReaderInput(): boolean {
    if (source.kind === 'blob') return true;
    return source.kind === 'text' && source.example === null && !source.fromUrl && currentText().trim() !== '';
  }

  function remember(): void {
    if (!hasReaderInput()) return;
    previous = source.kind === 'blob' ? { kind: 'blob', blob: source.blob, name: source.name, origin: source.origin } : { kind: 'text', text: currentText() };
    el.restore.hidden = false;
  }

  function showBig(on: boolean): void {
    el.big.hidden = !on;
    el.text.hidden = on;
  }

  function bigSummary(): void {
    if (source.kind !== 'blob') return;
    const what = source.origin === 'file' && source.name ? t('input.bigFile', { name: source.name, size: size(source.blob.size) }) : t('input.bigPaste', { size: size(source.blob.size) });
    const lines = source.lines === null ? t('input.countingLines') : t('input.lines', { n: num(source.lines) });
    el.bigSummary.textContent = `${what}, ${lines}. ${t('input.bigKept')}`;
    el.bigHead.textContent = source.head.length ? `${source.head.join('\n')}\n…` : '';
    el.bigHead.hidden = source.head.length === 0;
  }

  /** Puts text in the text box (or, when too long for it, in a Blob) and parses it. */
  function setText(text: string, opts: { example?: string | null; fromUrl?: boolean; persist?: boolean } = {}): void {
    if (text.length > TEXTAREA_MAX) {
      setBlob(new Blob([text], { type: 'text/plain' }), null, 'paste', firstLines(text));
      return;
    }
    showBig(false);
    el.text.value = text;
    source = { kind: 'text', example: opts.example ?? null, fromUrl: opts.fromUrl ?? false };
    el.example.value = opts.example ?? '';
    if (opts.persist !== false) persist();
    syncUrl();
    parseNow();
  }

  function setBlob(blob: Blob, name: string | null, origin: 'paste' | 'file', head: string[] = [], save = true): void {
    if (blob.size > INPUT_MAX) {
      alertBox(t('input.tooBig', { size: size(blob.size) }));
      return;
    }
    el.text.value = '';
    source = { kind: 'blob', blob, name, origin, lines: null, head };
    el.example.value = '';
    showBig(true);
    bigSummary();
    if (save) persist();
    syncUrl();
    parseNow();
  }

  function firstLines(text: string): string[] {
    const out: string[] = [];
    let at = 0;
    while (out.length < 12 && at < text.length) {
      let nl = text.indexOf('\n', at);
      if (nl === -1) nl = text.length;
      out.push(text.slice(at, Math.min(nl, at + 400)));
      at = nl + 1;
    }
    return out;
  }

  function clearAll(): void {
    const own = hasReaderInput();
    remember();
    client.cancel();
    el.text.value = '';
    showBig(false);
    source = { kind: 'none' };
    el.example.value = '';
    parsed = null;
    hook.parsed = null;
    if (own) {
      window.clearTimeout(saveTimer);
      void saveInput(null).then((ok) => {
        if (ok) hook.saves++;
      });
    }
    alertBox(null);
    progressDone();
    renderResults();
    say(t(own ? 'input.cleared' : 'input.clearedShown'));
    syncUrl();
  }

  function persist(): void {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => {
      let v: StoredInput | null = null;
      if (source.kind === 'text') {
        // A link's trace or an example is not the reader's own input: keep what they saved (the
        // address bar holds the example, so a reload shows it again).
        if (source.fromUrl || source.example) return;
        v = currentText() ? { kind: 'text', text: currentText(), parsers } : null;
      } else if (source.kind === 'blob') {
        v = { kind: 'blob', blob: source.blob, name: source.name, origin: source.origin, parsers };
      }
      void saveInput(v).then((ok) => {
        if (ok) hook.saves++;
        else if (v !== null) say(t('input.notSaved'));
      });
    }, 300);
  }

  el.text.addEventListener('paste', (e) => {
    const data = e.clipboardData?.getData('text/plain');
    if (data === undefined) return;
    const before = el.text.value.slice(0, el.text.selectionStart);
    const after = el.text.value.slice(el.text.selectionEnd);
    const total = before.length + data.length + after.length;
    if (total <= TEXTAREA_MAX) return; // the text box takes it; the input event parses
    e.preventDefault();
    if (total > INPUT_MAX) {
      alertBox(t('input.tooBig', { size: size(total) }));
      return;
    }
    remember();
    const text = before || after ? before + data + after : data;
    setBlob(new Blob([text], { type: 'text/plain' }), null, 'paste', firstLines(text));
  });

  el.text.addEventListener('input', () => {
    alertBox(null);
    if (el.text.value.length > TEXTAREA_MAX) {
      const text = el.text.value;
      if (text.length > INPUT_MAX) {
        el.text.value = '';
        alertBox(t('input.tooBig', { size: size(text.length) }));
        return;
      }
      setBlob(new Blob([text], { type: 'text/plain' }), null, 'paste', firstLines(text));
      return;
    }
    source = { kind: 'text', example: null, fromUrl: false };
    el.example.value = '';
    window.clearTimeout(textTimer);
    textTimer = window.setTimeout(() => {
      persist();
      syncUrl();
      parseNow();
    }, 350);
  });

  el.fileButton.addEventListener('click', () => el.file.click());
  el.file.addEventListener('change', () => {
    const f = el.file.files?.[0];
    if (f) openFile(f);
    el.file.value = '';
  });

  function openFile(f: File): void {
    alertBox(null);
    if (f.size > INPUT_MAX) {
      alertBox(t('input.tooBig', { size: size(f.size) }));
      return;
    }
    remember();
    if (f.size <= TEXTAREA_MAX) {
      f.text().then(
        (text) => {
          setText(text);
          say(t('input.fileRead', { name: f.name, size: size(f.size) }));
        },
        () => alertBox(t('input.fileFailed', { name: f.name })),
      );
      return;
    }
    f.slice(0, 64 * 1024)
      .text()
      .then(
        (head) => setBlob(f, f.name, 'file', firstLines(head)),
        () => alertBox(t('input.fileFailed', { name: f.name })),
      );
  }

  // Drag and drop: a file anywhere on the input area, or text.
  let dragDepth = 0;
  el.input.addEventListener('dragenter', (e) => {
    e.preventDefault();
    dragDepth++;
    el.input.classList.add('is-dragging');
  });
  el.input.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  el.input.addEventListener('dragleave', () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) el.input.classList.remove('is-dragging');
  });
  el.input.addEventListener('drop', (e) => {
    e.preventDefault();
    dragDepth = 0;
    el.input.classList.remove('is-dragging');
    const dt = e.dataTransfer;
    if (!dt) return;
    const f = dt.files?.[0];
    if (f) {
      openFile(f);
      return;
    }
    const text = dt.getData('text/plain');
    if (text) {
      remember();
      setText(text);
    }
  });

  el.example.addEventListener('change', () => {
    const id = el.example.value;
    if (!id) return;
    loadExample(id);
  });

  function loadExample(id: string): void {
    const ex = exampleById(id);
    if (!ex) {
      say(t('url.badExample'));
      return;
    }
    remember();
    alertBox(null);
    ex.load().then(
      (text) => setText(text, { example: id }),
      () => alertBox(t('input.exampleFailed')),
    );
  }

  el.clear.addEventListener('click', clearAll);
  el.restore.addEventListener('click', () => {
    const p = previous;
    if (!p) return;
    previous = null;
    el.restore.hidden = true;
    if (p.kind === 'text') setText(p.text);
    else setBlob(p.blob, p.name, p.origin);
    say(t('input.restored'));
  });

  el.format.addEventListener('change', () => {
    parsers = el.format.value as ParserSet;
    persist();
    const need = parsers === 'gctrace' ? !parsed?.ranGc : parsers === 'auto' ? false : !parsed?.ranSched;
    if (need || parsers === 'auto') parseNow();
    else {
      renderResults();
      syncUrl();
    }
  });

  el.cancel.addEventListener('click', cancelParse);
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && client.busy) {
      e.preventDefault();
      cancelParse();
    }
  });

  function cancelParse(): void {
    if (!client.busy) return;
    client.cancel();
    hook.parsing = false;
    progressDone();
    say(t('parse.cancelled'));
  }

  // ── parsing ───────────────────────────────────────────────────────────────────────────────

  function progressDone(): void {
    el.progress.hidden = true;
    root.removeAttribute('data-parsing');
  }

  function parseNow(): void {
    window.clearTimeout(textTimer);
    alertBox(null);
    if (source.kind === 'none' || (source.kind === 'text' && currentText().trim() === '')) {
      client.cancel();
      parsed = null;
      hook.parsed = null;
      progressDone();
      renderResults();
      say('');
      return;
    }
    const src = source.kind === 'blob' ? { blob: source.blob } : { text: currentText() };
    const total = source.kind === 'blob' ? source.blob.size : currentText().length;
    const acc: Parsed = { cycles: [], events: [], ticks: [], errors: [], errorCount: 0, lines: 0, chars: 0, ranGc: false, ranSched: false, head: [] };
    hook.parsing = true;
    hook.fractions = [];
    root.setAttribute('data-parsing', '');
    const showProgress = total > 256 * 1024;
    el.progress.hidden = !showProgress;
    el.bar.value = 0;
    el.progressText.textContent = t('parse.starting');
    if (showProgress) say(t('parse.reading', { size: size(total) }));
    const started = performance.now();
    client.parse(src, parsers, {
      batch(b: ParseBatch) {
        const b0 = performance.now();
        hook.progressEvents++;
        for (const c of b.cycles) acc.cycles.push(c);
        for (const x of b.events) acc.events.push(x);
        for (const x of b.ticks) acc.ticks.push(x);
        for (const x of b.errors) acc.errors.push(x);
        acc.errorCount = b.errorCount;
        acc.lines = b.lines;
        acc.chars = b.chars;
        acc.ranGc = b.gc;
        acc.ranSched = b.sched;
        if (b.head) acc.head = b.head;
        el.bar.value = b.fraction;
        if (b.type === 'progress' && hook.fractions.length < 1000) hook.fractions.push(b.fraction);
        el.progressText.textContent = t('parse.progress', {
          percent: Math.floor(b.fraction * 100),
          lines: num(b.lines),
          records: num(acc.cycles.length + acc.ticks.length),
        });
        hook.batchMs = Math.max(hook.batchMs, performance.now() - b0);
        if (b.type === 'done') {
          hook.doneAt = performance.now();
          progressDone();
          acc.errors.sort((a, c) => a.line - c.line);
          parsed = acc;
          hook.parsed = acc;
          if (source.kind === 'blob') {
            source.lines = acc.lines;
            if (source.head.length === 0) source.head = acc.head;
            bigSummary();
          }
          const secs = (performance.now() - started) / 1000;
          if (showProgress) say(t('parse.doneTimed', { lines: num(acc.lines), s: num(secs, 1) }));
          renderResults();
          hook.renderMs = performance.now() - hook.doneAt;
          hook.parsing = false;
          hook.parses++;
        }
      },
      failed(message) {
        hook.parsing = false;
        progressDone();
        alertBox(t('parse.failed', { message }));
      },
    });
  }

  // ── results ───────────────────────────────────────────────────────────────────────────────

  function formatOf(p: Parsed): TraceFormat | null {
    if (parsers !== 'auto') return parsers;
    const detailed = p.ticks.some((k) => k.detailed);
    if (p.cycles.length > 0 && p.cycles.length >= p.ticks.length) return 'gctrace';
    if (p.ticks.length > 0) return detailed ? 'scheddetail' : 'schedtrace';
    return null;
  }

  function detectedText(p: Parsed): string {
    const found: string[] = [];
    if (p.cycles.length) found.push(t('detect.gc', { n: num(p.cycles.length) }));
    if (p.ticks.length) found.push(t(p.ticks.some((k) => k.detailed) ? 'detect.detail' : 'detect.sched', { n: num(p.ticks.length) }));
    if (found.length === 0) return '';
    return t('detect.found', { what: found.join(t('detect.and')) });
  }

  function renderErrors(p: Parsed | null): void {
    if (!p || p.errorCount === 0) {
      el.errors.hidden = true;
      return;
    }
    el.errors.hidden = false;
    const summary = el.errors.querySelector('summary')!;
    summary.textContent = t('errors.summary', { n: num(p.errorCount) });
    const list = el.errors.querySelector('ol')!;
    list.replaceChildren();
    for (const e of p.errors.slice(0, ERRORS_SHOWN)) {
      const li = document.createElement('li');
      const b = document.createElement('span');
      b.className = 'tr-error-line';
      b.textContent = t('errors.line', { line: num(e.line) });
      li.append(b, document.createTextNode(` ${e.message}`));
      list.append(li);
    }
    const more = el.errors.querySelector('.tr-errors-more') as HTMLElement;
    const rest = p.errorCount - Math.min(ERRORS_SHOWN, p.errors.length);
    more.hidden = rest <= 0;
    more.textContent = rest > 0 ? t('errors.more', { n: num(rest) }) : '';
  }

  function renderResults(): void {
    renderErrors(parsed);
    const p = parsed;
    shown = p ? formatOf(p) : null;
    hook.format = shown;
    el.detected.textContent = p ? detectedText(p) : '';
    const hasGc = !!p && p.cycles.length > 0;
    const hasSched = !!p && p.ticks.length > 0;
    if (p && !hasGc && !hasSched) {
      const unreadable = p.errorCount > 0 ? t('empty.unreadable', { n: num(p.errorCount) }) : '';
      alertBox(`${t('empty.none', { lines: num(p.lines) })} ${unreadable}${t('empty.expect')}`);
    }
    el.results.hidden = !(hasGc || hasSched);
    const showGc = shown === 'gctrace';
    if (showGc && hasGc) gcViews.show(p!.cycles, p!.events);
    else gcViews.hide();
    if ((shown === 'schedtrace' || shown === 'scheddetail') && hasSched) schedViews.show(p!.ticks, shown === 'scheddetail');
    else schedViews.hide();
    if (p && shown && ((showGc && !hasGc) || (!showGc && !hasSched)) && (hasGc || hasSched)) say(t('detect.nothingAs', { format: shown }));
    syncUrl();
  }

  // ── address bar and links ─────────────────────────────────────────────────────────────────

  function viewState(): UrlView {
    const v: UrlView = {};
    if (source.kind === 'text' && source.example) v.example = source.example;
    if (parsers !== 'auto') v.parsers = parsers;
    if (shown === 'gctrace') Object.assign(v, gcViews.urlState());
    else if (shown) Object.assign(v, schedViews.urlState());
    return v;
  }

  function syncUrl(): void {
    urlView = viewState();
    // A trace from a link stays in the address bar until the reader changes it.
    if (source.kind === 'text' && source.fromUrl && !source.example) urlView.trace = currentText();
    const next = `${location.pathname}${writeUrl(location.search, urlView)}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
    shareNote();
  }

  function traceForLink(): string | null {
    if (source.kind !== 'text' || source.example) return null;
    const text = currentText();
    return utf8Length(text) <= TRACE_IN_URL_MAX ? text : null;
  }

  function shareNote(): void {
    let note = '';
    if (source.kind === 'text' && source.example) note = t('share.example');
    else if (source.kind === 'blob') note = t('share.local', { size: size(source.blob.size) });
    else if (source.kind === 'text') {
      const n = utf8Length(currentText());
      note = n <= TRACE_IN_URL_MAX ? t('share.inLink', { size: size(n) }) : t('share.local', { size: size(n) });
    }
    el.shareNote.textContent = note;
  }

  el.copy.addEventListener('click', () => {
    const v = viewState();
    const tr = traceForLink();
    if (tr !== null && tr !== '') v.trace = tr;
    const url = `${location.origin}${location.pathname}${writeUrl(location.search, v)}`;
    const done = (): void => say(t('share.copied'));
    const fallback = (): void => {
      window.prompt(t('share.copyThis'), url);
    };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(done, fallback);
    else fallback();
  });

  // ── start ─────────────────────────────────────────────────────────────────────────────────

  for (const ex of EXAMPLES) {
    const o = document.createElement('option');
    o.value = ex.id;
    o.textContent = t(`example.${ex.id}`);
    el.example.append(o);
  }

  /** What the reader saved, as a Previous (for "Restore previous input"), without loading it. */
  async function savedAsPrevious(stored: StoredInput | null): Promise<Previous | null> {
    if (!stored) return null;
    if (stored.kind === 'text') return stored.text.trim() ? { kind: 'text', text: stored.text } : null;
    if (stored.kind === 'blob') return { kind: 'blob', blob: stored.blob, name: stored.name, origin: stored.origin };
    return null;
  }

  async function start(): Promise<void> {
    if (initialUrl.dropped.length) say(t('url.dropped', { names: initialUrl.dropped.join(', ') }));
    if (urlView.parsers) {
      parsers = urlView.parsers;
      el.format.value = parsers;
    }
    const stored = await loadInput();
    // A link's trace or example is shown without replacing what the reader saved: that stays one
    // click away, and is only overwritten when they change the input themselves.
    if (urlView.trace !== undefined || (urlView.example && exampleById(urlView.example))) {
      previous = await savedAsPrevious(stored);
      el.restore.hidden = previous === null;
      if (urlView.trace !== undefined) setText(urlView.trace, { fromUrl: true, persist: false });
      else {
        const id = urlView.example!;
        const text = await exampleById(id)!
          .load()
          .catch(() => null);
        if (text === null) alertBox(t('input.exampleFailed'));
        else setText(text, { example: id, fromUrl: true, persist: false });
      }
      return;
    }
    if (urlView.example) say(t('url.badExample'));
    if (!stored) return;
    if (!urlView.parsers && stored.parsers) {
      parsers = stored.parsers;
      el.format.value = parsers;
    }
    if (stored.kind === 'text') setText(stored.text, { persist: false });
    else if (stored.kind === 'example' && exampleById(stored.id)) {
      const text = await exampleById(stored.id)!.load();
      setText(text, { example: stored.id, persist: false });
    } else if (stored.kind === 'blob') {
      const head = await stored.blob
        .slice(0, 64 * 1024)
        .text()
        .catch(() => '');
      setBlob(stored.blob, stored.name, stored.origin, firstLines(head), false);
    }
    say(t('input.restoredSaved'));
  }

  void start().finally(() => root.setAttribute('data-ready', 'true'));
}
