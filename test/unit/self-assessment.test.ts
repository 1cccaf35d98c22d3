// The self-assessment's pure logic: export files, import validation, stored state, progress.
import { describe, expect, it } from 'vitest';
import {
  buildExport,
  countText,
  FILE_FORMAT,
  FILE_VERSION,
  MAX_IMPORT_BYTES,
  mergeStored,
  parseImport,
  parseStored,
  percent,
  tally,
} from '../../src/lib/self-assessment';
import { capabilities } from '../../src/data/capabilities';

const known = new Set(['a.junior.x', 'a.mid.y', 'b.junior.z']);
const file = (checked: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt: '2026-01-01T00:00:00.000Z', checked, ...extra });

describe('export', () => {
  it('writes the documented shape with an ISO timestamp and deduplicated ids', () => {
    const out = buildExport(['a.mid.y', 'a.junior.x', 'a.mid.y'], new Date(Date.UTC(2026, 0, 2, 3, 4, 5)));
    expect(out).toEqual({
      format: 'go-atlas-self-assessment',
      version: 1,
      exportedAt: '2026-01-02T03:04:05.000Z',
      checked: ['a.mid.y', 'a.junior.x'],
    });
  });

  it('round-trips through parseImport', () => {
    const text = JSON.stringify(buildExport(['a.junior.x', 'b.junior.z'], new Date()));
    expect(parseImport(text, known)).toEqual({ ok: true, checked: ['a.junior.x', 'b.junior.z'], unknown: 0, duplicates: 0 });
  });
});

describe('import', () => {
  it('accepts a valid file', () => {
    expect(parseImport(file(['a.mid.y']), known)).toEqual({ ok: true, checked: ['a.mid.y'], unknown: 0, duplicates: 0 });
  });

  it('accepts an empty list, and a file without exportedAt', () => {
    expect(parseImport(file([]), known)).toEqual({ ok: true, checked: [], unknown: 0, duplicates: 0 });
    expect(parseImport(JSON.stringify({ format: FILE_FORMAT, version: 1, checked: ['a.mid.y'] }), known)).toMatchObject({ ok: true, checked: ['a.mid.y'] });
  });

  it('rejects text that is not JSON', () => {
    for (const text of ['', 'not json', '{"format":', '\u0000\u0001binary']) {
      expect(parseImport(text, known)).toEqual({ ok: false, error: 'not-json' });
    }
  });

  it('rejects JSON that is not a Go Atlas export', () => {
    for (const text of ['null', '42', '"text"', '[]', '["a.mid.y"]', '{}', JSON.stringify({ format: 'something-else', version: 1, checked: [] })]) {
      expect(parseImport(text, known), text).toEqual({ ok: false, error: 'wrong-format' });
    }
  });

  it('rejects a file whose checked list is missing or not a list of strings', () => {
    for (const checked of [undefined, null, 'a.mid.y', { 0: 'a.mid.y' }, ['a.mid.y', 3], [null]]) {
      expect(parseImport(file(checked), known), JSON.stringify(checked)).toEqual({ ok: false, error: 'wrong-format' });
    }
  });

  it('rejects another format version', () => {
    for (const version of [2, 0, '1', null]) {
      expect(parseImport(file([], { version }), known)).toEqual({ ok: false, error: 'wrong-version' });
    }
  });

  it('drops unknown ids and counts them', () => {
    expect(parseImport(file(['a.junior.x', 'gone.junior.old', 'also.unknown', 'b.junior.z']), known)).toEqual({
      ok: true,
      checked: ['a.junior.x', 'b.junior.z'],
      unknown: 2,
      duplicates: 0,
    });
  });

  it('drops duplicates and counts them, known or not', () => {
    expect(parseImport(file(['a.junior.x', 'a.junior.x', 'zzz', 'zzz', 'a.junior.x']), known)).toEqual({
      ok: true,
      checked: ['a.junior.x'],
      unknown: 1,
      duplicates: 3,
    });
  });

  it('rejects a file larger than 1 MB before parsing it', () => {
    const padding = 'x'.repeat(MAX_IMPORT_BYTES);
    expect(parseImport(file(['a.junior.x'], { padding }), known)).toEqual({ ok: false, error: 'too-large' });
    // Just under the limit is still read.
    const small = file(['a.junior.x'], { padding: '' });
    const fits = file(['a.junior.x'], { padding: 'x'.repeat(MAX_IMPORT_BYTES - small.length) });
    expect(fits.length).toBe(MAX_IMPORT_BYTES);
    expect(parseImport(fits, known)).toMatchObject({ ok: true, checked: ['a.junior.x'] });
  });
});

describe('stored state', () => {
  it('reads a JSON array of ids and tolerates anything else', () => {
    expect(parseStored('["a.junior.x","x.y.z"]')).toEqual(['a.junior.x', 'x.y.z']);
    expect(parseStored('["a.junior.x","a.junior.x"]')).toEqual(['a.junior.x']);
    for (const raw of [null, '', 'garbage', '{"a":1}', '[1,2]', 'null']) expect(parseStored(raw)).toEqual([]);
  });

  it('keeps stored ids the page does not know, and replaces the known ones with what is ticked', () => {
    const stored = ['a.junior.x', 'retired.senior.old', 'a.mid.y'];
    expect(mergeStored(stored, known, ['b.junior.z'])).toEqual(['retired.senior.old', 'b.junior.z']);
    expect(mergeStored(stored, known, [])).toEqual(['retired.senior.old']);
    expect(mergeStored([], known, ['a.mid.y', 'a.mid.y', 'not.known.here'])).toEqual(['a.mid.y']);
  });

  it('brings a returning item back ticked', () => {
    const withoutY = new Set(['a.junior.x', 'b.junior.z']);
    const stored = mergeStored(['a.mid.y'], withoutY, ['a.junior.x']);
    expect(stored.sort()).toEqual(['a.junior.x', 'a.mid.y']);
    expect(new Set(stored).has('a.mid.y')).toBe(true);
  });
});

describe('progress', () => {
  const items = [
    { id: 'a.junior.x', groups: ['d-a', 'l-junior'] },
    { id: 'a.mid.y', groups: ['d-a', 'l-mid'] },
    { id: 'b.junior.z', groups: ['d-b', 'l-junior'] },
  ];

  it('counts done and total per group and overall', () => {
    const t = tally(items, new Set(['a.junior.x', 'b.junior.z', 'unknown.id']));
    expect(t.get('all')).toEqual({ done: 2, total: 3 });
    expect(t.get('d-a')).toEqual({ done: 1, total: 2 });
    expect(t.get('d-b')).toEqual({ done: 1, total: 1 });
    expect(t.get('l-junior')).toEqual({ done: 2, total: 2 });
    expect(t.get('l-mid')).toEqual({ done: 0, total: 1 });
    expect(t.get('l-senior')).toBeUndefined();
  });

  it('formats counts and percentages', () => {
    expect(countText({ done: 7, total: 24 })).toBe('7 / 24');
    expect(percent({ done: 7, total: 24 })).toBe(29);
    expect(percent({ done: 23, total: 24 })).toBe(95);
    expect(percent({ done: 199, total: 200 })).toBe(99); // never rounds up to 100 before the end
    expect(percent({ done: 24, total: 24 })).toBe(100);
    expect(percent({ done: 0, total: 0 })).toBe(0);
  });

  it('adds up over the real matrix: dimensions and levels both partition it', () => {
    const real = capabilities.map((c) => ({ id: c.id, groups: [`d-${c.dimension}`, `l-${c.level}`] }));
    const all = new Set(capabilities.map((c) => c.id));
    expect(all.size).toBe(capabilities.length); // ids are unique
    const t = tally(real, all);
    const sum = (prefix: string) => [...t].filter(([k]) => k.startsWith(prefix)).reduce((n, [, v]) => n + v.total, 0);
    expect(t.get('all')).toEqual({ done: capabilities.length, total: capabilities.length });
    expect(sum('d-')).toBe(capabilities.length);
    expect(sum('l-')).toBe(capabilities.length);
  });
});
