// UI strings are data: every key exists in both locales, no template is empty, and the
// placeholders match, so a Chinese reader never sees a key or a "{n}".
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fill } from '../../../src/i18n/fill.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// src/i18n/en.json and zh-cn.json hold the site-wide namespaces (`sim.`, `sa.`…) with prefixed keys;
// a namespace that client code imports directly has its own pair, <ns>.en.json and <ns>.zh-cn.json,
// whose keys leave the prefix out (the file name carries it, and the browser does not download it).
const dir = 'src/i18n';
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>;
const pairs = new Map<string, Partial<Record<'en' | 'zh-cn', string>>>();
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const m = /^(?:([\w-]+)\.)?(en|zh-cn)\.json$/.exec(f);
  if (!m) throw new Error(`${dir}/${f}: expected <namespace>.<locale>.json or <locale>.json`);
  const ns = m[1] ?? '';
  pairs.set(ns, { ...pairs.get(ns), [m[2] as 'en' | 'zh-cn']: f });
}

describe('UI strings', () => {
  it('come in a file per locale, and in a pair per namespace', () => {
    expect(pairs.get('')).toEqual({ en: 'en.json', 'zh-cn': 'zh-cn.json' });
    for (const [ns, files] of pairs) expect(Object.keys(files).sort(), ns || 'site').toEqual(['en', 'zh-cn']);
  });

  it.each([...pairs.keys()])('have the same keys in every locale, none empty, with the same placeholders (%s)', (ns) => {
    const en = read(pairs.get(ns)!.en!);
    const zh = read(pairs.get(ns)!['zh-cn']!);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      expect(en[k]!.trim(), k).not.toBe('');
      expect(zh[k]!.trim(), k).not.toBe('');
      expect(placeholders(zh[k]!), k).toEqual(placeholders(en[k]!));
      // In a namespace file a prefixed key would be `<ns>.<ns>.key` once qualified.
      if (ns) expect(k.startsWith(`${ns}.`), `${k} repeats its namespace`).toBe(false);
    }
  });

  it('never define a key in two files', () => {
    const keys = [...pairs].flatMap(([ns, files]) => Object.keys(read(files.en!)).map((k) => (ns ? `${ns}.${k}` : k)));
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
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
