// Splits text pushed in chunks of any size into lines ("\n" or "\r\n"), numbering them from 1.
// Each chunk is scanned once, so a 50 MB paste pushed in pieces costs linear time, even as one line.

export interface LineReader {
  push(chunk: string): void;
  /** Flushes the last line when the text does not end with a newline. */
  end(): void;
  readonly chars: number;
  readonly lines: number;
}

export function createLineReader(onLine: (text: string, lineNo: number) => void): LineReader {
  // The unfinished last line, as the pieces it arrived in: joined once, when its newline comes,
  // so a long line pushed in many pieces is not copied again on every push.
  const parts: string[] = [];
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
      let k = chunk.indexOf('\n');
      if (k === -1) {
        parts.push(chunk);
        return;
      }
      parts.push(chunk.slice(0, k));
      emit(parts.length === 1 ? parts[0]! : parts.join(''));
      parts.length = 0;
      let start = k + 1;
      while ((k = chunk.indexOf('\n', start)) !== -1) {
        emit(chunk.slice(start, k));
        start = k + 1;
      }
      if (start < chunk.length) parts.push(chunk.slice(start));
    },
    end() {
      if (parts.length > 0) emit(parts.join(''));
      parts.length = 0;
    },
    get chars() {
      return chars;
    },
    get lines() {
      return lines;
    },
  };
}
