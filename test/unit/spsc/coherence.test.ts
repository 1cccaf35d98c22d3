// The cache-line layout and the two-core MESI model: false sharing shows as extra transfers.
import { describe, expect, it } from 'vitest';
import { init, layout, lineStates, step } from '../../../simulators/spsc/index.ts';
import { access, M, MOVED, S, E, I } from '../../../simulators/spsc/coherence.ts';
import { call, cfg, range, runToEnd } from './helpers.ts';

const pack = (p: number, c: number) => p | (c << 2);

describe('MESI', () => {
  it('a read of a line the other core modified moves it and leaves both Shared', () => {
    const r = access(pack(I, M), 0, false);
    expect(r & MOVED).toBe(MOVED);
    expect(r & ~MOVED).toBe(pack(S, S));
  });
  it('a write to a line the other core holds invalidates its copy', () => {
    expect(access(pack(S, S), 1, true)).toBe(pack(I, M) | MOVED);
    expect(access(pack(I, E), 0, true)).toBe(pack(M, I) | MOVED);
  });
  it('first touches and private lines cost nothing', () => {
    expect(access(pack(I, I), 0, false)).toBe(pack(E, I));
    expect(access(pack(E, I), 0, true)).toBe(pack(M, I));
    expect(access(pack(M, I), 0, true)).toBe(pack(M, I));
    expect(access(pack(S, S), 1, false)).toBe(pack(S, S));
  });
});

describe('layout', () => {
  it('without padding, head, tail and both caches share the first line with buf and mask', () => {
    const l = layout({ capacity: 16, padding: 0, cachedIndices: true });
    expect(l.fieldLine.head).toBe(0);
    expect(l.fieldLine.tail).toBe(0);
    expect(l.fieldLine.cachedHead).toBe(0);
    expect(l.lines.filter((x) => x.kind === 'slots')).toHaveLength(2);
  });
  it('64 bytes of padding put tail at offset 176, as go1.19.8 laid out the chapter ring', () => {
    // A real `go run -race` report of the padded ring showed tail at struct base + 0xb0.
    const l = layout({ capacity: 4, padding: 64, cachedIndices: true });
    expect(l.fieldOffset.tail).toBe(0xb0);
    expect(l.fieldLine.head).not.toBe(l.fieldLine.tail);
    expect(layout({ capacity: 4, padding: 128, cachedIndices: true }).fieldOffset.tail).toBe(304);
  });
  it('exports each line\'s state per core', () => {
    let s = init(cfg(), 1);
    s = call(s, 'producer').state;
    const ls = lineStates(s);
    const tailLine = ls.find((x) => x.fields.some((f) => f.name === 'tail'))!;
    expect(tailLine.producer).toBe('M');
    expect(tailLine.consumer).toBe('I');
    expect(ls.find((x) => x.kind === 'slots')!.producer).toBe('M');
  });
});

describe('false sharing', () => {
  const base = cfg({ capacity: 8, producer: range(64), pops: 64 });
  it('the same interleaving moves more lines when head and tail share one', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const shared = runToEnd({ ...base, padding: 0 }, seed);
      const padded = runToEnd({ ...base, padding: 64 }, seed);
      expect(shared.steps).toBe(padded.steps);
      expect(shared.received).toEqual(padded.received);
      expect(shared.counters.lineTransfers).toBeGreaterThan(padded.counters.lineTransfers);
      expect(shared.counters.remoteIndexLoads).toBe(padded.counters.remoteIndexLoads);
    }
  });
  it('padding 128 moves no more lines than 64 (on 64-byte lines they separate the same fields)', () => {
    const a = runToEnd({ ...base, padding: 64 }, 9);
    const b = runToEnd({ ...base, padding: 128 }, 9);
    expect(b.counters.lineTransfers).toBe(a.counters.lineTransfers);
  });
  it('names the lines that moved in the step\'s event', () => {
    let s = init({ ...base, padding: 0, schedule: [0, 0, 0, 1] }, 1);
    for (let i = 0; i < 3; i++) s = step(s).state;
    const r = step(s); // consumer's head.Load: the line the producer just wrote
    expect(r.events[0]!.actors['line']).toEqual([0]);
    expect(r.events[0]!.narration.params['moved']).toBe(1);
  });
});
