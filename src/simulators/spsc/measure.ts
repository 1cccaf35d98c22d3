// Text widths estimated from the characters (the view never measures the DOM while it renders).
// Deliberately generous: a label estimated too wide leaves a little air, one estimated too
// narrow would be clipped at the picture's edge.

/** Estimated width in px of `text` set at `size` px in the site's sans-serif font. */
export function textWidth(text: string, size: number, mono = false): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (mono) {
      w += (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f) ? 1.02 : 0.61;
      continue;
    }
    if (c >= 0x2e80 && c <= 0x9fff) w += 1.02;
    else if (c >= 0xff00 && c <= 0xffef) w += 1.02;
    else if (c >= 0x3000 && c <= 0x303f) w += 1.02;
    else if (ch === ' ') w += 0.3;
    else if (/[0-9]/.test(ch)) w += 0.63;
    else if (/[ilj.,:;'|!()[\]]/.test(ch)) w += 0.32;
    else if (/[mwMW@]/.test(ch)) w += 0.9;
    else if (/[A-Z]/.test(ch)) w += 0.72;
    else if (/[a-z]/.test(ch)) w += 0.59;
    else if (ch === '…' || ch === '↔' || ch === '←' || ch === '–' || ch === '−') w += 0.9;
    else w += 0.62;
  }
  return w * size;
}

/** Splits `text` at spaces into lines no wider than `width` (a word longer than the width gets its own line). */
export function wrap(text: string, width: number, size: number, maxLines = 3, mono = false): string[] {
  if (textWidth(text, size, mono) <= width) return [text];
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && textWidth(next, size, mono) > width) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]} …`;
    return kept;
  }
  return lines;
}
