// Splits text pushed in chunks of any size into lines ("\n" or "\r\n"), numbering them from 1.
// Each chunk is scanned once, so a 50 MB paste pushed in pieces costs linear time.

export interface LineReader {
  push(chunk: string): void;
  /** Flushes the last line when the text does not end with a newline. */
  end(): void;
  readonly chars: number;
  readonly lines: number;
}

export function createLineReader(onLine: (text: string, lineNo: number) => void): LineReader {
  let carry = '';
  let lines = 0;
  let chars = 0;

  function emit(raw: string): void {
    lines++;
    onLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, lines);
  }

  return {
    push(chunk) {
      if (typeof chunk !== 'string' || chunk.length === 0) return;
      chars += chunk.length;
      const s = carry + chunk;
      let start = 0;
      let k = s.indexOf('\n', carry.length);
      while (k !== -1) {
        emit(s.slice(start, k));
        start = k + 1;
        k = s.indexOf('\n', start);
      }
      carry = start === 0 ? s : s.slice(start);
    },
    end() {
      if (carry.length > 0) emit(carry);
      carry = '';
    },
    get chars() {
      return chars;
    },
    get lines() {
      return lines;
    },
  };
}
