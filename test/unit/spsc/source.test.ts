// One Go source: the chapter's ring is RING_SOURCE, every variant is derived from it, and every
// step's line marker points at the statement it executes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainSource, MAIN_LINES, RING_SOURCE, ringSource } from '../../../simulators/spsc/index.ts';
import { alignTrailingComments, edit } from '../../../simulators/spsc/source.ts';
import { cfg } from './helpers.ts';

const variants = (() => {
  const out: { scheme: 'free-running' | 'one-slack'; publish: 'after-write' | 'before-write'; cachedIndices: boolean; padding: 0 | 64 | 128; indexBits: 32 | 64 }[] = [];
  for (const scheme of ['free-running', 'one-slack'] as const)
    for (const publish of ['after-write', 'before-write'] as const)
      for (const cachedIndices of [true, false])
        for (const padding of [0, 64, 128] as const) for (const indexBits of [32, 64] as const) out.push({ scheme, publish, cachedIndices, padding, indexBits });
  return out;
})();

describe('the ring source', () => {
  it('the default config is the chapter ring, unchanged', () => {
    expect(ringSource(cfg()).text).toBe(RING_SOURCE);
    expect(alignTrailingComments(RING_SOURCE)).toBe(RING_SOURCE);
  });

  it('is the code the chapter shows: both locales render RING_SOURCE and keep no copy of their own', () => {
    for (const path of ['content/docs/runtime/memory-model.mdx', 'content/docs/zh-cn/runtime/memory-model.mdx']) {
      const text = readFileSync(path, 'utf8');
      expect(text, path).toMatch(/^import \{ RING_SOURCE \} from '[./]+simulators\/spsc\/ring-source\.ts';$/m);
      expect(text, path).toMatch(/<div id="ring-code">\s*<Code code=\{RING_SOURCE\} lang="go"/);
      expect(text, path).not.toContain('func (r *Ring[T]) TryPush');
    }
  });

  it.each(variants)('marks the right statement for every step: %o', (v) => {
    for (const atomics of [true, false]) {
      const { text, lines } = ringSource(cfg(v), { atomics });
      const at = (n: number) => text.split('\n')[n - 1]!.trim();
      const load = atomics ? '.Load()' : '';
      expect(at(lines.producer.load)).toBe(`t := r.tail${load}`);
      expect(at(lines.producer.remote)).toMatch(v.cachedIndices ? `r.cachedHead = r.head${load}` : `h := r.head${load}`);
      expect(at(lines.producer.write)).toMatch(/^r\.buf\[t&r\.mask\] = v/);
      expect(at(lines.producer.store)).toMatch(atomics ? /^r\.tail\.Store\(/ : /^r\.tail = /);
      expect(at(lines.producer.spin)).toBe('return false');
      expect(at(lines.consumer.load)).toBe(`h := r.head${load}`);
      expect(at(lines.consumer.remote)).toMatch(v.cachedIndices ? `r.cachedTail = r.tail${load}` : `t := r.tail${load}`);
      expect(at(lines.consumer.read)).toBe('v := r.buf[h&r.mask]');
      expect(at(lines.consumer.clear)).toMatch(/^r\.buf\[h&r\.mask\] = zero/);
      expect(at(lines.consumer.store)).toMatch(atomics ? /^r\.head\.Store\(/ : /^r\.head = /);
      // The publishing order is the config's.
      expect(lines.producer.store < lines.producer.write).toBe(v.publish === 'before-write');
      expect(text.includes('_ [cacheLine]byte')).toBe(v.padding !== 0);
      expect(text.includes('cachedHead')).toBe(v.cachedIndices);
      expect(text.includes('(t+1)&r.mask')).toBe(v.scheme === 'one-slack');
      expect(text.includes(v.indexBits === 32 ? 'uint32' : 'uint64')).toBe(true);
      expect(text.includes('sync/atomic"')).toBe(atomics);
    }
  });

  it('main uses the ring with the config\'s values, at the lines the race report names', () => {
    const m = mainSource(cfg({ producer: [10, 20, 30], pops: 3 })).split('\n');
    expect(m[11]).toContain('values := []int{10, 20, 30}');
    expect(m[MAIN_LINES.goProducer - 1]).toContain('go func() { // producer');
    expect(m[MAIN_LINES.push - 1]).toContain('r.TryPush(v)');
    expect(m[MAIN_LINES.goConsumer - 1]).toContain('go func() { // consumer');
    expect(m[MAIN_LINES.pop - 1]).toContain('v, ok := r.TryPop()');
    expect(m[MAIN_LINES.popRetry - 1]).toContain('v, ok = r.TryPop()');
    const big = mainSource(cfg({ producer: Array.from({ length: 100 }, (_, i) => i + 1), pops: 100 }));
    expect(big).toContain('values := sequence(100)');
    expect(big).toContain('func sequence(n int) []int');
  });

  it('a variant edit whose anchor is missing or ambiguous throws instead of drifting', () => {
    expect(edit('a b c', 'b', 'x')).toBe('a x c');
    expect(() => edit('a b c', 'z', 'x')).toThrow(/anchor/);
    expect(() => edit('b b', 'b', 'x')).toThrow(/anchor/);
  });
});
