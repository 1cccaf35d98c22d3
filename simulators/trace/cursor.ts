// Resumable tokens for runtime print output.
//
// The runtime prints a trace line with one print() call per argument, and each argument is its
// own write(2) (runtime/print.go gwrite → writeErr). A program writing to the same stream can
// therefore land between any two arguments: after "gc 3 @0.1s 1%: " and before "0.01", possibly
// ending with its own newline so the rest of the runtime's line starts a later line.
//
// A grammar is a generator over a Cursor. Each token is tried at the cursor; when it is not
// there, the token is searched for further on in the current region (skipping the program's
// text), and when the region has none, the generator yields: the driver then loads the next line
// into the cursor, or gives up. Every search moves forward through a region that ends at the
// next record start, so the work per line is linear in its length.
//
// What cannot be recovered (the record is then an error, or a value is off):
// - program text inside a record's start ("gc " N " @", "SCHED " T "ms: ", "  P" i ": status=")
//   hides the record: the line no longer looks like trace output and is skipped;
// - program text next to a free-form string (preemptoff=, a wait reason) becomes part of it;
// - digits glued to a number merge with it ("req42" then "0.01" reads 420.01);
// - program text that contains the very token being looked for (" MB, ") can be taken for it;
// - a cut record continues on at most CONTINUATION_WINDOW later lines (driver.ts).

export interface Cursor {
  text: string;
  pos: number;
  /** Exclusive end of the region this record may read (the next record start, or line end). */
  end: number;
  /** 1-based line number of `text`. */
  line: number;
  /** How many times a token was found only after skipping foreign text. */
  resumed: number;
  /** What the grammar is looking for, for error messages. */
  expect: string;
  /** Set by a grammar that returns null: why the record is unreadable. */
  fail: string;
  /** The value of the last tryNum. */
  v: number;
  /** What a grammar has read of the current record so far, for salvage when it is abandoned. */
  partial: unknown;
  /** Memo of literal searches in `text` (see find). Cleared whenever `text` changes. */
  found: Map<string, { from: number; at: number }>;
}

export type Tok<T> = Generator<void, T, void>;

/** Number kinds: unsigned int, signed int, decimal ("0.058", "12"). */
export const INT = 0;
export const SINT = 1;
export const DEC = 2;
type NumKind = typeof INT | typeof SINT | typeof DEC;

/** `next` entries: literal that follows the number; '' stands for the end of the region. */
export const EOL = '';

/** Longest number the runtime prints (uint64 is 20 digits; "18446744073709551615.123" fits). */
const MAX_NUM = 24;

export function newCursor(): Cursor {
  return { text: '', pos: 0, end: 0, line: 0, resumed: 0, expect: '', fail: '', v: 0, partial: null, found: new Map() };
}

export function loadLine(c: Cursor, text: string, line: number, end: number): void {
  c.text = text;
  c.pos = 0;
  c.end = end;
  c.line = line;
  c.found.clear();
}

/**
 * text.indexOf(s, from), remembering the answer: a later search from a position up to the
 * remembered match (or anywhere, if there was none) gets the same answer without scanning. The
 * resumable tokens search the same literals again and again as they skip program text; without
 * this, a long line of alternating junk and numbers would cost quadratic time.
 */
function find(c: Cursor, s: string, from: number): number {
  const m = c.found.get(s);
  if (m !== undefined && from >= m.from && (m.at === -1 || m.at >= from)) return m.at;
  const at = c.text.indexOf(s, from);
  if (m === undefined) c.found.set(s, { from, at });
  else {
    m.from = from;
    m.at = at;
  }
  return at;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** End index of a number of `kind` starting at i, or -1. */
export function scanNumber(t: string, i: number, end: number, kind: NumKind): number {
  let j = i;
  if (kind === SINT && j < end && t.charCodeAt(j) === 45) j++;
  const d0 = j;
  while (j < end && isDigit(t.charCodeAt(j)) && j - i <= MAX_NUM) j++;
  if (j === d0 || j - i > MAX_NUM) return -1;
  if (kind === DEC && j + 1 < end && t.charCodeAt(j) === 46 && isDigit(t.charCodeAt(j + 1))) {
    j += 2;
    while (j < end && isDigit(t.charCodeAt(j)) && j - i <= MAX_NUM) j++;
    if (j - i > MAX_NUM) return -1;
  }
  return j;
}

/**
 * Fast path, no generator: a number of `kind` right at the cursor → true with the value in c.v.
 * Grammars call this first and fall back to `yield* num(…)` (which can skip foreign text).
 */
export function tryNum(c: Cursor, kind: NumKind): boolean {
  const t = c.text;
  const end = c.end;
  let j = c.pos;
  let neg = false;
  if (kind === SINT && j < end && t.charCodeAt(j) === 45) {
    neg = true;
    j++;
  }
  const d0 = j;
  let v = 0;
  let ch = 0;
  while (j < end && j - d0 <= MAX_NUM && (ch = t.charCodeAt(j)) >= 48 && ch <= 57) {
    v = v * 10 + (ch - 48);
    j++;
  }
  if (j === d0 || j - c.pos > MAX_NUM) return false;
  let digits = j - d0;
  if (kind === DEC && j + 1 < end && t.charCodeAt(j) === 46 && isDigit(t.charCodeAt(j + 1))) {
    j++;
    const f0 = j;
    while (j < end && j - d0 <= MAX_NUM && (ch = t.charCodeAt(j)) >= 48 && ch <= 57) {
      v = v * 10 + (ch - 48);
      j++;
    }
    if (j - c.pos > MAX_NUM) return false;
    digits += j - f0;
    // mantissa / 10^k with an exact mantissa is one correctly rounded division: the same double
    // as Number("12.345"). Longer numbers go through Number() itself.
    v = digits <= 15 ? v / POW10[j - f0]! : Number(t.slice(d0, j));
  } else if (digits > 15) {
    v = Number(t.slice(d0, j));
  }
  c.v = neg ? -v : v;
  c.pos = j;
  return true;
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Fast path: the literal `s` right at the cursor. */
export function tryLit(c: Cursor, s: string): boolean {
  if (c.pos + s.length <= c.end && c.text.startsWith(s, c.pos)) {
    c.pos += s.length;
    return true;
  }
  return false;
}

/** Fast path: the index of the alternative right at the cursor, or -1. */
export function tryAlt(c: Cursor, alts: readonly string[]): number {
  for (let i = 0; i < alts.length; i++) {
    if (tryLit(c, alts[i]!)) return i;
  }
  return -1;
}

function isNumChar(code: number): boolean {
  return isDigit(code) || code === 46 || code === 45;
}

/**
 * The earliest occurrence, at or after `from`, of any of `alts` that `ok` accepts (ties go to
 * the earlier alternative), or null. Occurrences are visited in position order across the
 * alternatives and the scan stops at the first accepted one, so it never looks past the match:
 * with the cursor moving to the match, repeated searches stay linear in the line.
 */
function firstAccepted(c: Cursor, alts: readonly string[], from: number, ok: (k: number, i: number) => boolean): { at: number; i: number } | null {
  const next = alts.map((a) => (a === EOL ? c.end : find(c, a, from)));
  for (;;) {
    let i = -1;
    for (let j = 0; j < alts.length; j++) {
      const k = next[j]!;
      if (k !== -1 && k + alts[j]!.length <= c.end && (i === -1 || k < next[i]!)) i = j;
    }
    if (i === -1) return null;
    const k = next[i]!;
    if (ok(k, i)) return { at: k, i };
    next[i] = alts[i] === EOL ? -1 : find(c, alts[i]!, k + 1);
  }
}

/**
 * Earliest number of `kind` at or after c.pos that ends right where one of `next` begins. The
 * number is the whole run of number characters before the literal: a run too long for the
 * runtime to have printed, or one that is not a single number ("1.2.3"), is not taken.
 */
function findNumberBefore(c: Cursor, kind: NumKind, next: readonly string[]): { start: number; end: number } | null {
  let start = -1;
  const hit = firstAccepted(c, next, c.pos + 1, (k) => {
    let s = k;
    while (s > c.pos && k - s <= MAX_NUM && isNumChar(c.text.charCodeAt(s - 1))) s--;
    if (s === k || k - s > MAX_NUM || scanNumber(c.text, s, k, kind) !== k) return false;
    start = s;
    return true;
  });
  return hit === null ? null : { start, end: hit.at };
}

/** A number of `kind`; `next` lists what may follow it (used only to find it after foreign text). */
export function* num(c: Cursor, kind: NumKind, next: readonly string[], what: string): Tok<number> {
  for (;;) {
    const e = scanNumber(c.text, c.pos, c.end, kind);
    if (e > 0) {
      const v = Number(c.text.slice(c.pos, e));
      c.pos = e;
      return v;
    }
    const found = findNumberBefore(c, kind, next);
    if (found) {
      c.resumed++;
      c.pos = found.end;
      return Number(c.text.slice(found.start, found.end));
    }
    c.expect = what;
    c.pos = c.end;
    yield;
  }
}

/**
 * One of `alts` (list longer alternatives first when one is a prefix of another). Returns its
 * index. With `digitAfter`, a match found after foreign text must be followed by a digit, so a
 * lone "+" or "/" in a program's output is not taken for a separator.
 */
export function* lit(c: Cursor, alts: readonly string[], digitAfter = false): Tok<number> {
  for (;;) {
    for (let i = 0; i < alts.length; i++) {
      const a = alts[i]!;
      if (c.pos + a.length <= c.end && c.text.startsWith(a, c.pos)) {
        c.pos += a.length;
        return i;
      }
    }
    const hit = firstAccepted(c, alts, c.pos, (k, i) => !digitAfter || (k + alts[i]!.length < c.end && isDigit(c.text.charCodeAt(k + alts[i]!.length))));
    if (hit !== null) {
      c.resumed++;
      c.pos = hit.at + alts[hit.i]!.length;
      return hit.i;
    }
    c.expect = JSON.stringify(alts[0]);
    c.pos = c.end;
    yield;
  }
}

/** The text up to the next `stop` (not consumed). Foreign text before `stop` on a later line is dropped. */
export function* until(c: Cursor, stop: string): Tok<string> {
  let value = '';
  let first = true;
  for (;;) {
    const k = find(c, stop, c.pos);
    if (k !== -1 && k + stop.length <= c.end) {
      if (first) value = c.text.slice(c.pos, k);
      else c.resumed++;
      c.pos = k;
      return value;
    }
    if (first) value = c.text.slice(c.pos, c.end);
    first = false;
    c.expect = JSON.stringify(stop);
    c.pos = c.end;
    yield;
  }
}

/**
 * An optional last part of a line (" (forced)", " timerslen=…", " schedticks=[…"): printed by its
 * own print(), so program output may come before it, even with newlines. Found on this line →
 * true. The line ends cleanly → false. Program text ends the line → wait for later lines (the
 * grammar has left its finished record in c.partial, so giving up loses nothing).
 */
export function* optionalTail(c: Cursor, token: string): Tok<boolean> {
  for (let first = true; ; first = false) {
    if (tryLit(c, token)) return true;
    const k = ahead(c, token);
    if (k !== -1) {
      c.resumed++;
      c.pos = k + token.length;
      return true;
    }
    // Later lines (program output, blank or not) never end the wait; a new record or the window does.
    if (first && c.text.slice(c.pos, c.end).trim() === '') return false;
    c.expect = JSON.stringify(token);
    c.pos = c.end;
    yield;
  }
}

/** Does `s` occur in the rest of the current region? (For optional trailing parts.) */
export function ahead(c: Cursor, s: string): number {
  const k = find(c, s, c.pos);
  return k !== -1 && k + s.length <= c.end ? k : -1;
}

/** A number, or the literal `alt` (→ null), whichever comes first: for lists ending in "]". */
export function* numOr(c: Cursor, kind: NumKind, next: readonly string[], alt: string, what: string): Tok<number | null> {
  for (;;) {
    if (tryLit(c, alt)) return null;
    if (tryNum(c, kind)) return c.v;
    const k = findWord(c, alt);
    const n = findNumberBefore(c, kind, next);
    if (n !== null && (k === -1 || n.start < k)) {
      c.resumed++;
      c.pos = n.end;
      return Number(c.text.slice(n.start, n.end));
    }
    if (k !== -1) {
      c.resumed++;
      c.pos = k + alt.length;
      return null;
    }
    c.expect = what;
    c.pos = c.end;
    yield;
  }
}

/** Earliest occurrence of a word in the rest of the region, or -1. */
function findWord(c: Cursor, word: string): number {
  const k = find(c, word, c.pos);
  return k !== -1 && k + word.length <= c.end ? k : -1;
}

/** An id that may be absent: "nil" (current Go) or -1 (older Go). Reports which spelling it saw. */
export function* optionalId(c: Cursor, next: readonly string[], what: string, seen: { absent: 'minus1' | 'nil' | null }): Tok<number | null> {
  for (;;) {
    const v = tryId(c, seen);
    if (v !== undefined) return v;
    // After foreign text: whichever comes first, "nil" or a number followed by `next`.
    const kNil = findWord(c, 'nil');
    const n = findNumberBefore(c, SINT, next);
    if (kNil !== -1 && (n === null || kNil < n.start)) {
      c.resumed++;
      c.pos = kNil + 3;
      seen.absent = 'nil';
      return null;
    }
    if (n !== null) {
      c.resumed++;
      c.pos = n.end;
      const x = Number(c.text.slice(n.start, n.end));
      if (x < 0) seen.absent = 'minus1';
      return x < 0 ? null : x;
    }
    c.expect = what;
    c.pos = c.end;
    yield;
  }
}

/** "true"/"false" (Go bools), or 0/1 from older int fields. */
export function* flag(c: Cursor, next: readonly string[], what: string): Tok<number | boolean> {
  for (;;) {
    const f = tryFlag(c);
    if (f !== undefined) return f;
    // After foreign text: whichever comes first, "true", "false" or a number followed by `next`.
    const kt = findWord(c, 'true');
    const kf = findWord(c, 'false');
    const word = kt !== -1 && (kf === -1 || kt < kf) ? { at: kt, end: kt + 4, value: true } : kf !== -1 ? { at: kf, end: kf + 5, value: false } : null;
    const n = findNumberBefore(c, SINT, next);
    if (n !== null && (word === null || n.start < word.at)) {
      c.resumed++;
      c.pos = n.end;
      return Number(c.text.slice(n.start, n.end));
    }
    if (word !== null) {
      c.resumed++;
      c.pos = word.end;
      return word.value;
    }
    c.expect = what;
    c.pos = c.end;
    yield;
  }
}

/** Fast path of optionalId: the id (or null) right at the cursor, or undefined. */
export function tryId(c: Cursor, seen: { absent: 'minus1' | 'nil' | null }): number | null | undefined {
  if (tryLit(c, 'nil')) {
    seen.absent = 'nil';
    return null;
  }
  if (!tryNum(c, SINT)) return undefined;
  if (c.v < 0) {
    seen.absent = 'minus1';
    return null;
  }
  return c.v;
}

/** Fast path of flag: true/false/number right at the cursor, or undefined. */
export function tryFlag(c: Cursor): number | boolean | undefined {
  if (tryLit(c, 'true')) return true;
  if (tryLit(c, 'false')) return false;
  return tryNum(c, SINT) ? c.v : undefined;
}
