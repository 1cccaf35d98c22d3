// Captions: both locales, natural sentences, naming the runtime function.
import { describe, expect, it } from 'vitest';
import { createNarrator } from '../../../simulators/core/narrator.ts';
import { narrate, narrationKeys, narrationTable } from '../../../simulators/gmp/index.ts';
import { locate, schedtrace } from '../../../simulators/gmp/inspect.ts';
import { build } from './helpers.ts';

describe('narrate', () => {
  it('reads like the brief\'s example for a steal, in both locales', () => {
    const p = { p: 1, victim: 0, n: 64, gs: 'G5–G68', g: 68, pass: 1, left: 64 };
    const en = narrate('gmp.runqsteal', p, 'en');
    expect(en).toContain('P1 stole 64 goroutines (G5–G68)');
    expect(en).toContain("P0's local queue");
    expect(en).toContain('will run G68 now');
    expect(en).toContain('runqsteal');
    const zh = narrate('gmp.runqsteal', p, 'zh-cn');
    expect(zh).toContain('P1 从 P0 本地队列的队首偷走 64 个 goroutine（G5–G68）');
    expect(zh).toContain('接下来运行 G68');
  });

  it('formats durations per locale', () => {
    const p = { p: 0, g: 3, m: 0, ran: 10_240_000, schedtick: 7 };
    expect(narrate('gmp.preemptone', p, 'en')).toContain('10.24 ms');
    expect(narrate('gmp.preemptone', p, 'zh-cn')).toContain('10.24 毫秒');
    expect(narrate('gmp.entersyscall', { g: 1, m: 0, p: 0, dur: 500_000 }, 'en')).toContain('500 µs');
  });

  it('falls back to the key for unknown keys for readers; a strict narrator throws on them', () => {
    expect(narrate('gmp.nope', {}, 'en')).toBe('gmp.nope');
    const strict = createNarrator(narrationTable, { strict: true });
    expect(() => strict.narrate('gmp.nope', {}, 'en')).toThrow(/gmp\.nope/);
    for (const k of narrationKeys) {
      for (const l of ['en', 'zh-cn'] as const) {
        const text = strict.narrate(k, { g: 1, p: 0, m: 0, n: 2, ch: 'c', reason: 'sleep' }, l);
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toBe(k);
      }
    }
  });

  it('has a distinct Chinese sentence for every key', () => {
    for (const k of narrationKeys) {
      const zh = narrate(k, { g: 1, p: 0, m: 0, n: 2, ch: 'c', reason: 'sleep' }, 'zh-cn');
      const en = narrate(k, { g: 1, p: 0, m: 0, n: 2, ch: 'c', reason: 'sleep' }, 'en');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toBe(en);
    }
  });
});

describe('view helpers', () => {
  it('locate finds each G and schedtrace prints the current format', () => {
    const s = build({
      procs: 2,
      ps: [{ runnext: 3, runq: [4] }, {}],
      ms: [{ p: 0, phase: 'run', curg: 1, when: 100 }],
      global: [5],
      chans: { c: { recvq: [2] } },
    });
    expect(locate(s, 1)).toEqual({ kind: 'running', m: 0, p: 0 });
    expect(locate(s, 2)).toEqual({ kind: 'chan', ch: 'c', dir: 'recv', index: 0 });
    expect(locate(s, 3)).toEqual({ kind: 'runnext', p: 0 });
    expect(locate(s, 4)).toEqual({ kind: 'runq', p: 0, index: 0 });
    expect(locate(s, 5)).toEqual({ kind: 'global', index: 0 });
    expect(schedtrace(s)).toBe(
      'SCHED 0ms: gomaxprocs=2 idleprocs=1 threads=1 spinningthreads=0 needspinning=0 idlethreads=0 runqueue=1 [ 1 0 ] schedticks=[ 0 0 ]',
    );
  });
});
