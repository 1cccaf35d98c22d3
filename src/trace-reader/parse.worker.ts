// Parses a trace off the main thread, in slices, posting progress and the records found so far:
// a 50 MB paste never blocks the page. A File or Blob is read as a stream (never whole).
import { createGctraceParser, createSchedtraceParser, toGcCycle, type GctraceParser, type SchedtraceParser } from '../../simulators/trace/index.ts';
import { DETECT_CHARS, detectFormat } from './detect.ts';
import { MAX_ERRORS, type ParseBatch, type ParseRequest, type WorkerMessage } from './protocol.ts';
import type { TraceError } from '../../simulators/trace/types.ts';

// Slices of 512 KiB: each batch the page receives stays small enough to unpack between frames.
const SLICE = 1 << 19;
const HEAD_LINES = 12;

declare const self: { onmessage: ((e: MessageEvent<ParseRequest>) => void) | null; postMessage(m: WorkerMessage): void };

self.onmessage = (e) => {
  run(e.data).catch((err: unknown) => self.postMessage({ id: e.data.id, type: 'failed', message: err instanceof Error ? err.message : String(err) }));
};

async function run(req: ParseRequest): Promise<void> {
  const total = 'text' in req.source ? req.source.text.length : req.source.blob.size;
  let gc = null as GctraceParser | null;
  let sched = null as SchedtraceParser | null;
  let started = false;
  let pending = '';
  let chars = 0;
  let lines = 0;
  let errorCount = 0;
  let sentErrors = 0;
  let head: string[] | undefined;
  let headSent = false;

  function start(headText: string): void {
    started = true;
    let useGc = req.parsers === 'gctrace';
    let useSched = req.parsers === 'schedtrace' || req.parsers === 'scheddetail';
    if (req.parsers === 'auto') {
      const d = detectFormat(headText);
      useGc = d.gc > 0 || d.primary === null;
      useSched = d.sched > 0 || d.detail > 0 || d.primary === null;
    }
    if (useGc) gc = createGctraceParser({ totalChars: total });
    if (useSched) sched = createSchedtraceParser({ totalChars: total });
    const hl: string[] = [];
    let at = 0;
    while (hl.length < HEAD_LINES && at < headText.length) {
      let nl = headText.indexOf('\n', at);
      if (nl === -1) nl = headText.length;
      hl.push(headText.slice(at, Math.min(nl, at + 400)));
      at = nl + 1;
    }
    head = hl;
  }

  function feed(chunk: string): void {
    if (!started) {
      pending += chunk;
      if (pending.length < DETECT_CHARS) return;
      start(pending);
      chunk = pending;
      pending = '';
    }
    chars += chunk.length;
    gc?.push(chunk);
    sched?.push(chunk);
  }

  function batch(type: 'progress' | 'done', fraction: number): ParseBatch {
    const g = gc ? (type === 'done' ? (gc.end(), gc.drain()) : gc.drain()) : null;
    const s = sched ? (type === 'done' ? (sched.end(), sched.drain()) : sched.drain()) : null;
    const errs: TraceError[] = [];
    for (const list of [g?.errors ?? [], s?.errors ?? []]) {
      errorCount += list.length;
      for (const er of list) if (sentErrors + errs.length < MAX_ERRORS) errs.push(er);
    }
    sentErrors += errs.length;
    errs.sort((a, b) => a.line - b.line);
    const p = (gc ?? sched)?.progress();
    lines = p ? p.lines : lines;
    const out: ParseBatch = {
      id: req.id,
      type,
      chars,
      lines,
      fraction,
      gc: gc !== null,
      sched: sched !== null,
      cycles: (g?.cycles ?? []).map((c) => ({ ...toGcCycle(c), line: c.line, format: c.format })),
      events: g?.events ?? [],
      ticks: s?.ticks ?? [],
      errors: errs,
      errorCount,
    };
    if (head && !headSent) {
      out.head = head;
      headSent = true;
    }
    return out;
  }

  if ('text' in req.source) {
    const text = req.source.text;
    for (let i = 0; i < text.length; i += SLICE) {
      feed(text.slice(i, i + SLICE));
      if (started) self.postMessage(batch('progress', Math.min(1, (i + SLICE) / Math.max(1, text.length))));
    }
  } else {
    // The stream's chunks can be megabytes long: feed them in slices, with a batch after each.
    const reader = req.source.blob.stream().getReader();
    const decoder = new TextDecoder();
    let bytes = 0;
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      const before = bytes;
      bytes += r.value.byteLength;
      const text = decoder.decode(r.value, { stream: true });
      for (let i = 0; i < text.length; i += SLICE) {
        feed(text.slice(i, i + SLICE));
        const done = Math.min(1, (i + SLICE) / Math.max(1, text.length));
        if (started) self.postMessage(batch('progress', total > 0 ? (before + done * r.value.byteLength) / total : 1));
      }
    }
    feed(decoder.decode());
  }
  if (!started) start(pending);
  if (pending) {
    const rest = pending;
    pending = '';
    chars += rest.length;
    gc?.push(rest);
    sched?.push(rest);
  }
  self.postMessage(batch('done', 1));
}
