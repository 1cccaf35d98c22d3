// Format detection of the trace reader, on the real traces and on program output mixed in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/trace-reader/detect.ts';

const real = (f: string): string => readFileSync(`content/traces/${f}`, 'utf8');

describe('detectFormat', () => {
  it('names the real traces', () => {
    expect(detectFormat(real('gctrace-gogc100-p2.txt'))).toMatchObject({ primary: 'gctrace', formats: ['gctrace'], gc: 33 });
    expect(detectFormat(real('schedtrace-p2.txt'))).toMatchObject({ primary: 'schedtrace', formats: ['schedtrace'], sched: 15, detail: 0 });
    expect(detectFormat(real('scheddetail-p4-excerpt.txt'))).toMatchObject({ primary: 'scheddetail', formats: ['scheddetail'], sched: 2 });
  });

  it('finds both traces of GODEBUG=gctrace=1,schedtrace=1000 and program output around them', () => {
    const text = [
      'listening on :8080',
      'SCHED 0ms: gomaxprocs=4 idleprocs=1 threads=7 spinningthreads=0 needspinning=0 idlethreads=2 runqueue=3 [ 1 0 2 0 ] schedticks=[ 8 6 4 2 ]',
      'gc 1 @0.007s 4%: 0.050+2.3+0.005 ms clock, 0.10+0.22/0.58/1.1+0.010 ms cpu, 3->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 4 P',
      'gc 2 @0.013s 7%: 0.034+4.2+0.005 ms clock, 0.069+0.96/0.84/0+0.011 ms cpu, 3->4->2 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 4 P',
      '2026/01/01 request done',
    ].join('\n');
    const d = detectFormat(text);
    expect(d.formats).toEqual(['gctrace', 'schedtrace']);
    expect(d.primary).toBe('gctrace');
  });

  it('returns no format for text that is not a trace', () => {
    expect(detectFormat('hello\nworld\n')).toMatchObject({ primary: null, formats: [] });
    expect(detectFormat('')).toMatchObject({ primary: null, formats: [] });
  });

  it('recognises a detail block even when its SCHED line is cut off', () => {
    expect(detectFormat('  P0: status=1 schedtick=3 syscalltick=0 m=0 runqsize=0 gfreecnt=0\n').primary).toBe('scheddetail');
  });
});
