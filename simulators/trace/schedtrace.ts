// GODEBUG=schedtrace=X[,scheddetail=1] output → scheduler ticks. Whole-text and streaming entry points.
import { createDriver } from './driver.ts';
import type { StreamOptions } from './gctrace.ts';
import { createLineReader } from './lines.ts';
import { type SchedItem, schedtraceGrammar } from './schedtrace-grammar.ts';
import type { ParseProgress, SchedTick, SchedTickRecord, SchedtraceRecords, SchedtraceResult, TraceError } from './types.ts';

export interface SchedtraceParser {
  push(chunk: string): void;
  end(): SchedtraceRecords;
  progress(): ParseProgress;
  /**
   * Ticks completed and errors found since the previous drain. A scheddetail tick is complete
   * when the next SCHED line (or the end) arrives, so a drained tick never grows afterwards.
   */
  drain(): SchedtraceRecords;
}

export function createSchedtraceParser(options: StreamOptions = {}): SchedtraceParser {
  const ticks: SchedTickRecord[] = [];
  const errors: TraceError[] = [];
  let open: SchedTickRecord | null = null; // the latest tick; P/M/G lines attach to it
  let drained = { ticks: 0, errors: 0 };
  let ended = false;

  function close(): void {
    if (open !== null) ticks.push(open);
    open = null;
  }

  function orphan(line: number, what: string): void {
    errors.push({ line, message: `${what} line outside a scheddetail block (no SCHED … gcwaiting= line before it)` });
  }

  const driver = createDriver<SchedItem>(schedtraceGrammar, {
    record(item, line, _kind, recovered) {
      if ('tick' in item) {
        close();
        item.tick.line = line;
        item.tick.recovered = recovered;
        open = item.tick;
        return;
      }
      const t = open;
      if (t === null || !t.detailed) {
        orphan(line, 'p' in item ? 'P' : 'm' in item ? 'M' : 'G');
        return;
      }
      if (item.absent !== null) t.format.absent = item.absent;
      if ('p' in item) {
        item.p.line = line;
        t.format.timerslen = item.p.timerslen !== undefined;
        t.ps!.push(item.p);
      } else if ('m' in item) {
        item.m.line = line;
        t.format.helpgc = item.m.helpgc !== undefined;
        t.ms!.push(item.m);
      } else {
        item.g.line = line;
        t.gs!.push(item.g);
      }
      if (recovered) t.recovered = true;
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
        close();
      }
      return { ticks, errors };
    },
    progress() {
      return {
        chars: reader.chars,
        lines: reader.lines,
        fraction: total === null ? null : Math.min(1, reader.chars / total),
        records: ticks.length + (open === null ? 0 : 1),
        errors: errors.length,
      };
    },
    drain() {
      const out = { ticks: ticks.slice(drained.ticks), errors: errors.slice(drained.errors) };
      drained = { ticks: ticks.length, errors: errors.length };
      return out;
    },
  };
}

export function parseSchedtraceRecords(text: string): SchedtraceRecords {
  const p = createSchedtraceParser();
  p.push(typeof text === 'string' ? text : '');
  return p.end();
}

/** The public tick shape of a record. */
export function toSchedTick(r: SchedTickRecord): SchedTick {
  const t: SchedTick = {
    atMs: r.atMs,
    gomaxprocs: r.gomaxprocs,
    idleprocs: r.idleprocs,
    threads: r.threads,
    spinningthreads: r.spinningthreads,
    idlethreads: r.idlethreads,
    runqueue: r.runqueue,
  };
  if (r.needspinning !== undefined) t.needspinning = r.needspinning;
  if (r.runqsizes !== undefined) t.runqsizes = r.runqsizes.slice();
  if (r.ps !== undefined) {
    t.ps = r.ps.map((p) => {
      const o: NonNullable<SchedTick['ps']>[number] = {
        id: p.id,
        status: p.status,
        schedtick: p.schedtick,
        syscalltick: p.syscalltick,
        m: p.m,
        runqsize: p.runqsize,
        gfreecnt: p.gfreecnt,
      };
      if (p.timerslen !== undefined) o.timerslen = p.timerslen;
      return o;
    });
  }
  if (r.ms !== undefined) t.ms = r.ms.map((m) => ({ id: m.id, p: m.p, curg: m.curg, spinning: m.spinning, blocked: m.blocked }));
  if (r.gs !== undefined) {
    t.gs = r.gs.map((g) => {
      const o: NonNullable<SchedTick['gs']>[number] = { id: g.id, status: g.status, m: g.m };
      if (g.waitreason !== undefined) o.waitreason = g.waitreason;
      return o;
    });
  }
  return t;
}

/**
 * Parses GODEBUG=schedtrace output, with or without scheddetail=1. Other program output is
 * ignored; SCHED/P/M/G lines that cannot be read are listed in `errors`. Never throws.
 */
export function parseSchedtrace(text: string): SchedtraceResult {
  const r = parseSchedtraceRecords(text);
  return { ticks: r.ticks.map(toSchedTick), errors: r.errors };
}
