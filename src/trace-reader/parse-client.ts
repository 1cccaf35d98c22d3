// Runs parses in the Worker, one at a time: a new parse (or cancel) ends the one in flight by
// terminating its Worker, which is immediate even in the middle of a slice.
import type { ParseBatch, ParseRequest, ParserSet, WorkerMessage } from './protocol.ts';

export interface ParseHandlers {
  batch(b: ParseBatch): void;
  failed(message: string): void;
}

export interface ParseClient {
  parse(source: ParseRequest['source'], parsers: ParserSet, h: ParseHandlers): void;
  cancel(): void;
  readonly busy: boolean;
}

export function createParseClient(): ParseClient {
  let worker: Worker | null = null;
  let id = 0;
  let busy = false;
  let handlers: ParseHandlers | null = null;

  function spawn(): Worker {
    const w = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'trace-parser' });
    w.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.id !== id || !handlers) return;
      if (m.type === 'failed') {
        busy = false;
        handlers.failed(m.message);
        return;
      }
      if (m.type === 'done') busy = false;
      handlers.batch(m);
    };
    w.onerror = (e) => {
      e.preventDefault();
      if (!busy || !handlers) return;
      busy = false;
      handlers.failed(e.message || 'worker error');
      worker?.terminate();
      worker = null;
    };
    return w;
  }

  return {
    parse(source, parsers, h) {
      if (busy && worker) {
        worker.terminate();
        worker = null;
      }
      worker ??= spawn();
      handlers = h;
      busy = true;
      id++;
      const req: ParseRequest = { id, source, parsers };
      worker.postMessage(req);
    },
    cancel() {
      if (busy && worker) {
        worker.terminate();
        worker = null;
      }
      busy = false;
      handlers = null;
      id++;
    },
    get busy() {
      return busy;
    },
  };
}
