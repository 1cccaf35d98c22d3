// The lines schedtrace (runtime/proc.go) prints, as token grammars (see versions.ts):
//   "SCHED " T "ms: gomaxprocs=" N " idleprocs=" N " threads=" N " spinningthreads=" N [" needspinning=" N]
//     " idlethreads=" N " runqueue=" N
//   then, without scheddetail: " [" n " " n … "]"                     (older)
//                          or: " [ " n " " n … " ]" " schedticks=[ " t " " … "]"   (current)
//   with scheddetail: " gcwaiting=" F " nmidlelocked=" N " stopwait=" N " sysmonwait=" F, then lines
//   "  P" i ": status=" … " m=" id " runqsize=" … " gfreecnt=" … [" timerslen=" …]
//   "  M" id ": p=" id " curg=" id " mallocing=" … " preemptoff=" S " locks=" … [" helpgc=" …] " spinning=" B " blocked=" B " lockedg=" id
//   "  G" id ": status=" N "(" waitreason ") m=" id " lockedm=" id
import { type Cursor, type Tok, EOL, INT, flag, lit, num, numOr, optionalId, optionalTail, tryAlt, tryFlag, tryId, tryLit, tryNum, until } from './cursor.ts';
import type { Grammar, Starts } from './driver.ts';
import type { SchedGRecord, SchedMRecord, SchedPRecord, SchedTickRecord, SchedtraceFormat } from './types.ts';

export const KIND_HEADER = 0;
export const KIND_P = 1;
export const KIND_M = 2;
export const KIND_G = 3;

export type SchedItem =
  | { tick: SchedTickRecord }
  | { p: SchedPRecord; absent: 'minus1' | 'nil' | null }
  | { m: SchedMRecord; absent: 'minus1' | 'nil' | null }
  | { g: SchedGRecord; absent: 'minus1' | 'nil' | null };

// Each alternative is a letter, one digit run and a fixed literal, so a failed match at one
// position costs only its digit run, which no later match can start inside: a linear scan.
// P/M/G lines begin with two spaces, but program text may be glued in front: found anywhere.
const STARTS = /SCHED \d+ms: |P\d+: status=|M\d+: p=|G\d+: status=/g;

function startKind(text: string, pos: number): number {
  switch (text.charCodeAt(pos)) {
    case 83: // S
      return KIND_HEADER;
    case 80: // P
      return KIND_P;
    case 77: // M
      return KIND_M;
    default:
      return KIND_G;
  }
}

function emptyFormat(): SchedtraceFormat {
  return { needspinning: false, list: null, absent: null, flags: null, timerslen: null, helpgc: null };
}

interface HeaderAcc {
  tick: Partial<SchedTickRecord> & { format: SchedtraceFormat };
  listDone: boolean;
  /** The finished tick, while only optional parts remain. */
  done: SchedTickRecord | null;
  /** An optional part was found and is being read (abandoning now means a cut line). */
  tail: boolean;
}

/** A finished P line waiting for its optional timerslen=. */
interface TailAcc {
  item: SchedItem;
  tail: boolean;
}

function finishTick(acc: HeaderAcc, line: number): SchedTickRecord | null {
  const t = acc.tick;
  if (t.runqueue === undefined) return null;
  const tick: SchedTickRecord = {
    atMs: t.atMs!,
    gomaxprocs: t.gomaxprocs!,
    idleprocs: t.idleprocs!,
    threads: t.threads!,
    spinningthreads: t.spinningthreads!,
    idlethreads: t.idlethreads!,
    runqueue: t.runqueue,
    line,
    detailed: t.detailed ?? false,
    format: t.format,
    recovered: false,
  };
  if (t.needspinning !== undefined) tick.needspinning = t.needspinning;
  if (t.runqsizes !== undefined) tick.runqsizes = t.runqsizes;
  if (t.schedticks !== undefined) tick.schedticks = t.schedticks;
  if (tick.detailed) {
    if (t.gcwaiting !== undefined) tick.gcwaiting = t.gcwaiting;
    if (t.nmidlelocked !== undefined) tick.nmidlelocked = t.nmidlelocked;
    if (t.stopwait !== undefined) tick.stopwait = t.stopwait;
    if (t.sysmonwait !== undefined) tick.sysmonwait = t.sysmonwait;
    tick.ps = [];
    tick.ms = [];
    tick.gs = [];
  }
  return tick;
}

const LIST_TIGHT = [']', ' '];
const LIST_SPACED = [' ]', ' '];
const SCHED = ['SCHED '];
const GOMAXPROCS = ['ms: gomaxprocs='];
const IDLEPROCS = [' idleprocs='];
const THREADS = [' threads='];
const SPINNING = [' spinningthreads='];
const AFTER_SPINNING = [' needspinning=', ' idlethreads='];
const IDLETHREADS = [' idlethreads='];
const RUNQUEUE = [' runqueue='];
// print(" ") and print("[") are separate arguments, so the bracket may come after program text.
const TAILS = [' gcwaiting=', ' [ ', ' [', '[ ', '['];
const NMIDLELOCKED = [' nmidlelocked='];
const STOPWAIT = [' stopwait='];
const SYSMONWAIT = [' sysmonwait='];
const END = [EOL];
const TICK_NEXT = [' ', ']'];

// As in gctrace-grammar.ts: each token is tried in place (no generator) before the resumable token.
function* header(c: Cursor, acc: HeaderAcc): Tok<SchedItem | null> {
  const t = acc.tick;
  if (!tryLit(c, 'SCHED ')) yield* lit(c, SCHED);
  t.atMs = tryNum(c, INT) ? c.v : yield* num(c, INT, GOMAXPROCS, 'the time');
  if (!tryLit(c, GOMAXPROCS[0]!)) yield* lit(c, GOMAXPROCS);
  t.gomaxprocs = tryNum(c, INT) ? c.v : yield* num(c, INT, IDLEPROCS, 'gomaxprocs');
  if (!tryLit(c, IDLEPROCS[0]!)) yield* lit(c, IDLEPROCS);
  t.idleprocs = tryNum(c, INT) ? c.v : yield* num(c, INT, THREADS, 'idleprocs');
  if (!tryLit(c, THREADS[0]!)) yield* lit(c, THREADS);
  t.threads = tryNum(c, INT) ? c.v : yield* num(c, INT, SPINNING, 'threads');
  if (!tryLit(c, SPINNING[0]!)) yield* lit(c, SPINNING);
  t.spinningthreads = tryNum(c, INT) ? c.v : yield* num(c, INT, AFTER_SPINNING, 'spinningthreads');
  let k = tryAlt(c, AFTER_SPINNING);
  if (k < 0) k = yield* lit(c, AFTER_SPINNING);
  if (k === 0) {
    t.format.needspinning = true;
    t.needspinning = tryNum(c, INT) ? c.v : yield* num(c, INT, IDLETHREADS, 'needspinning');
    if (!tryLit(c, IDLETHREADS[0]!)) yield* lit(c, IDLETHREADS);
  }
  t.idlethreads = tryNum(c, INT) ? c.v : yield* num(c, INT, RUNQUEUE, 'idlethreads');
  if (!tryLit(c, RUNQUEUE[0]!)) yield* lit(c, RUNQUEUE);
  t.runqueue = tryNum(c, INT) ? c.v : yield* num(c, INT, TAILS, 'runqueue');
  let tail = tryAlt(c, TAILS);
  if (tail < 0) tail = yield* lit(c, TAILS);
  if (tail === 0) {
    t.detailed = true;
    let f = tryFlag(c);
    t.gcwaiting = f !== undefined ? f : yield* flag(c, NMIDLELOCKED, 'gcwaiting');
    t.format.flags = typeof t.gcwaiting === 'boolean' ? 'bool' : 'int';
    if (!tryLit(c, NMIDLELOCKED[0]!)) yield* lit(c, NMIDLELOCKED);
    t.nmidlelocked = tryNum(c, INT) ? c.v : yield* num(c, INT, STOPWAIT, 'nmidlelocked');
    if (!tryLit(c, STOPWAIT[0]!)) yield* lit(c, STOPWAIT);
    t.stopwait = tryNum(c, INT) ? c.v : yield* num(c, INT, SYSMONWAIT, 'stopwait');
    if (!tryLit(c, SYSMONWAIT[0]!)) yield* lit(c, SYSMONWAIT);
    f = tryFlag(c);
    t.sysmonwait = f !== undefined ? f : yield* flag(c, END, 'sysmonwait');
  } else {
    t.detailed = false;
    const spaced = tail === 1 || tail === 3;
    t.format.list = spaced ? 'spaced' : 'tight';
    const seps = spaced ? LIST_SPACED : LIST_TIGHT;
    const sizes = [tryNum(c, INT) ? c.v : yield* num(c, INT, seps, 'a per-P run queue length')];
    t.runqsizes = sizes;
    for (;;) {
      let s = tryAlt(c, seps);
      if (s < 0) s = yield* lit(c, seps);
      if (s === 0) break;
      sizes.push(tryNum(c, INT) ? c.v : yield* num(c, INT, seps, 'a per-P run queue length'));
    }
    acc.listDone = true;
  }
  const tick = finishTick(acc, c.line);
  if (tick === null) return null;
  acc.done = tick;
  // Current Go prints schedticks after the list, in print() calls of its own.
  if (!tick.detailed && tick.format.list === 'spaced' && (tryLit(c, ' schedticks=[') || (yield* optionalTail(c, ' schedticks=[')))) {
    acc.tail = true;
    tryLit(c, ' ');
    const ticks: number[] = [];
    for (;;) {
      const v = yield* numOr(c, INT, TICK_NEXT, ']', 'a per-P schedtick');
      if (v === null) break;
      ticks.push(v);
      let s = tryAlt(c, TICK_NEXT);
      if (s < 0) s = yield* lit(c, TICK_NEXT);
      if (s === 1) break;
    }
    tick.schedticks = ticks;
    acc.tail = false;
  }
  return { tick };
}

const P_STATUS = [': status='];
const SCHEDTICK = [' schedtick='];
const SYSCALLTICK = [' syscalltick='];
const M_EQ = [' m='];
const RUNQSIZE = [' runqsize='];
const GFREECNT = [' gfreecnt='];
const AFTER_GFREE = [' timerslen=', EOL];

function* pLine(c: Cursor): Tok<SchedItem | null> {
  const seen: Seen = { absent: null };
  c.pos++; // "P" (the start pattern matched it)
  const id = tryNum(c, INT) ? c.v : yield* num(c, INT, P_STATUS, 'the P id');
  if (!tryLit(c, P_STATUS[0]!)) yield* lit(c, P_STATUS);
  const status = tryNum(c, INT) ? c.v : yield* num(c, INT, SCHEDTICK, 'the P status');
  if (!tryLit(c, SCHEDTICK[0]!)) yield* lit(c, SCHEDTICK);
  const schedtick = tryNum(c, INT) ? c.v : yield* num(c, INT, SYSCALLTICK, 'schedtick');
  if (!tryLit(c, SYSCALLTICK[0]!)) yield* lit(c, SYSCALLTICK);
  const syscalltick = tryNum(c, INT) ? c.v : yield* num(c, INT, M_EQ, 'syscalltick');
  if (!tryLit(c, M_EQ[0]!)) yield* lit(c, M_EQ);
  let m = tryId(c, seen);
  if (m === undefined) m = yield* optionalId(c, RUNQSIZE, 'the M id', seen);
  if (!tryLit(c, RUNQSIZE[0]!)) yield* lit(c, RUNQSIZE);
  const runqsize = tryNum(c, INT) ? c.v : yield* num(c, INT, GFREECNT, 'runqsize');
  if (!tryLit(c, GFREECNT[0]!)) yield* lit(c, GFREECNT);
  const gfreecnt = tryNum(c, INT) ? c.v : yield* num(c, INT, AFTER_GFREE, 'gfreecnt');
  const p: SchedPRecord = { id, status, schedtick, syscalltick, m, runqsize, gfreecnt, line: c.line };
  const item: SchedItem = { p, absent: seen.absent };
  const acc: TailAcc = { item, tail: false };
  c.partial = acc;
  // timerslen= (Go ≥ 1.14) is the last print argument of the line.
  if (tryLit(c, ' timerslen=') || (yield* optionalTail(c, ' timerslen='))) {
    acc.tail = true;
    p.timerslen = tryNum(c, INT) ? c.v : yield* num(c, INT, END, 'timerslen');
    acc.tail = false;
  }
  return item;
}

type Seen = { absent: 'minus1' | 'nil' | null };
const M_P = [': p='];
const CURG = [' curg='];
const MALLOCING = [' mallocing='];
const THROWING = [' throwing='];
const PREEMPTOFF = [' preemptoff='];
const LOCKS = [' locks='];
const DYING = [' dying='];
const AFTER_DYING = [' helpgc=', ' spinning='];
const SPINNING_EQ = [' spinning='];
const BLOCKED = [' blocked='];
const LOCKEDG = [' lockedg='];

function* mLine(c: Cursor): Tok<SchedItem | null> {
  const seen: Seen = { absent: null };
  c.pos++; // "M"
  const id = tryNum(c, INT) ? c.v : yield* num(c, INT, M_P, 'the M id');
  if (!tryLit(c, M_P[0]!)) yield* lit(c, M_P);
  let p = tryId(c, seen);
  if (p === undefined) p = yield* optionalId(c, CURG, 'the P id', seen);
  if (!tryLit(c, CURG[0]!)) yield* lit(c, CURG);
  let curg = tryId(c, seen);
  if (curg === undefined) curg = yield* optionalId(c, MALLOCING, 'the current G id', seen);
  if (!tryLit(c, MALLOCING[0]!)) yield* lit(c, MALLOCING);
  const mallocing = tryNum(c, INT) ? c.v : yield* num(c, INT, THROWING, 'mallocing');
  if (!tryLit(c, THROWING[0]!)) yield* lit(c, THROWING);
  const throwing = tryNum(c, INT) ? c.v : yield* num(c, INT, PREEMPTOFF, 'throwing');
  if (!tryLit(c, PREEMPTOFF[0]!)) yield* lit(c, PREEMPTOFF);
  // preemptoff is a free-form reason string ("", "gcing", …), so it runs up to " locks=".
  const preemptoff = yield* until(c, ' locks=');
  if (!tryLit(c, LOCKS[0]!)) yield* lit(c, LOCKS);
  const locks = tryNum(c, INT) ? c.v : yield* num(c, INT, DYING, 'locks');
  if (!tryLit(c, DYING[0]!)) yield* lit(c, DYING);
  const dying = tryNum(c, INT) ? c.v : yield* num(c, INT, AFTER_DYING, 'dying');
  let helpgc: number | undefined;
  let k = tryAlt(c, AFTER_DYING);
  if (k < 0) k = yield* lit(c, AFTER_DYING);
  if (k === 0) {
    helpgc = tryNum(c, INT) ? c.v : yield* num(c, INT, SPINNING_EQ, 'helpgc');
    if (!tryLit(c, SPINNING_EQ[0]!)) yield* lit(c, SPINNING_EQ);
  }
  let spinning = tryFlag(c);
  if (spinning === undefined) spinning = yield* flag(c, BLOCKED, 'spinning');
  if (!tryLit(c, BLOCKED[0]!)) yield* lit(c, BLOCKED);
  let blocked = tryFlag(c);
  if (blocked === undefined) blocked = yield* flag(c, LOCKEDG, 'blocked');
  if (!tryLit(c, LOCKEDG[0]!)) yield* lit(c, LOCKEDG);
  let lockedg = tryId(c, seen);
  if (lockedg === undefined) lockedg = yield* optionalId(c, END, 'the locked G id', seen);
  const m: SchedMRecord = {
    id,
    p,
    curg,
    spinning: spinning === true || spinning === 1,
    blocked: blocked === true || blocked === 1,
    line: c.line,
    mallocing,
    throwing,
    preemptoff,
    locks,
    dying,
    lockedg,
  };
  if (helpgc !== undefined) m.helpgc = helpgc;
  return { m, absent: seen.absent };
}

const G_STATUS = [': status='];
const PAREN = ['('];
const PAREN_M = [') m='];
const LOCKEDM = [' lockedm='];

function* gLine(c: Cursor): Tok<SchedItem | null> {
  const seen: Seen = { absent: null };
  c.pos++; // "G"
  const id = tryNum(c, INT) ? c.v : yield* num(c, INT, G_STATUS, 'the G id');
  if (!tryLit(c, G_STATUS[0]!)) yield* lit(c, G_STATUS);
  const status = tryNum(c, INT) ? c.v : yield* num(c, INT, PAREN, 'the G status');
  if (!tryLit(c, '(')) yield* lit(c, PAREN);
  // Wait reasons may contain parentheses ("force gc (idle)"); ") m=" ends them.
  const waitreason = yield* until(c, ') m=');
  if (!tryLit(c, PAREN_M[0]!)) yield* lit(c, PAREN_M);
  let m = tryId(c, seen);
  if (m === undefined) m = yield* optionalId(c, LOCKEDM, 'the M id', seen);
  if (!tryLit(c, LOCKEDM[0]!)) yield* lit(c, LOCKEDM);
  let lockedm = tryId(c, seen);
  if (lockedm === undefined) lockedm = yield* optionalId(c, END, 'the locked M id', seen);
  const g: SchedGRecord = { id, status, m, line: c.line, lockedm };
  if (waitreason !== '') g.waitreason = waitreason;
  return { g, absent: seen.absent };
}

export const schedtraceGrammar: Grammar<SchedItem> = {
  starts(text: string, out: Starts) {
    if (text.indexOf(': ') === -1) return;
    STARTS.lastIndex = 0;
    for (let m = STARTS.exec(text); m !== null; m = STARTS.exec(text)) {
      out.pos[out.n] = m.index;
      out.kind[out.n++] = startKind(text, m.index);
    }
  },
  record(kind, c) {
    if (kind === KIND_HEADER) {
      const acc: HeaderAcc = { tick: { format: emptyFormat() }, listDone: false, done: null, tail: false };
      c.partial = acc;
      return header(c, acc);
    }
    return kind === KIND_P ? pLine(c) : kind === KIND_M ? mLine(c) : gLine(c);
  },
  // A SCHED line cut after runqueue= still says how busy the scheduler was: keep the parts read
  // whole, and report the line. A line waiting only for an optional last part is complete.
  salvage(kind, partial, line) {
    if (partial === null) return null;
    if (kind === KIND_P) {
      const acc = partial as TailAcc;
      return { value: acc.item, error: acc.tail };
    }
    if (kind !== KIND_HEADER) return null;
    const acc = partial as HeaderAcc;
    if (acc.done !== null) return { value: { tick: acc.done }, error: acc.tail };
    if (!acc.listDone) delete acc.tick.runqsizes;
    const tick = finishTick(acc, line);
    return tick === null ? null : { value: { tick }, error: true };
  },
  incomplete(kind, expect) {
    const what = kind === KIND_HEADER ? 'SCHED line' : kind === KIND_P ? 'P line' : kind === KIND_M ? 'M line' : 'G line';
    return expect ? `incomplete ${what}: expected ${expect}` : `incomplete ${what}`;
  },
};
