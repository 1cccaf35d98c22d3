// Which trace a text holds, from its first lines: gctrace ("gc 12 @3.4s 5%: …"), schedtrace
// ("SCHED 1004ms: gomaxprocs=…"), or schedtrace with scheddetail=1 (the SCHED line carries
// gcwaiting=…, and P/M/G lines follow). Only a guess for picking parsers and a view: the parsers
// themselves decide what each line is. Pure and DOM-free.

export type TraceFormat = 'gctrace' | 'schedtrace' | 'scheddetail';

export interface Detection {
  /** Lines that start a gctrace cycle ("gc N @"). */
  gc: number;
  /** SCHED summary lines. */
  sched: number;
  /** SCHED lines of scheddetail=1, and P/M/G detail lines. */
  detail: number;
  /** The format with the most evidence, or null when there is none. */
  primary: TraceFormat | null;
  /** Every format seen (a program run with GODEBUG=gctrace=1,schedtrace=1000 prints both). */
  formats: TraceFormat[];
}

// As loose as the parsers' own record starts: a line that starts like a record should reach the
// parser, which then reads it or reports it.
const GC = /\bgc \d+ @/;
const SCHED = /SCHED \d+ms: /;
const DETAIL_LINE = /^\s+[PMG]\d+: (?:status=|p=)/;

/** How much of a text detection reads (the head; traces are uniform). */
export const DETECT_CHARS = 256 * 1024;

export function detectFormat(text: string): Detection {
  const head = text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text;
  let gc = 0;
  let sched = 0;
  let detail = 0;
  let start = 0;
  while (start <= head.length) {
    let end = head.indexOf('\n', start);
    if (end === -1) end = head.length;
    const line = head.slice(start, end);
    if (line.includes('gc ') && GC.test(line)) gc++;
    if (line.includes('SCHED ') && SCHED.test(line)) {
      sched++;
      if (line.includes(' gcwaiting=')) detail++;
    } else if (DETAIL_LINE.test(line)) detail++;
    start = end + 1;
  }
  const formats: TraceFormat[] = [];
  if (gc > 0) formats.push('gctrace');
  if (sched > 0 || detail > 0) formats.push(detail > 0 ? 'scheddetail' : 'schedtrace');
  let primary: TraceFormat | null = null;
  // Compare printed records, not lines: one scheddetail tick is many lines.
  if (gc > 0 || sched > 0 || detail > 0) primary = gc >= Math.max(sched, detail > 0 ? 1 : 0) && gc > 0 ? 'gctrace' : detail > 0 ? 'scheddetail' : 'schedtrace';
  return { gc, sched, detail, primary, formats };
}
