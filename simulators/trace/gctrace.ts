// GODEBUG=gctrace=1 output → GC cycles. Whole-text and streaming (chunked) entry points.
import { createDriver } from './driver.ts';
import { type GcItem, gctraceGrammar } from './gctrace-grammar.ts';
import { createLineReader } from './lines.ts';
import type { GcCycle, GcCycleRecord, GctraceEvent, GctraceRecords, GctraceResult, ParseProgress, TraceError } from './types.ts';

export interface StreamOptions {
  /** Total length of the text to come (e.g. File.size), for `progress().fraction`. */
  totalChars?: number;
}

export interface GctraceParser {
  /** Feed the next piece of text; pieces may split lines anywhere. */
  push(chunk: string): void;
  /** Flush the last line and return everything parsed. Further pushes are ignored. */
  end(): GctraceRecords;
  progress(): ParseProgress;
  /** Records and errors found since the previous drain (for posting batches from a Worker). */
  drain(): GctraceRecords;
}

export function createGctraceParser(options: StreamOptions = {}): GctraceParser {
  const cycles: GcCycleRecord[] = [];
  const events: GctraceEvent[] = [];
  const errors: TraceError[] = [];
  let drained = { cycles: 0, events: 0, errors: 0 };
  let ended = false;
  const driver = createDriver<GcItem>(gctraceGrammar, {
    record(item, line, _kind, recovered) {
      if ('kind' in item) {
        item.line = line;
        events.push(item);
      } else {
        item.line = line;
        item.recovered = recovered;
        cycles.push(item);
      }
    },
    error(line, message) {
      errors.push({ line, message });
    },
  });
  const reader = createLineReader((text, n) => driver.line(text, n));
  const total = options.totalChars !== undefined && options.totalChars > 0 ? options.totalChars : null;

  return {
    push(chunk) {
      if (!ended) reader.push(chunk);
    },
    end() {
      if (!ended) {
        ended = true;
        reader.end();
        driver.end();
      }
      return { cycles, events, errors };
    },
    progress() {
      return {
        chars: reader.chars,
        lines: reader.lines,
        fraction: total === null ? null : Math.min(1, reader.chars / total),
        records: cycles.length + events.length,
        errors: errors.length,
      };
    },
    drain() {
      const out = {
        cycles: cycles.slice(drained.cycles),
        events: events.slice(drained.events),
        errors: errors.slice(drained.errors),
      };
      drained = { cycles: cycles.length, events: events.length, errors: errors.length };
      return out;
    },
  };
}

/** Everything the parser read: cycles with line numbers and format, scavenger and "GC forced" lines. */
export function parseGctraceRecords(text: string): GctraceRecords {
  const p = createGctraceParser();
  p.push(typeof text === 'string' ? text : '');
  return p.end();
}

/** The public cycle shape of a record (drops line, format and raw phase lists; shares clock/cpu/heap). */
export function toGcCycle(r: GcCycleRecord): GcCycle {
  const c: GcCycle = {
    n: r.n,
    at: r.at,
    cpuPercent: r.cpuPercent,
    forced: r.forced,
    clock: r.clock,
    cpu: r.cpu,
    heap: r.heap,
    goal: r.goal,
    procs: r.procs,
  };
  if (r.stacks !== undefined) c.stacks = r.stacks;
  if (r.globals !== undefined) c.globals = r.globals;
  return c;
}

/**
 * Parses GODEBUG=gctrace=1 output. Other program output is ignored; lines that start like a
 * gctrace line ("gc N @…") but cannot be read are listed in `errors` with their 1-based line.
 * Never throws.
 */
export function parseGctrace(text: string): GctraceResult {
  const r = parseGctraceRecords(text);
  return { cycles: r.cycles.map(toGcCycle), errors: r.errors };
}
