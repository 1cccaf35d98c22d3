// Text widths estimated without the DOM (the layout is a pure function), and greedy wrapping.
// The estimates are a little generous, so text never runs past the box it was measured for.

function isWide(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
}

/** Width of `s` in a proportional sans font of `size` px (bold: a little wider). */
export function textWidth(s: string, size: number, bold = false): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWide(c)) w += 1.0;
    else if (c === 32) w += 0.3;
    else if (c >= 65 && c <= 90) w += 0.68;
    else if (c === 105 || c === 108 || c === 106 || c === 46 || c === 44 || c === 58 || c === 59 || c === 39 || c === 124 || c === 33) w += 0.3;
    else if (c === 109 || c === 119 || c === 77 || c === 87) w += 0.86;
    else w += 0.58;
  }
  return w * size * (bold ? 1.08 : 1);
}

/** Width of `s` in the monospace font of `size` px. */
export function monoWidth(s: string, size: number): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += isWide(s.charCodeAt(i)) ? 1.0 : 0.62;
  return w * size;
}

/** Splits `s` into lines no wider than `max` (words stay whole; CJK breaks between characters). */
export function wrap(s: string, max: number, size: number, bold = false): string[] {
  const tokens = s.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f][，。；：、）」]?|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line !== '' && textWidth(next.trimEnd(), size, bold) > max) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line = next;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

/** `s` shortened with "…" to fit `max`. */
export function clip(s: string, max: number, size: number, bold = false): string {
  if (textWidth(s, size, bold) <= max) return s;
  let out = s;
  while (out.length > 1 && textWidth(out + '…', size, bold) > max) out = out.slice(0, -1);
  return out + '…';
}
