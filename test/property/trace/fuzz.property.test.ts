// Fuzzed and mutated traces (10,000 runs in all): the parsers never throw or hang, every line that
// looks like trace output is either read or reported with its line number, chunked parsing equals
// whole-text parsing, and intact lines survive whatever happens around them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createGctraceParser,
  createSchedtraceParser,
  parseGctraceRecords,
  parseSchedtraceRecords,
  printGcCycle,
  printSchedTick,
  toGcCycle,
  type GctraceRecords,
  type SchedtraceRecords,
} from '../../../simulators/trace/index.ts';
import { chunkSizes, cycleArb, foreign, gcFormat, hostileText, inChunks, mutate, mutations, schedFormat, tickArb } from './arbitraries.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const traces = fileURLToPath(new URL('../../../content/traces/', import.meta.url));
const REAL_GC = readFileSync(traces + 'gctrace-gogc100-p2.txt', 'utf8').split('\n').slice(0, 6);
const REAL_SCHED = readFileSync(traces + 'scheddetail-p4-excerpt.txt', 'utf8').split('\n').slice(0, 20);

// The brief's definition of "looks like gctrace", and the schedtrace equivalents.
const GC_LIKE = /gc \d+ @/;
const SCHED_LIKE = /SCHED \d+ms: |P\d+: status=|M\d+: p=|G\d+: status=/;

function lineNumbers(text: string, re: RegExp): number[] {
  const out: number[] = [];
  text.split('\n').forEach((l, i) => {
    if (re.test(l)) out.push(i + 1);
  });
  return out;
}

function gcCovered(r: GctraceRecords): Set<number> {
  return new Set([...r.cycles.map((c) => c.line), ...r.events.map((e) => e.line), ...r.errors.map((e) => e.line)]);
}

function schedCovered(r: SchedtraceRecords): Set<number> {
  const s = new Set(r.errors.map((e) => e.line));
  for (const t of r.ticks) {
    s.add(t.line);
    for (const x of [...(t.ps ?? []), ...(t.ms ?? []), ...(t.gs ?? [])]) s.add(x.line);
  }
  return s;
}

function gcChunked(text: string, sizes: number[]): GctraceRecords {
  const p = createGctraceParser({ totalChars: text.length });
  for (const c of inChunks(text, sizes)) p.push(c);
  return p.end();
}

function schedChunked(text: string, sizes: number[]): SchedtraceRecords {
  const p = createSchedtraceParser();
  for (const c of inChunks(text, sizes)) p.push(c);
  return p.end();
}

// Lines of a gctrace document: printed cycles, real lines, other gctrace lines, program output.
const gcLine = fc.oneof(
  { weight: 5, arbitrary: gcFormat.chain((f) => cycleArb(f).map((c) => ({ text: printGcCycle(c, f), cycle: c }))) },
  { weight: 1, arbitrary: fc.constantFrom(...REAL_GC).map((text) => ({ text, cycle: null })) },
  { weight: 1, arbitrary: fc.constantFrom('GC forced', 'scvg0: 1 MB released', 'scvg: inuse: 1, idle: 2, sys: 3, released: 0, consumed: 3 (MB)').map((text) => ({ text, cycle: null })) },
  { weight: 2, arbitrary: foreign.map((s) => ({ text: s.replace(/\n/g, ''), cycle: null })) },
);

const schedDoc = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(schedFormat, fc.boolean()).chain(([f, d]) => tickArb(f, d).map((t) => printSchedTick(t, f))) },
    { weight: 1, arbitrary: fc.constantFrom(...REAL_SCHED) },
    { weight: 1, arbitrary: foreign.map((s) => s.replace(/\n/g, '')) },
  ),
  { maxLength: 12 },
);

describe('gctrace parser under fuzzing', () => {
  it('mutated documents: no throw, every gc-looking line read or reported, chunks = whole, intact lines exact', () => {
    fc.assert(
      fc.property(fc.array(gcLine, { maxLength: 14 }), mutations, chunkSizes, (lines, edits, sizes) => {
        const text = mutate(lines.map((l) => l.text).join('\n'), edits);
        const whole = parseGctraceRecords(text);
        expect(gcChunked(text, sizes)).toEqual(whole);
        const covered = gcCovered(whole);
        for (const n of lineNumbers(text, GC_LIKE)) expect(covered, `line ${n}`).toContain(n);
        // A printed cycle line that survived the edits intact, at the start of its line, reads back exactly.
        const finalLines = text.split('\n');
        const byText = new Map(lines.filter((l) => l.cycle).map((l) => [l.text, l.cycle!]));
        finalLines.forEach((l, i) => {
          const c = byText.get(l);
          if (!c) return;
          const got = whole.cycles.find((x) => x.line === i + 1);
          expect(got && toGcCycle(got)).toEqual(toGcCycle({ ...c, line: 0, format: 'go1.18', clockPhases: [], cpuPhases: [], recovered: false }));
        });
      }),
      { numRuns: 3500 },
    );
  });

  it('hostile text made of trace fragments: no throw, gc-looking lines covered', () => {
    fc.assert(
      fc.property(hostileText, chunkSizes, (text, sizes) => {
        const whole = parseGctraceRecords(text);
        expect(gcChunked(text, sizes)).toEqual(whole);
        const covered = gcCovered(whole);
        for (const n of lineNumbers(text, GC_LIKE)) expect(covered, `line ${n}`).toContain(n);
        for (const e of whole.errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('schedtrace parser under fuzzing', () => {
  it('mutated documents: no throw, every SCHED/P/M/G-looking line read or reported, chunks = whole', () => {
    fc.assert(
      fc.property(schedDoc, mutations, chunkSizes, (lines, edits, sizes) => {
        const text = mutate(lines.join('\n'), edits);
        const whole = parseSchedtraceRecords(text);
        expect(schedChunked(text, sizes)).toEqual(whole);
        const covered = schedCovered(whole);
        for (const n of lineNumbers(text, SCHED_LIKE)) expect(covered, `line ${n}`).toContain(n);
      }),
      { numRuns: 3500 },
    );
  });

  it('hostile text made of trace fragments: no throw, lines covered', () => {
    fc.assert(
      fc.property(hostileText, chunkSizes, (text, sizes) => {
        const whole = parseSchedtraceRecords(text);
        expect(schedChunked(text, sizes)).toEqual(whole);
        const covered = schedCovered(whole);
        for (const n of lineNumbers(text, SCHED_LIKE)) expect(covered, `line ${n}`).toContain(n);
      }),
      { numRuns: 1500 },
    );
  });
});
