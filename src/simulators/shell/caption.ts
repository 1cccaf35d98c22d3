// One event as reader-facing HTML: the caption text with the runtime function it models turned
// into a link to the Go source. The name is linked where the sentence already says it, so a
// caption never reads "runqput runqput puts…"; otherwise the link leads the sentence.
import { sourceUrl } from '../../../simulators/core/source.ts';
import type { Narrator } from '../../../simulators/core/narrator.ts';
import type { Locale, SimEvent, SourceRef } from '../../../simulators/core/types.ts';
import { escapeHtml } from './format.ts';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function describeEvent(e: SimEvent, narrator: Narrator, locale: Locale, linkFor?: (ref: SourceRef, locale: Locale) => string | undefined): string {
  const text = narrator.narrate(e.narration.key, e.narration.params, locale);
  if (e.kind === 'invalidAction') return escapeHtml(text);
  const href = linkFor?.(e.source, locale) ?? sourceUrl(e.source);
  const title = `${e.source.file} · ${e.source.receiver ? `(${e.source.receiver}) ` : ''}${e.source.func}`;
  const link = (label: string) => `<a class="sim-fn" href="${escapeHtml(href)}" target="_blank" rel="noopener" title="${escapeHtml(title)}"><code>${escapeHtml(label)}</code></a>`;
  for (const name of new Set([e.kind, e.source.func])) {
    // Whole identifier only: "runqput" must not match inside "runqputslow".
    const m = new RegExp(`(^|[^A-Za-z0-9_.])(${escapeRe(name)})(?![A-Za-z0-9_])`).exec(text);
    if (m) {
      const at = m.index + m[1]!.length;
      return escapeHtml(text.slice(0, at)) + link(name) + escapeHtml(text.slice(at + name.length));
    }
  }
  return `${link(e.kind)} ${escapeHtml(text)}`;
}
