// One formatter for captions and read-outs.
import { describe, expect, it } from 'vitest';
import { fmtBytes, fmtDuration, fmtNumber, fmtPercent } from '../../../simulators/core/format.ts';

describe('format', () => {
  it('durations keep integers whole and trim only decimals', () => {
    expect(fmtDuration(0)).toBe('0 ns');
    expect(fmtDuration(10)).toBe('10 ns');
    expect(fmtDuration(12_500)).toBe('12.5 µs');
    expect(fmtDuration(10_000)).toBe('10 µs');
    expect(fmtDuration(10_240_000)).toBe('10.24 ms');
    expect(fmtDuration(20_000_000)).toBe('20 ms');
    expect(fmtDuration(2_500_000_000)).toBe('2.5 s');
    expect(fmtDuration(10_240_000, 'zh-cn')).toBe('10.24 毫秒');
  });
  it('bytes use binary units', () => {
    expect(fmtBytes(512)).toBe('512 B');
    expect(fmtBytes(4 * 1024)).toBe('4 KiB');
    expect(fmtBytes(18 * 1024 * 1024)).toBe('18 MiB');
    expect(fmtBytes(1.5 * 1024 ** 3)).toBe('1.5 GiB');
    expect(fmtBytes(Infinity)).toBe('∞');
  });
  it('numbers group thousands; percentages trim', () => {
    expect(fmtNumber(1234567)).toBe('1,234,567');
    expect(fmtNumber(1000.5)).toBe('1,000.5');
    expect(fmtPercent(25)).toBe('25%');
    expect(fmtPercent(3.25, 1)).toBe('3.3%');
  });
});
