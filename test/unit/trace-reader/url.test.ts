// The trace reader's address-bar state: round trip, foreign parameters kept, bad values dropped.
import { describe, expect, it } from 'vitest';
import { readUrl, TRACE_IN_URL_MAX, utf8Length, writeUrl } from '../../../src/trace-reader/url.ts';

describe('trace reader URL', () => {
  it('round-trips a view, a small trace and the what-if settings', () => {
    const v = { view: 'whatif', cycle: 17, parsers: 'gctrace' as const, trace: 'gc 1 @0.1s 1%: …\n中文', gogc: '100', limit: '512MiB', other: '8', rule: 'go1.19' as const };
    const q = writeUrl('?utm=x', v);
    expect(q).toContain('utm=x');
    const back = readUrl(q);
    expect(back.dropped).toEqual([]);
    expect(back.view).toEqual(v);
  });

  it('drops values it cannot read and says which', () => {
    const r = readUrl('?view=%3Cscript%3E&c=-1&f=xml&t=!!!&rule=go1.5&gogc=100');
    expect(r.view).toEqual({ gogc: '100' });
    expect(r.dropped.sort()).toEqual(['c', 'f', 'rule', 't', 'view']);
  });

  it('refuses a trace longer than a link may carry', () => {
    const long = 'x'.repeat(TRACE_IN_URL_MAX * 2);
    const q = writeUrl('', { trace: long });
    expect(readUrl(q).dropped).toEqual(['t']);
  });

  it('counts UTF-8 bytes', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('中')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
  });
});
