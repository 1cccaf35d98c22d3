// Which Go versions printed which trace format, and how sure we are.
// [V] read in the Go source named; [V-copy] read in a copy of the Go source whose exact release is
// inferred from its contents; [U] inferred, not checked against a tagged release.
//
// gctrace (runtime/mgc.go gcMarkTermination; the format doc is in runtime/extern.go)
// | variation                                                    | Go          | evidence |
// |--------------------------------------------------------------|-------------|----------|
// | 5 clock phases "a+b+c+d+e ms clock" (sweep term, scan,       | 1.5 – 1.6   | [V-copy] 1.5 extern.go doc and print loop; golang/go#13536: in 1.6 scan and "synchronize Ps" are always 0; commit 1f26864f removed them |
// |   synchronize Ps, mark, mark term) and 7 CPU values          |             |          |
// |   "a+b+c+d/e/f+g" (…, scan, install WB, assist/bg/idle, …)   |             |          |
// | 3 clock phases "a+b+c ms clock", 5 CPU values "a+b/c/d+e"     | 1.7 –       | [V-copy] commit 1f26864f; [V] go1.19.8 mgc.go |
// | "# MB goal, # P" (no stacks/globals)                         | 1.5 – 1.17  | [V-copy] 1.5–1.17 copies; 1.18 boundary [U] (golang/go#54649 compares 1.18 and 1.19 stack figures) |
// | "# MB goal, # MB stacks, # MB globals, # P"                  | 1.18 –      | [V] go1.19.8 mgc.go and the current mgc.go; added with the 1.18 pacer redesign [U] |
// | " (forced)" suffix                                           | 1.5 –       | [V] 1.5: work.mode != gcBackgroundMode; current: work.userForced (runtime.GC) |
// | "scvgK: N MB released", "scvgK: inuse: …, consumed: … (MB)"  | 1.5 – 1.12  | [V-copy] mheap.go scavenge(k, …); K = -1 for debug.FreeOSMemory |
// | "scvg: …" (no K, background scavenger)                       | 1.13        | [V-copy] mgcscavenge.go bgscavenge; replaced by GODEBUG=scavtrace ("scav …") in 1.14 [U] |
// | "GC forced" (the forcegc helper's periodic GC)               | 1.5 –       | [V] go1.19.8 and current proc.go forcegchelper |
// | "gcN(M): …" (pre-concurrent collector)                       | ≤ 1.4       | not parsed: reported as an error |
// Numbers: times via fmtNSAsMS ("0.058", "0.74", "1.0", "12": two significant digits below 10 ms,
// whole ms above); "@0.022s" via itoaDiv(…, 3); sizes are whole MB (bytes >> 20). [V] go1.19.8.
//
// schedtrace (runtime/proc.go schedtrace)
// | variation                                                    | Go          | evidence |
// |--------------------------------------------------------------|-------------|----------|
// | header "gomaxprocs= idleprocs= threads= spinningthreads=     | 1.5 –       | [V] go1.19.8, current |
// |   idlethreads= runqueue="                                    |             |          |
// | " needspinning=" after spinningthreads                       | added in 1.20–1.23 [U] | absent in go1.19.8 [V]; present in a Go 1.23-era copy (timers.heap) [V-copy] and current [V] |
// | per-P queues "[2 1]" (tight)                                 | 1.5 – 1.23 or 1.24 [U] | [V] go1.19.8; [V-copy] 1.23-era copy |
// | per-P queues "[ 2 1 ] schedticks=[ 12 15 ]"                  | 1.24 or 1.25 – [U] | [V] current proc.go; Go 1.25 output quoted in third-party posts [S] |
// | scheddetail gcwaiting=/sysmonwait= as 0/1                    | 1.5 – 1.19  | [V] go1.19.8 (uint32 fields) |
// | … as true/false                                              | from 1.20–1.23 [U] | [V] current (atomic.Bool); 1.23-era copy [V-copy] |
// | P "timerslen="                                               | 1.14 – [U]  | per-P timer heaps arrived in 1.14; [V] go1.19.8 and current |
// | absent ids "m=-1", "p=-1", "curg=-1", "lockedg=-1", "lockedm=-1" | 1.5 – 1.19 | [V] go1.19.8 |
// | … as "nil"                                                   | from 1.20–1.23 [U] | [V] current; 1.23-era copy [V-copy] |
// | M "helpgc="                                                  | 1.5 – 1.11 [U] | [V-copy] 1.5-era copies; removed with the gchelper mechanism |
// | G "status=N(waitreason) m= lockedm="                         | 1.5 –       | [V] go1.19.8, current; reasons may contain "()": "force gc (idle)" |
import type { GctraceFormat, SchedtraceFormat } from './types.ts';

/** The Go releases whose gctrace cycle lines have this format. */
export function gctraceFormatVersions(f: GctraceFormat): string {
  switch (f) {
    case 'go1.5':
      return 'Go 1.5–1.6';
    case 'go1.7':
      return 'Go 1.7–1.17';
    case 'go1.18':
      return 'Go 1.18 or later';
  }
}

/**
 * A readable guess at the Go releases that print schedtrace lines like these (see the table
 * above). Lower bounds are firm (go1.19.8 prints none of the newer spellings); where the table
 * says [U], the range is the widest one the evidence allows.
 */
export function schedtraceFormatVersions(f: SchedtraceFormat): string {
  if (f.list === 'spaced') return 'Go 1.24 or later';
  if (f.needspinning || f.absent === 'nil' || f.flags === 'bool') return f.list === 'tight' ? 'Go 1.20–1.24' : 'Go 1.20 or later';
  if (f.helpgc === true) return 'Go 1.5–1.11';
  if (f.timerslen === true) return 'Go 1.14–1.19';
  if (f.timerslen === false) return f.helpgc === false ? 'Go 1.12–1.13' : 'Go 1.5–1.13';
  return f.helpgc === false ? 'Go 1.12–1.19' : 'Go 1.5–1.19';
}
