// Text helpers shared by the shell and every mechanism's view.

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

/** Virtual nanoseconds for readers: "850 ns", "12.5 µs", "1.234 ms", "2.5 s". */
export function fmtTime(ns: number): string {
  if (ns < 1_000) return `${ns} ns`;
  if (ns < 1_000_000) return `${trim(ns / 1_000, 1)} µs`;
  if (ns < 1_000_000_000) return `${trim(ns / 1_000_000, 3)} ms`;
  return `${trim(ns / 1_000_000_000, 3)} s`;
}

function trim(x: number, digits: number): string {
  return x.toFixed(digits).replace(/\.?0+$/, '');
}
