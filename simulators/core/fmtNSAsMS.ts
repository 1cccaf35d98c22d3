// runtime/mgc.go's two number printers ("Timing" section), shared by the pacer's gctrace line and
// the trace reader's printer: the same digits Go prints, with Go's integer arithmetic.

/** itoaDiv formats val/(10**dec): "0.007" for (7, 3). val is a uint64 in Go. */
export function itoaDiv(val: number, dec: number): string {
  const digits = String(Math.max(0, Math.floor(val)));
  if (dec <= 0) return digits;
  const padded = digits.padStart(dec + 1, '0');
  return `${padded.slice(0, padded.length - dec)}.${padded.slice(padded.length - dec)}`;
}

/** fmtNSAsMS: whole ms from 10 ms up; below, two significant digits with at most three decimals (truncated). */
export function fmtNSAsMS(ns: number): string {
  const n = Math.max(0, Math.floor(ns));
  if (n >= 10e6) return itoaDiv(Math.floor(n / 1e6), 0);
  let x = Math.floor(n / 1e3);
  if (x === 0) return '0';
  let dec = 3;
  while (x >= 100) {
    x = Math.floor(x / 10);
    dec--;
  }
  return itoaDiv(x, dec);
}
