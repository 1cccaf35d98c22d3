// Captions in both locales for every key, following the linked function name.
import { describe, expect, it } from 'vitest';
import { createNarrator } from '../../../simulators/core/narrator.ts';
import { init, narrationKeys, narrationTable, narrator, scenarios, step, isTerminal } from '../../../simulators/spsc/index.ts';

const strict = createNarrator(narrationTable, { strict: true });
const sample = { t: 5, h: 2, cached: 1, used: 3, cap: 4, slot: 1, value: 42, lost: 7, spins: 2, n: 3, want: 4, got: -1, zero: 1, moved: 2, reason: 'done', side: 'consumer' };

/** The events of every scenario's first 400 positions. */
function scenarioEvents() {
  const out = [];
  for (const sc of scenarios) {
    let s = init(sc.config, sc.seed);
    for (let i = 0; i < 400 && !isTerminal(s); i++) {
      const r = step(s);
      out.push(...r.events);
      s = r.state;
    }
  }
  return out;
}

describe('narration', () => {
  it('every key reads in English and in Chinese', () => {
    for (const key of narrationKeys) {
      const en = strict.narrate(key, sample, 'en');
      const zh = strict.narrate(key, sample, 'zh-cn');
      expect(en.length, key).toBeGreaterThan(20);
      expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, key).not.toMatch(/\b(the|producer|consumer|slot)\b/);
      expect(en, key).not.toContain('undefined');
      expect(zh, key).not.toContain('undefined');
    }
  });

  it('no caption repeats the function name the shell prints before it', () => {
    for (const e of scenarioEvents()) {
      for (const l of ['en', 'zh-cn'] as const) {
        const text = strict.narrate(e.narration.key, e.narration.params, l);
        expect(text.startsWith(e.source.func), `${e.narration.key}: ${text}`).toBe(false);
        expect(text.startsWith(e.kind)).toBe(false);
      }
    }
  });

  it('every key the scenarios emit has a caption, and most keys are emitted', () => {
    const used = new Set(scenarioEvents().map((e) => e.narration.key));
    for (const k of used) expect(narrationKeys).toContain(k);
    expect(used.size).toBeGreaterThanOrEqual(narrationKeys.length - 4);
  });

  it('says how many cache lines moved, in both locales', () => {
    expect(narrator.narrate('spsc.pop.read', { slot: 0, value: 1, h: 0, moved: 1 }, 'en')).toContain('One cache line moved');
    expect(narrator.narrate('spsc.pop.read', { slot: 0, value: 1, h: 0, moved: 3 }, 'en')).toContain('3 cache lines moved');
    expect(narrator.narrate('spsc.pop.read', { slot: 0, value: 1, h: 0, moved: 3 }, 'zh-cn')).toContain('3 条缓存行');
    expect(narrator.narrate('spsc.pop.read', { slot: 0, value: 1, h: 0, moved: 0 }, 'en')).not.toContain('moved');
  });

  it('tells a stale read of the zero value from one of an old value', () => {
    expect(narrator.narrate('spsc.pop.read.stale', { ...sample, zero: 1 }, 'en')).toContain('the zero value');
    expect(narrator.narrate('spsc.pop.read.stale', { ...sample, zero: 0 }, 'en')).toContain('the old value 42');
    expect(narrator.narrate('spsc.pop.read.stale', { ...sample, zero: 0 }, 'zh-cn')).toContain('旧值 42');
  });
});
