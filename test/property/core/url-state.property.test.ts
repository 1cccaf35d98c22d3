// URL codec: round trip for valid states; any query string decodes to a typed result, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlEncode, decodeUrlState, encodeUrlState, type UrlCodecOptions, type UrlErrorCode } from '../../../simulators/core/url-state.ts';
import { GmpActionSchema, GmpConfigSchema, scenarios } from '../../../simulators/gmp/index.ts';
import { actionArb, configArb } from '../gmp/arbitraries.ts';

const opts: UrlCodecOptions = {
  sims: { gmp: { scenarios: scenarios.map((s) => s.id), actionSchema: GmpActionSchema, configSchema: GmpConfigSchema } },
};
const CODES: UrlErrorCode[] = [
  'too-long', 'missing-param', 'duplicate-param', 'bad-sim', 'unknown-sim', 'bad-scenario', 'unknown-scenario', 'bad-seed',
  'bad-step', 'step-too-large', 'bad-encoding', 'bad-json', 'too-deep', 'too-many-actions', 'bad-action', 'bad-config', 'internal',
];

const urlStateArb = fc.record(
  {
    sim: fc.constant('gmp'),
    scenario: fc.constantFrom(...scenarios.map((s) => s.id)),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    step: fc.integer({ min: 0, max: 1_000_000 }),
    actions: fc.array(fc.record({ atStep: fc.integer({ min: 0, max: 1_000_000 }), action: actionArb }), { maxLength: 12 }).map((xs) => [...xs].sort((a, b) => a.atStep - b.atStep)),
    config: configArb,
  },
  { requiredKeys: ['sim', 'scenario', 'step', 'actions'] },
);

function assertTyped(input: string | URLSearchParams) {
  const r = decodeUrlState(input, opts);
  if (!r.ok) {
    expect(CODES).toContain(r.error.code);
    expect(typeof r.error.message).toBe('string');
    expect(typeof r.error.field).toBe('string');
    expect(r.error.code).not.toBe('internal');
  }
  return r;
}

describe('URL codec properties', () => {
  it('valid states round-trip exactly (when they fit)', () => {
    fc.assert(
      fc.property(urlStateArb, (state) => {
        const enc = encodeUrlState(state);
        if (!enc.ok) {
          expect(enc.error.code).toBe('too-long');
          return;
        }
        const dec = decodeUrlState(enc.value, opts);
        expect(dec).toEqual({ ok: true, value: state });
      }),
      { numRuns: 1500 },
    );
  });

  it('arbitrary strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        assertTyped(s);
      }),
      { numRuns: 4000 },
    );
  });

  it('query-shaped garbage never throws and gets typed errors', () => {
    const key = fc.constantFrom('sim', 'sc', 'seed', 'step', 'a', 'cfg', 'x', '');
    const val = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('gmp', 'work-stealing', '0', '-1', '1e9', '4294967295', '4294967296', '1000000', '1000001', 'NaN'),
      fc.json({ maxDepth: 6 }).map((j) => base64urlEncode(j)),
      fc.array(fc.tuple(fc.integer({ min: -5, max: 2_000_000 }), fc.anything({ maxDepth: 4 })), { maxLength: 6 }).map((xs) => base64urlEncode(JSON.stringify(xs))),
      fc.string({ unit: 'binary', maxLength: 60 }).map((s) => encodeURIComponent(s)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, val), { maxLength: 8 }), (pairs) => {
        const q = pairs.map(([k, v]) => `${k}=${v}`).join('&');
        assertTyped(q);
        assertTyped(new URLSearchParams(pairs));
      }),
      { numRuns: 4000 },
    );
  });

  it('corrupting a valid link yields a typed result', () => {
    fc.assert(
      fc.property(urlStateArb, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), (state, at, junk) => {
        const enc = encodeUrlState(state);
        if (!enc.ok) return;
        const i = at % (enc.value.length + 1);
        assertTyped(enc.value.slice(0, i) + junk + enc.value.slice(i + 1));
        assertTyped(enc.value.slice(0, i));
      }),
      { numRuns: 2000 },
    );
  });
});
