// Runs record grammars over lines: finds where records start, lets a record continue on later
// lines when program output cut it (see cursor.ts), and turns every record that cannot be
// completed into an error on the line where it started.
import { type Cursor, type Tok, loadLine, newCursor } from './cursor.ts';

/** Record starts found in a line: positions and kinds, in order (parallel arrays, reused). */
export interface Starts {
  pos: number[];
  kind: number[];
  n: number;
}

export interface Grammar<R> {
  /** Fills `out` with the record starts in `text`, in order. Must be linear in the line length. */
  starts(text: string, out: Starts): void;
  /** The record's grammar from its start. It may leave what it has read in c.partial. */
  record(kind: number, c: Cursor): Tok<R | null>;
  /**
   * What can still be kept of an abandoned record (null: nothing). `error: false` when the record
   * was complete and only waiting for an optional last part.
   */
  salvage(kind: number, partial: unknown, line: number): { value: R; error: boolean } | null;
  /** Error message for a record of `kind` abandoned while looking for `expect`. */
  incomplete(kind: number, expect: string): string;
}

export interface Sink<R> {
  record(r: R, line: number, kind: number, recovered: boolean): void;
  error(line: number, message: string): void;
}

/**
 * How many later lines a cut record may continue on. The runtime finishes a line within
 * microseconds, so only a burst of program output can sit in between.
 */
export const CONTINUATION_WINDOW = 8;

interface Pending<R> {
  gen: Tok<R | null>;
  line: number;
  kind: number;
  waited: number;
  partial: unknown;
}

export interface Driver {
  line(text: string, lineNo: number): void;
  end(): void;
}

function blankBefore(text: string, pos: number): boolean {
  for (let i = 0; i < pos; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 32 && ch !== 9) return false;
  }
  return true;
}

export function createDriver<R>(g: Grammar<R>, sink: Sink<R>): Driver {
  const c = newCursor();
  const starts: Starts = { pos: [], kind: [], n: 0 };
  let pending: Pending<R> | null = null;

  function finish(line: number, kind: number, value: R | null, spanned: boolean): void {
    if (value !== null) sink.record(value, line, kind, spanned || c.resumed > 0);
    else sink.error(line, c.fail || g.incomplete(kind, c.expect));
  }

  function abandon(gen: Tok<R | null>, line: number, kind: number, partial: unknown): void {
    const message = g.incomplete(kind, c.expect);
    const kept = g.salvage(kind, partial, line);
    gen.return(null);
    if (kept !== null) sink.record(kept.value, line, kind, true);
    if (kept === null || kept.error) sink.error(line, message);
    pending = null;
  }

  return {
    line(text, lineNo) {
      starts.n = 0;
      g.starts(text, starts);
      const n = starts.n;
      if (pending !== null) {
        const p: Pending<R> = pending;
        const first = n > 0 ? starts.pos[0]! : text.length;
        if (n > 0 && blankBefore(text, first)) {
          abandon(p.gen, p.line, p.kind, p.partial);
        } else {
          loadLine(c, text, lineNo, first);
          const r = p.gen.next();
          if (r.done) {
            pending = null;
            finish(p.line, p.kind, r.value, true);
          } else if (n > 0 || ++p.waited >= CONTINUATION_WINDOW) {
            abandon(p.gen, p.line, p.kind, p.partial);
          }
        }
      }
      for (let i = 0; i < n; i++) {
        const kind = starts.kind[i]!;
        const last = i + 1 === n;
        if (c.text !== text) c.found.clear();
        c.text = text;
        c.pos = starts.pos[i]!;
        c.end = last ? text.length : starts.pos[i + 1]!;
        c.line = lineNo;
        c.resumed = 0;
        c.expect = '';
        c.fail = '';
        c.partial = null;
        const gen = g.record(kind, c);
        const r = gen.next();
        if (r.done) finish(lineNo, kind, r.value, false);
        else if (last) pending = { gen, line: lineNo, kind, waited: 0, partial: c.partial };
        else abandon(gen, lineNo, kind, c.partial); // another record starts later on this line
      }
    },
    end() {
      if (pending !== null) abandon(pending.gen, pending.line, pending.kind, pending.partial);
    },
  };
}
