// Links from events to the Go source.
import { describe, expect, it } from 'vitest';
import { GO_RELEASE, sourceUrl } from '../../../simulators/core/source.ts';

const BASE = `https://github.com/golang/go/blob/${GO_RELEASE}/src/runtime`;

describe('sourceUrl', () => {
  it('pins a release tag', () => {
    expect(GO_RELEASE).toMatch(/^go1\.\d+\.\d+$/);
  });

  it('links to the file at that tag with a text fragment on the function', () => {
    expect(sourceUrl({ file: 'runtime/proc.go', func: 'runqput' })).toBe(`${BASE}/proc.go#:~:text=func%20runqput%28`);
    expect(sourceUrl({ file: 'runtime/chan.go', func: 'chansend' })).toBe(`${BASE}/chan.go#:~:text=func%20chansend%28`);
  });

  it('finds methods by their receiver', () => {
    expect(sourceUrl({ file: 'runtime/proc.go', func: 'becomeSpinning', receiver: 'mp *m' })).toBe(`${BASE}/proc.go#:~:text=func%20%28mp%20%2Am%29%20becomeSpinning%28`);
    expect(sourceUrl({ file: 'runtime/mgcpacer.go', func: 'commit', receiver: 'c *gcControllerState' })).toBe(
      `${BASE}/mgcpacer.go#:~:text=func%20%28c%20%2AgcControllerState%29%20commit%28`,
    );
  });

  it('falls back to the file for names that are not Go identifiers', () => {
    expect(sourceUrl({ file: '/runtime/proc.go', func: '(pp *p) destroy' })).toBe(`${BASE}/proc.go`);
  });
});
