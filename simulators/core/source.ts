// Links from an event's source reference to the Go tree, pinned to the release the pages describe.
import type { SourceRef } from './types.ts';

export const GO_RELEASE = 'go1.27.0';
const BASE = `https://github.com/golang/go/blob/${GO_RELEASE}/src/`;

// Text-fragment encoding (WICG scroll-to-text): '-', '&' and ',' are syntax there, so
// they are percent-encoded on top of encodeURIComponent; '(' is encoded for safety.
function fragmentText(text: string): string {
  return encodeURIComponent(text).replace(/[-(),&!'*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/**
 * `sourceUrl({file:'runtime/proc.go', func:'runqput'})` →
 * `https://github.com/golang/go/blob/go1.27.0/src/runtime/proc.go#:~:text=func%20runqput%28`
 * A browser that supports text fragments scrolls to the function; others open the file.
 */
export function sourceUrl(ref: SourceRef): string {
  const file = ref.file.replace(/^\/+/, '');
  const url = BASE + file.split('/').map(encodeURIComponent).join('/');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(ref.func)) return url;
  // A method's declaration line carries its receiver: `func (c *gcControllerState) commit(`.
  const decl = ref.receiver ? `func (${ref.receiver}) ${ref.func}(` : `func ${ref.func}(`;
  return `${url}#:~:text=${fragmentText(decl)}`;
}
