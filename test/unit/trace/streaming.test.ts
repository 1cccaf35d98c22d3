// The chunked API gives the same result as the whole-text one, wherever the chunks split.
import { describe, expect, it } from 'vitest';
import { createGctraceParser, createSchedtraceParser, parseGctraceRecords, parseSchedtraceRecords } from '../../../simulators/trace/index.ts';
import { readTrace } from './helpers.ts';

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const GC = readTrace('gctrace-gogc100-p2.txt');
const DETAIL = readTrace('scheddetail-p4-excerpt.txt');
const MIXED = `program starting\r\n${GC.split('\n').slice(0, 5).join('\r\nnoise\r\n')}\nscvg0: 1 MB released\nGC forced\n${DETAIL}`;

describe('createGctraceParser', () => {
  it.each([1, 2, 7, 64, 4096])('chunks of %i chars give the whole-text result', (size) => {
    const p = createGctraceParser();
    for (const c of chunks(MIXED, size)) p.push(c);
    expect(p.end()).toEqual(parseGctraceRecords(MIXED));
  });

  it('reports progress and drains each record once', () => {
    const p = createGctraceParser({ totalChars: GC.length });
    const half = GC.length >> 1;
    p.push(GC.slice(0, half));
    const mid = p.progress();
    expect(mid.chars).toBe(half);
    expect(mid.fraction).toBe(half / GC.length);
    const first = p.drain();
    expect(first.cycles.length).toBe(mid.records);
    p.push(GC.slice(half));
    p.end();
    const rest = p.drain();
    expect(first.cycles.length + rest.cycles.length).toBe(33);
    expect([...first.cycles, ...rest.cycles].map((c) => c.n)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(p.drain().cycles).toEqual([]);
    expect(p.progress()).toMatchObject({ chars: GC.length, lines: 33, fraction: 1, records: 33, errors: 0 });
  });

  it('end() is idempotent and later pushes are ignored', () => {
    const p = createGctraceParser();
    p.push(GC);
    const a = p.end();
    p.push(GC);
    expect(p.end()).toEqual(a);
    expect(p.progress().fraction).toBeNull();
  });

  it('does not throw on values that are not strings', () => {
    const p = createGctraceParser();
    p.push(undefined as unknown as string);
    p.push(42 as unknown as string);
    expect(p.end()).toEqual({ cycles: [], events: [], errors: [] });
    expect(parseGctraceRecords(null as unknown as string)).toEqual({ cycles: [], events: [], errors: [] });
  });
});

describe('createSchedtraceParser', () => {
  it.each([1, 3, 50, 1000])('chunks of %i chars give the whole-text result', (size) => {
    const p = createSchedtraceParser();
    for (const c of chunks(MIXED, size)) p.push(c);
    expect(p.end()).toEqual(parseSchedtraceRecords(MIXED));
  });

  it('drains a scheddetail tick only once its P/M/G lines are all in', () => {
    const p = createSchedtraceParser({ totalChars: DETAIL.length });
    const lines = DETAIL.split('\n');
    p.push(lines.slice(0, 13).join('\n') + '\n'); // the first tick, complete, but no next SCHED line yet
    expect(p.drain().ticks).toEqual([]);
    p.push(lines.slice(13).join('\n'));
    const mid = p.drain().ticks;
    expect(mid.map((t) => [t.atMs, t.gs!.length])).toEqual([[0, 4]]);
    p.end();
    expect(p.drain().ticks.map((t) => [t.atMs, t.gs!.length])).toEqual([[202, 97]]);
  });
});
