// The race-detector model against what go1.19.8's `go run -race` printed for the real ring
// (see race.ts): silent for the correct ring, the index race for plain fields, and the slot
// race for the wrong publishing order.
import { describe, expect, it } from 'vitest';
import { explore, raceReport, ringSource, scenarioById, STALE_READ_SCHEDULE } from '../../../simulators/spsc/index.ts';
import { cfg, range } from './helpers.ts';

const REPORT = /^==================\nWARNING: DATA RACE\n(Read|Write) at 0x[0-9a-f]{12} by goroutine (7|8):\n  example\.com\/spsc\.\(\*Ring\[\.\.\.\]\)\.(TryPush|TryPop)\(\)\n      \/home\/gopher\/spsc\/ring\.go:(\d+) \+0x[0-9a-f]+\n  main\.main\.func[12]\(\)\n      \/home\/gopher\/ringdemo\/main\.go:\d+ \+0x[0-9a-f]+\n\nPrevious (read|write) at 0x[0-9a-f]{12} by goroutine (7|8):\n[\s\S]*\n\nGoroutine \2 \(running\) created at:\n  main\.main\(\)\n[\s\S]*\nGoroutine \6 \((running|finished)\) created at:\n  main\.main\(\)\n      \/home\/gopher\/ringdemo\/main\.go:(15|23) \+0x[0-9a-f]+\n==================$/;

describe('raceReport', () => {
  it('is silent for the correct ring with atomic indices, whatever the interleaving', () => {
    for (const capacity of [2, 4])
      for (const cachedIndices of [true, false])
        for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
          const r = raceReport({ config: cfg({ capacity, cachedIndices, producer: range(12), pops: 12 }), seed }, { atomics: true });
          expect(r.race).toBeNull();
          expect(r.text).toBe('');
        }
  });

  it('with plain head and tail, reports the first cross-goroutine index access, at the real lines', () => {
    const config = cfg();
    for (const seed of [1, 2, 3]) {
      const r = raceReport({ config, seed }, { atomics: false });
      expect(r.race).not.toBeNull();
      expect(r.text).toMatch(REPORT);
      const { current, previous } = r.race!;
      expect(['head', 'tail']).toContain(current.field);
      expect(previous.field).toBe(current.field);
      expect(current.write || previous.write).toBe(true);
      expect(current.goroutine).not.toBe(previous.goroutine);
      const lines = ringSource(config, { atomics: false }).text.split('\n');
      expect(lines[current.line - 1]).toContain(`r.${current.field}`);
      expect(lines[previous.line - 1]).toContain(`r.${current.field}`);
    }
  });

  it('with atomic indices in the wrong order, reports the slot once the late write runs (the stale-read interleaving)', () => {
    const sc = scenarioById('stale-read')!;
    const r = raceReport({ config: sc.config, seed: sc.seed }, { atomics: true });
    expect(r.race).not.toBeNull();
    expect(r.text).toMatch(REPORT);
    const { current, previous } = r.race!;
    expect(current.field).toBe('slot');
    expect(current.slot).toBe(0);
    expect(r.race!.addr).toBe('0x00c000024000');
    expect(current).toMatchObject({ goroutine: 7, func: 'TryPush', write: true, pc: 'write' });
    expect(previous).toMatchObject({ goroutine: 8, func: 'TryPop', slot: 0 });
    const src = ringSource(sc.config);
    expect(current.line).toBe(src.lines.producer.write);
    expect(previous.line).toBe(previous.write ? src.lines.consumer.clear : src.lines.consumer.read);
    // Reported after the stale read itself, at the producer's write.
    expect(r.race!.position).toBeGreaterThan(STALE_READ_SCHEDULE.length);
  });

  it('stops at `steps`: replaying only up to the stale read finds no race yet', () => {
    const sc = scenarioById('stale-read')!;
    expect(raceReport({ config: sc.config, steps: STALE_READ_SCHEDULE.length }, { atomics: true }).race).toBeNull();
  });

  it('prints "Previous write" when the consumer already cleared the slot, as the real detector did', () => {
    const c = cfg({ publish: 'before-write', producer: [1, 2], pops: 2 });
    // producer: load, store (tail 1); consumer: load, remote, read, clear, store; producer: write.
    const r = raceReport({ config: { ...c, schedule: [0, 0, 1, 1, 1, 1, 1, 0] } }, { atomics: true });
    expect(r.race!.current).toMatchObject({ goroutine: 7, field: 'slot', write: true });
    expect(r.race!.previous).toMatchObject({ goroutine: 8, write: true, pc: 'clear' });
    expect(r.text).toContain('Previous write at 0x00c000024000 by goroutine 8:');
  });

  it('follows reader actions with timeline semantics', () => {
    const c = cfg({ publish: 'before-write', producer: [1], pops: 1 });
    const actions = [
      { atStep: 0, action: { type: 'run' as const, side: 'producer' as const } },
      { atStep: 1, action: { type: 'run' as const, side: 'producer' as const } },
      { atStep: 2, action: { type: 'call' as const, side: 'consumer' as const } },
      { atStep: 3, action: { type: 'run' as const, side: 'producer' as const } },
    ];
    const r = raceReport({ config: c, actions, steps: 4 }, { atomics: true });
    expect(r.race!.position).toBe(4);
    expect(r.race!.previousFinished).toBe(true); // the consumer popped its one value and returned
    expect(r.text).toContain('Goroutine 8 (finished) created at:');
  });

  it('explore\'s schedule for any before-write ring leads to a report', () => {
    for (const capacity of [2, 4]) {
      const c = cfg({ capacity, publish: 'before-write' });
      const e = explore(c);
      expect(raceReport({ config: { ...c, schedule: e.schedule! } }, { atomics: true }).race?.current.field).toBe('slot');
    }
  });
});
