// Public API of the trace parsers: real GODEBUG=gctrace=1 and schedtrace[,scheddetail=1] output,
// from any Go release since 1.5 (versions.ts lists the formats). Pure and DOM-free; never throws.
//
// In a Web Worker, a 50 MB paste parses in slices with progress:
//   const p = createGctraceParser({ totalChars: text.length });
//   for (let i = 0; i < text.length; i += 1 << 20) {
//     p.push(text.slice(i, i + (1 << 20)));
//     postMessage({ progress: p.progress(), batch: p.drain() });
//   }
//   p.end(); postMessage({ done: true, batch: p.drain() });
export { createGctraceParser, parseGctrace, parseGctraceRecords, toGcCycle } from './gctrace.ts';
export type { GctraceParser, StreamOptions } from './gctrace.ts';
export { createSchedtraceParser, parseSchedtrace, parseSchedtraceRecords, toSchedTick } from './schedtrace.ts';
export type { SchedtraceParser } from './schedtrace.ts';
export { summarizeGctrace, type GctraceSummary } from './summary.ts';
export { runQueueMatrix, type RunQueueMatrix } from './runq-matrix.ts';
export {
  gState,
  pState,
  scheddetailSnapshot,
  type GmpSnapshot,
  type SnapshotG,
  type SnapshotGState,
  type SnapshotM,
  type SnapshotMState,
  type SnapshotP,
  type SnapshotPState,
} from './snapshot.ts';
export { fmtNSAsMS, itoaDiv } from '../core/fmtNSAsMS.ts';
export { gcCycleArgs, printGcCycle, printSchedTick, schedTickArgs, type PrintableCycle, type PrintableTick } from './goprint.ts';
export { gctraceFormatVersions, schedtraceFormatVersions } from './versions.ts';
export { CONTINUATION_WINDOW } from './driver.ts';
export type * from './types.ts';
