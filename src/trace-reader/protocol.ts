// Messages between the page and the parsing Worker (parse.worker.ts).
import type { GcCycle, GctraceEvent, GctraceFormat, SchedTickRecord, TraceError } from '../../simulators/trace/types.ts';
import type { TraceFormat } from './detect.ts';

export type ParserSet = 'auto' | TraceFormat;

/** A cycle as the page keeps it: the public shape, its line and its format (the raw phase lists stay in the Worker). */
export type UiCycle = GcCycle & { line: number; format: GctraceFormat };

export interface ParseRequest {
  id: number;
  /** The text itself (small inputs) or a Blob/File (large ones: read in slices, never whole). */
  source: { text: string } | { blob: Blob };
  /** Which parsers: 'auto' reads the head and runs what it finds (both when unsure). */
  parsers: ParserSet;
}

/** Errors kept and sent; the rest are only counted. */
export const MAX_ERRORS = 500;

export interface ParseBatch {
  id: number;
  type: 'progress' | 'done';
  /** UTF-16 chars read, complete lines read, share of the input read (0..1). */
  chars: number;
  lines: number;
  fraction: number;
  /** Which parsers run: set once the head was read. */
  gc: boolean;
  sched: boolean;
  cycles: UiCycle[];
  events: GctraceEvent[];
  ticks: SchedTickRecord[];
  errors: TraceError[];
  /** Errors found so far in all, including those not sent. */
  errorCount: number;
  /** The first lines of the input, for the summary of a large paste (first batch only). */
  head?: string[];
}

export interface ParseFailure {
  id: number;
  type: 'failed';
  message: string;
}

export type WorkerMessage = ParseBatch | ParseFailure;
