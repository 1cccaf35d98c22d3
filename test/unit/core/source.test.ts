// Links from events to the Go source.
import { describe, expect, it } from 'vitest';
import { sourceUrl } from '../../../simulators/core/source.ts';

describe('sourceUrl', () => {
  it('links to the file at the go1.26.0 tag with a text fragment on the function', () => {
    expect(sourceUrl({ file: 'runtime/proc.go', func: 'runqput' })).toBe(
      'https://github.com/golang/go/blob/go1.26.0/src/runtime/proc.go#:~:text=func%20runqput%28',
    );
    expect(sourceUrl({ file: 'runtime/chan.go', func: 'chansend' })).toBe(
      'https://github.com/golang/go/blob/go1.26.0/src/runtime/chan.go#:~:text=func%20chansend%28',
    );
  });

  it('finds methods by their receiver form', () => {
    expect(sourceUrl({ file: 'runtime/proc.go', func: 'becomeSpinning' })).toBe(
      'https://github.com/golang/go/blob/go1.26.0/src/runtime/proc.go#:~:text=func%20%28mp%20%2Am%29%20becomeSpinning%28',
    );
  });

  it('falls back to the file for names that are not Go identifiers', () => {
    expect(sourceUrl({ file: '/runtime/proc.go', func: '(pp *p) destroy' })).toBe('https://github.com/golang/go/blob/go1.26.0/src/runtime/proc.go');
  });
});
