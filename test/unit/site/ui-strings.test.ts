// UI strings are data: every key exists in both locales, no template is empty, and the
// placeholders match, so a Chinese reader never sees a key or a "{n}".
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fill, ui } from '../../../src/i18n/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('have the same keys in every locale, none empty, with the same placeholders', () => {
    const en = ui.en as Record<string, string>;
    const zh = ui['zh-cn'] as Record<string, string>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      expect(en[k]!.trim(), k).not.toBe('');
      expect(zh[k]!.trim(), k).not.toBe('');
      expect(placeholders(zh[k]!), k).toEqual(placeholders(en[k]!));
    }
  });

  it('fill replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('step {k} of {n}', { k: 3, n: 19 })).toBe('step 3 of 19');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('the shell never names a simulator', () => {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
  it('src/components, src/pages and src/simulators/shell hold no simulator id', async () => {
    const { simIds } = await import('../../../simulators/registry.ts');
    expect(simIds.length).toBeGreaterThan(0);
    for (const file of ['src/components', 'src/pages', 'src/simulators/shell'].flatMap(walk)) {
      const text = readFileSync(file, 'utf8');
      for (const id of simIds) expect(new RegExp(`\\b${id}\\b`, 'i').test(text), `${file} names ${id}`).toBe(false);
    }
  });
});
