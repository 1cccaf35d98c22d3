// The lines GODEBUG=gctrace=1 prints, as token grammars (see versions.ts for which Go printed what).
// gcMarkTermination (runtime/mgc.go) prints the cycle line one print() argument at a time:
//   "gc " N " @" T "s " U "%: " clock[0] ("+" clock[i])… " ms clock, " cpu[0] ("+"|"/" cpu[i])…
//   " ms cpu, " H0 "->" H1 "->" H2 " MB, " GOAL " MB goal, " [STK " MB stacks, " GLB " MB globals, "] P " P" [" (forced)"]
import { type Cursor, type Tok, DEC, INT, SINT, lit, num, optionalTail, tryAlt, tryLit, tryNum } from './cursor.ts';
import type { Grammar, Starts } from './driver.ts';
import type { GcCycleRecord, GctraceEvent, GctraceFormat } from './types.ts';

export const KIND_CYCLE = 0;
export const KIND_SCVG = 1;
export const KIND_FORCED = 2;
export const KIND_OLD = 3;

/** A cycle, or another gctrace line (events carry `kind`). */
export type GcItem = GcCycleRecord | GctraceEvent;

// Record starts, anywhere in a line (program text may be glued in front): "gc 12 @"; the Go ≤ 1.4
// line "gc12(4): "; the scavenger lines of Go 1.5–1.13 ("scvg3: ", "scvg-1: ", "scvg: "); the
// forcegc helper's "GC forced". Scanned by hand with indexOf: linear, and no match objects.
function isDigitAt(t: string, i: number): boolean {
  const ch = t.charCodeAt(i);
  return ch >= 48 && ch <= 57;
}

/** End of the digit run at i (at most `max` digits). */
function digitsEnd(t: string, i: number, max: number): number {
  let j = i;
  while (j < t.length && j - i < max && isDigitAt(t, j)) j++;
  return j;
}

// Per-source start lists, reused; merged by position at the end (each is already in order).
const gcAt: number[] = [];
const gcKind: number[] = [];
const scvgAt: number[] = [];
const forcedAt: number[] = [];

function scanStarts(t: string, out: Starts): void {
  gcAt.length = gcKind.length = scvgAt.length = forcedAt.length = 0;
  for (let i = t.indexOf('gc'); i !== -1; i = t.indexOf('gc', i + 1)) {
    if (t.charCodeAt(i + 2) === 32) {
      // Any digit run counts, as in /gc \d+ @/: an absurd GC number makes an error, not silence.
      const e = digitsEnd(t, i + 3, Infinity);
      if (e > i + 3 && t.startsWith(' @', e)) {
        gcAt.push(i);
        gcKind.push(KIND_CYCLE);
      }
    } else if (isDigitAt(t, i + 2)) {
      const e = digitsEnd(t, i + 2, 20);
      if (t.charCodeAt(e) === 40 /* ( */) {
        const e2 = digitsEnd(t, e + 1, 9);
        if (e2 > e + 1 && t.startsWith('): ', e2)) {
          gcAt.push(i);
          gcKind.push(KIND_OLD);
        }
      }
    }
  }
  for (let i = t.indexOf('scvg'); i !== -1; i = t.indexOf('scvg', i + 1)) {
    const neg = t.charCodeAt(i + 4) === 45; /* - */
    const j = neg ? i + 5 : i + 4;
    const e = digitsEnd(t, j, 20);
    if ((!neg || e > j) && t.startsWith(': ', e)) scvgAt.push(i);
  }
  for (let i = t.indexOf('GC forced'); i !== -1; i = t.indexOf('GC forced', i + 1)) forcedAt.push(i);
  let a = 0;
  let b = 0;
  let f = 0;
  while (a < gcAt.length || b < scvgAt.length || f < forcedAt.length) {
    const ga = a < gcAt.length ? gcAt[a]! : Infinity;
    const sb = b < scvgAt.length ? scvgAt[b]! : Infinity;
    const fc = f < forcedAt.length ? forcedAt[f]! : Infinity;
    if (ga <= sb && ga <= fc) {
      out.pos[out.n] = ga;
      out.kind[out.n++] = gcKind[a++]!;
    } else if (sb <= fc) {
      out.pos[out.n] = sb;
      out.kind[out.n++] = KIND_SCVG;
      b++;
    } else {
      out.pos[out.n] = fc;
      out.kind[out.n++] = KIND_FORCED;
      f++;
    }
  }
}

const AT = [' @'];
const S_SP = ['s '];
const PCT = ['%: '];
const CLOCK_NEXT = ['+', ' ms clock, '];
const CLOCK_SEP = [' ms clock, ', '+'];
const CPU_NEXT = ['+', '/', ' ms cpu, '];
const CPU_SEP = [' ms cpu, ', '+', '/'];
const ARROW = ['->'];
const MB = [' MB, '];
const GOAL = [' MB goal, '];
const STACKS = [' MB stacks, ', 'MB stacks, '];
const GLOBALS = [' MB globals, ', 'MB globals, ']; // extern.go documents "#MB globals"; the code prints " MB globals, "
const AFTER_GOAL = [...STACKS, ' P'];
const P = [' P'];
const GC = ['gc '];

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

// Each token is tried in place first (tryNum/tryLit: no generator); only when it is not there
// does the grammar delegate to the resumable token, which skips foreign text or waits for a line.
function* cycle(c: Cursor): Tok<GcItem | null> {
  if (!tryLit(c, 'gc ')) yield* lit(c, GC);
  const n = tryNum(c, INT) ? c.v : yield* num(c, INT, AT, 'the GC number');
  if (!tryLit(c, ' @')) yield* lit(c, AT);
  const at = tryNum(c, DEC) ? c.v : yield* num(c, DEC, S_SP, 'the time since start');
  if (!tryLit(c, 's ')) yield* lit(c, S_SP);
  const cpuPercent = tryNum(c, INT) ? c.v : yield* num(c, INT, PCT, 'the GC CPU percentage');
  if (!tryLit(c, '%: ')) yield* lit(c, PCT);

  const clockPhases = [tryNum(c, DEC) ? c.v : yield* num(c, DEC, CLOCK_NEXT, 'a wall-clock phase time')];
  for (;;) {
    let k = tryAlt(c, CLOCK_SEP);
    if (k < 0) k = yield* lit(c, CLOCK_SEP, true);
    if (k === 0) break;
    if (clockPhases.length === 5) {
      c.fail = 'more than 5 wall-clock phases';
      return null;
    }
    clockPhases.push(tryNum(c, DEC) ? c.v : yield* num(c, DEC, CLOCK_NEXT, 'a wall-clock phase time'));
  }
  if (clockPhases.length !== 3 && clockPhases.length !== 5) {
    c.fail = `${clockPhases.length} wall-clock phases (Go prints 3, or 5 before Go 1.7)`;
    return null;
  }
  const cpuPhases = [tryNum(c, DEC) ? c.v : yield* num(c, DEC, CPU_NEXT, 'a CPU phase time')];
  let seps = 0; // separators as bits, "/" = 1, first separator lowest
  for (;;) {
    let k = tryAlt(c, CPU_SEP);
    if (k < 0) k = yield* lit(c, CPU_SEP, true);
    if (k === 0) break;
    if (cpuPhases.length === 7) {
      c.fail = 'more than 7 CPU phases';
      return null;
    }
    if (k === 2) seps |= 1 << (cpuPhases.length - 1);
    cpuPhases.push(tryNum(c, DEC) ? c.v : yield* num(c, DEC, CPU_NEXT, 'a CPU phase time'));
  }
  // Go ≥ 1.7: sweepTerm + assist/background/idle + markTerm. Go 1.5/1.6: sweepTerm + scan + installWB + assist/background/idle + markTerm.
  const legacy = clockPhases.length === 5;
  if (cpuPhases.length !== (legacy ? 7 : 5) || seps !== (legacy ? 0b011000 : 0b0110)) {
    const shown = cpuPhases.map((_, i) => (i === 0 ? '' : (seps >> (i - 1)) & 1 ? '/' : '+')).join('');
    c.fail = `CPU phases "${shown}" do not match ${legacy ? 'the Go 1.5/1.6 layout a+b+c+d/e/f+g' : 'the layout a+b/c/d+e'}`;
    return null;
  }

  const start = tryNum(c, INT) ? c.v : yield* num(c, INT, ARROW, 'the heap size at GC start');
  if (!tryLit(c, '->')) yield* lit(c, ARROW);
  const end = tryNum(c, INT) ? c.v : yield* num(c, INT, ARROW, 'the heap size at GC end');
  if (!tryLit(c, '->')) yield* lit(c, ARROW);
  const live = tryNum(c, INT) ? c.v : yield* num(c, INT, MB, 'the live heap');
  if (!tryLit(c, ' MB, ')) yield* lit(c, MB);
  const goal = tryNum(c, INT) ? c.v : yield* num(c, INT, GOAL, 'the heap goal');
  if (!tryLit(c, ' MB goal, ')) yield* lit(c, GOAL);
  const x = tryNum(c, INT) ? c.v : yield* num(c, INT, AFTER_GOAL, 'stacks MB or the P count');
  let k = tryAlt(c, AFTER_GOAL);
  if (k < 0) k = yield* lit(c, AFTER_GOAL);
  let stacks: number | undefined;
  let globals: number | undefined;
  let procs: number;
  if (k < STACKS.length) {
    stacks = x;
    globals = tryNum(c, INT) ? c.v : yield* num(c, INT, GLOBALS, 'globals MB');
    if (tryAlt(c, GLOBALS) < 0) yield* lit(c, GLOBALS);
    procs = tryNum(c, INT) ? c.v : yield* num(c, INT, P, 'the P count');
    if (!tryLit(c, ' P')) yield* lit(c, P);
  } else {
    procs = x;
  }
  const format: GctraceFormat = legacy ? 'go1.5' : stacks === undefined ? 'go1.7' : 'go1.18';
  const cl = clockPhases;
  const cp = cpuPhases;
  const rec: GcCycleRecord = {
    n,
    at,
    cpuPercent,
    forced: false,
    clock: legacy
      ? { sweepTerm: cl[0]!, mark: round6(cl[1]! + cl[2]! + cl[3]!), markTerm: cl[4]! }
      : { sweepTerm: cl[0]!, mark: cl[1]!, markTerm: cl[2]! },
    cpu: legacy
      ? { sweepTerm: cp[0]!, assist: cp[3]!, background: round6(cp[1]! + cp[2]! + cp[4]!), idle: cp[5]!, markTerm: cp[6]! }
      : { sweepTerm: cp[0]!, assist: cp[1]!, background: cp[2]!, idle: cp[3]!, markTerm: cp[4]! },
    heap: { start, end, live },
    goal,
    procs,
    line: c.line,
    format,
    clockPhases,
    cpuPhases,
    recovered: false,
  };
  if (stacks !== undefined) rec.stacks = stacks;
  if (globals !== undefined) rec.globals = globals;
  // " (forced)" is its own print(); the record is complete without it.
  c.partial = rec;
  rec.forced = tryLit(c, ' (forced)') || (yield* optionalTail(c, ' (forced)'));
  return rec;
}

// Go 1.5–1.12: "scvg3: 12 MB released" and "scvg3: inuse: 5, idle: 20, sys: 25, released: 12, consumed: 13 (MB)";
// k is -1 for debug.FreeOSMemory. Go 1.13's background scavenger prints "scvg: …" without k.
function* scvg(c: Cursor, line: number): Tok<GcItem | null> {
  yield* lit(c, ['scvg']);
  let k: number | null = null;
  if (!c.text.startsWith(': ', c.pos)) k = yield* num(c, SINT, [': '], 'the scavenge number');
  yield* lit(c, [': ']);
  if (c.text.startsWith('inuse: ', c.pos)) {
    yield* lit(c, ['inuse: ']);
    const inuse = yield* num(c, INT, [', idle: '], 'inuse MB');
    yield* lit(c, [', idle: ']);
    const idle = yield* num(c, INT, [', sys: '], 'idle MB');
    yield* lit(c, [', sys: ']);
    const sys = yield* num(c, INT, [', released: '], 'sys MB');
    yield* lit(c, [', released: ']);
    const released = yield* num(c, INT, [', consumed: '], 'released MB');
    yield* lit(c, [', consumed: ']);
    const consumed = yield* num(c, INT, [' (MB)'], 'consumed MB');
    yield* lit(c, [' (MB)']);
    return { kind: 'scvg-stats', line, k, inuse, idle, sys, released, consumed };
  }
  const amount = yield* num(c, INT, [' MB released', ' KB released'], 'the released amount');
  const unit = yield* lit(c, [' MB released', ' KB released']);
  return { kind: 'scvg-released', line, k, mb: unit === 0 ? amount : amount / 1024 };
}

function* forced(c: Cursor, line: number): Tok<GcItem | null> {
  yield* lit(c, ['GC forced']);
  return { kind: 'forced', line };
}

function* old(c: Cursor): Tok<GcItem | null> {
  c.fail = 'Go 1.4-or-older gctrace format ("gcN(M): …") is not supported';
  return null;
}

export const gctraceGrammar: Grammar<GcItem> = {
  starts: scanStarts,
  record(kind, c) {
    const line = c.line;
    return kind === KIND_CYCLE ? cycle(c) : kind === KIND_SCVG ? scvg(c, line) : kind === KIND_FORCED ? forced(c, line) : old(c);
  },
  // A cycle waiting only for an optional " (forced)" is complete.
  salvage: (_kind, partial) => (partial === null ? null : { value: partial as GcCycleRecord, error: false }),
  incomplete(kind, expect) {
    const what = kind === KIND_SCVG ? 'scavenger line' : 'gctrace line';
    return expect ? `incomplete ${what}: expected ${expect}` : `incomplete ${what}`;
  },
};
