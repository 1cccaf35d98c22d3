// Without a browser, build and tests stop with one line naming the apt package and CHROMIUM_PATH.
import { describe, expect, it } from 'vitest';
import { findChromium, noChromiumMessage } from '../../../src/plugins/browser-path.mjs';

describe('findChromium', () => {
  const has = (...paths: string[]) => (p: unknown) => paths.includes(String(p));

  it('prefers CHROMIUM_PATH, then the first candidate that exists', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: '/x/chrome' }, candidates: ['/a'], exists: has('/x/chrome', '/a') })).toBe('/x/chrome');
    expect(findChromium({ env: {}, candidates: ['/a', '/b'], exists: has('/b') })).toBe('/b');
  });

  it('returns null when none exists, or CHROMIUM_PATH names a missing file', () => {
    expect(findChromium({ env: {}, candidates: ['/a'], exists: has() })).toBeNull();
    expect(findChromium({ env: { CHROMIUM_PATH: '/typo' }, candidates: ['/a'], exists: has('/a') })).toBeNull();
  });

  it('explains in one line: the apt package and CHROMIUM_PATH', () => {
    for (const msg of [noChromiumMessage({}), noChromiumMessage({ CHROMIUM_PATH: '/typo' })]) {
      expect(msg).not.toContain('\n');
      expect(msg).toContain('apt-get install chromium');
      expect(msg).toContain('CHROMIUM_PATH');
    }
    expect(noChromiumMessage({ CHROMIUM_PATH: '/typo' })).toContain('/typo');
  });
});
