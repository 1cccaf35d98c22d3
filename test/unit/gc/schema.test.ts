// Config validation: shapes and the cross-checks a schema cannot express.
import { describe, expect, it } from 'vitest';
import { init, validateAction, validateConfig } from '../../../simulators/gc/index.ts';
import type { GcConfig } from '../../../simulators/gc/index.ts';
import { tiny } from './helpers.ts';

const bad = (c: unknown) => {
  const r = validateConfig(c);
  return r.ok ? null : r.message;
};

describe('GcConfigSchema', () => {
  it('accepts the programs the engine runs', () => {
    expect(bad(tiny({}, [{ op: 'write', dst: 's0.1', src: 'g0.0.1', line: 3 }, { op: 'new', dst: 'g0' }]))).toBeNull();
  });

  it('rejects dangling names, refs out of range, bad barriers and reserved names', () => {
    const cases: [Partial<GcConfig> | Record<string, unknown>, RegExp][] = [
      [{ globals: ['Z'] }, /unknown object Z/],
      [{ heap: { A: ['Q', null] } }, /unknown object Q/],
      [{ heap: { A: [null, null, null] } }, /3 fields/],
      [{ goroutines: [{ stack: [null], ops: [{ op: 'write', dst: 's1', src: 'nil' }] }] }, /stack slot 1/],
      [{ goroutines: [{ stack: [null], ops: [{ op: 'write', dst: 's0', src: 'g0.2' }] }] }, /2 fields/],
      [{ goroutines: [{ stack: [null], ops: [{ op: 'write', dst: 'nil', src: 's0' }] }] }, /cannot write to nil/],
      [{ goroutines: [{ stack: [null], ops: [{ op: 'write', dst: 'x', src: 's0' }] }] }, /not a ref/],
      [{ barrier: 'steele' }, /barrier/],
      [{ heap: { nil: [null, null] }, globals: [null] }, /reserved/],
      [{ heap: JSON.parse('{"__proto__": [null, null]}') as never, globals: [null] }, /reserved/],
    ];
    for (const [over, msg] of cases) expect(bad({ ...tiny(), ...over }), JSON.stringify(over)).toMatch(msg);
    expect(() => init({ ...tiny(), globals: ['Z'] }, 1)).toThrow(TypeError);
  });

  it('validates actions', () => {
    expect(validateAction({ type: 'new', g: 0, dst: 's0' }).ok).toBe(true);
    expect(validateAction({ type: 'write', g: -1, dst: 's0', src: 'nil' }).ok).toBe(false);
    expect(validateAction({ type: 'steal' }).ok).toBe(false);
  });
});
