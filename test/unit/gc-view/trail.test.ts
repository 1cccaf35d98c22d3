// "How it was lost": the engine's lossTrail as numbered sentences, in both locales, only when an
// object is lost, and only the outcome when the run is not the program's own replay.
import { describe, expect, it } from 'vitest';
import { apply } from '../../../simulators/gc/index.ts';
import { holdersOf, trailOf } from '../../../src/simulators/gc/trail.ts';
import { at, end } from './helpers.ts';

describe('trailOf', () => {
  it('tells how Dijkstra without re-scan loses B, step by step, in the Go source’s words', () => {
    const t = trailOf(end('dijkstra-stack').state, 'en')!;
    expect(t.lost).toEqual(['B']);
    expect(t.freed).toBe(true);
    expect(t.items).toEqual([
      { at: 4, text: "G1 runs p := a.f: B goes onto its stack; stack writes have no barrier" },
      { at: 5, text: 'G1 runs a.f = nil: overwrites the pointer to B; the Dijkstra barrier does not shade the old value' },
      { at: 8, text: "marking ends with B still white, although G1's stack points to it" },
      { at: 9, text: 'sweep frees B while it is still pointed to' },
    ]);
  });

  it('names the other ways of losing an object: no barrier, Yuasa, allocate-white', () => {
    const none = trailOf(end('no-barrier').state, 'en')!;
    expect(none.items.map((i) => i.text)).toEqual([
      'G1 runs a.f = b.f: stores C, and no barrier tells the collector',
      'G1 runs b.f = nil: removes a pointer to C, and no barrier tells the collector',
      'marking ends with C still white, although A points to it',
      'sweep frees C while it is still pointed to',
    ]);
    const yuasa = trailOf(end('yuasa-stack').state, 'en')!;
    expect(yuasa.items[0]!.text).toBe('G1 runs a.f = p: stores B; the Yuasa barrier does not shade the new pointer');
    expect(yuasa.items[1]!.text).toBe('G1 runs p = nil: drops B from its stack, with no barrier');
    const white = trailOf(end('alloc-white').state, 'en')!;
    expect(white.items[0]).toEqual({ at: 4, text: 'G1 runs p := new(T): allocates n0_0 white (allocate-white)' });
  });

  it('is null while nothing is lost, and when the re-scan saves the object', () => {
    expect(trailOf(at('dijkstra-stack', 7).state, 'en')).toBeNull();
    expect(trailOf(end('dijkstra-rescan').state, 'en')).toBeNull();
    expect(trailOf(end('hybrid-four').state, 'en')).toBeNull();
    // Marking has ended but sweep has not run: lost, not yet freed.
    const t = trailOf(at('dijkstra-stack', 8).state, 'en')!;
    expect(t.freed).toBe(false);
    expect(t.items.map((i) => i.at)).toEqual([4, 5, 8]);
  });

  it('speaks Chinese', () => {
    const t = trailOf(end('dijkstra-stack').state, 'zh-cn')!;
    expect(t.items[0]!.text).toBe('G1 执行 p := a.f：B 被放到它的栈上；写栈没有屏障');
    expect(t.items.at(-1)!.text).toBe('清扫释放了 B，而它仍被指向');
  });

  it('lists only the outcome when the reader changed the run', () => {
    // G1 writes nil over its own stack slot and back: the state is not the replay's.
    const s = end('dijkstra-stack').state;
    const changed = apply(s, { type: 'write', g: 0, dst: 's0', src: 's0' }).state;
    const t = trailOf(changed, 'en')!;
    expect(t.lost).toEqual(['B']);
    expect(t.items.every((i) => i.at === null)).toBe(true);
    expect(t.items.map((i) => i.text)).toEqual(["marking ends with B still white, although G1's stack points to it", 'sweep frees B while it is still pointed to']);
  });

  it('finds who holds an object', () => {
    expect(holdersOf(end('no-barrier').state, 'C', 'en')).toEqual(['A']);
    expect(holdersOf(end('dijkstra-stack').state, 'B', 'zh-cn')).toEqual(['G1 的栈']);
  });
});
