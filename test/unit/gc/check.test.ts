// check(): the lost-object rule (what gccheckmark verifies) and the model's bookkeeping rules.
import { describe, expect, it } from 'vitest';
import { check, init } from '../../../simulators/gc/index.ts';
import type { GcState } from '../../../simulators/gc/index.ts';
import { run, tiny } from './helpers.ts';

const rules = (s: GcState) => check(s).map((v) => v.rule).sort();

// Dijkstra without re-scan: B hidden on the scanned stack (the classic Go 1.7 problem).
const hide = tiny({ barrier: 'dijkstra' }, [{ op: 'write', dst: 's0', src: 'g0.0' }, { op: 'write', dst: 'g0.0', src: 'nil' }]);
const race = ['gcStart', 'markroot:0', 'markroot:globals', 'g:0', 'g:0', 'scanobject:A', 'gcMarkDone'];

describe('lost-object', () => {
  it('is silent while marking runs, even with the object hidden; fires once marking has ended', () => {
    const { states } = run(hide, [...race, 'gcMarkTermination']);
    for (const s of states.slice(0, -1)) expect(rules(s)).toEqual([]);
    const end = states.at(-1)!;
    expect(rules(end)).toEqual(['lost-object']);
    expect(check(end)[0]!.message).toMatch(/^B is reachable/);
  });

  it('after sweep the lost object is freed while still reachable', () => {
    const { state } = run(hide, [...race, 'gcMarkTermination', 'sweep']);
    expect(state.objects.B!.freed).toBe(true);
    expect(rules(state)).toEqual(['freed-reachable', 'lost-object']);
  });

  it('unreachable white objects are garbage, not lost', () => {
    const { state } = run(tiny(), ['gcStart', 'markroot:0', 'markroot:globals', 'scanobject:A', 'scanobject:B', 'gcMarkDone', 'gcMarkTermination', 'sweep']);
    expect(state.objects.C!.freed).toBe(true);
    expect(check(state)).toEqual([]);
  });
});

describe('bookkeeping rules catch a corrupted state', () => {
  const base = run(tiny(), ['gcStart', 'markroot:globals']).state; // A grey, on the work list
  const objects = (o: Partial<GcState['objects']>) => ({ ...base.objects, ...o }) as GcState['objects'];

  it('a grey object off the work list, or a work item that is not grey', () => {
    expect(rules({ ...base, work: [] })).toEqual(['grey-is-work']);
    expect(rules({ ...base, work: ['A', 'B'] })).toEqual(['grey-is-work']);
    expect(rules({ ...base, work: ['B', 'A'], objects: objects({ B: { ...base.objects.B!, color: 'grey' } }) })).toEqual(['work-order']);
  });

  it('anything marked or scanned before gcStart', () => {
    const s0 = init(tiny(), 1);
    expect(rules({ ...s0, objects: { ...s0.objects, A: { ...s0.objects.A!, color: 'black' } } })).toEqual(['marked-before-gcStart']);
    expect(rules({ ...s0, globalsColor: 'black' })).toEqual(['scanned-before-gcStart']);
  });

  it('a dangling name, a wrong field count, a premature free', () => {
    expect(rules({ ...base, globals: ['Z'] })).toEqual(['dangling-name']);
    expect(rules({ ...base, objects: objects({ C: { color: 'white', fields: [null], freed: false, fresh: false } }) })).toEqual(['field-count']);
    expect(rules({ ...base, objects: objects({ C: { color: 'white', fields: [null, null], freed: true, fresh: false } }) })).toEqual(['freed-early']);
  });

  it('grey objects or unscanned roots once marking has ended', () => {
    // B, reachable through grey A, is also white: lost.
    expect(rules({ ...base, phase: 'sweep' })).toEqual(['grey-after-mark', 'lost-object', 'root-unscanned']);
  });
});
