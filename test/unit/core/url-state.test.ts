// URL state codec: exact format, round trip, and typed errors.
import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode, decodeUrlState, encodeUrlState, URL_LIMITS, type UrlCodecOptions } from '../../../simulators/core/url-state.ts';
import { GmpActionSchema, GmpConfigSchema, scenarios } from '../../../simulators/gmp/index.ts';

const opts: UrlCodecOptions = {
  sims: { gmp: { scenarios: scenarios.map((s) => s.id), actionSchema: GmpActionSchema, configSchema: GmpConfigSchema } },
};

function errorOf(q: string) {
  const r = decodeUrlState(q, opts);
  if (r.ok) throw new Error(`expected an error for ${q}`);
  return r.error;
}

describe('base64url', () => {
  it('round-trips UTF-8 and rejects non-canonical input', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'héllo', '调度器', '{"a":[1,2]}', '🙂']) expect(base64urlDecode(base64urlEncode(s))).toBe(s);
    expect(base64urlEncode('\u00ff\u00fe')).not.toMatch(/[+/=]/);
    expect(base64urlDecode('a')).toBeNull(); // impossible length
    expect(base64urlDecode('ab=')).toBeNull(); // padding is not used
    expect(base64urlDecode('a+b/')).toBeNull(); // standard base64 alphabet
    expect(base64urlDecode('YR')).toBeNull(); // non-zero trailing bits
    expect(base64urlDecode('_w')).toBeNull(); // 0xff alone is not UTF-8
  });
});

describe('encode / decode', () => {
  it('writes the documented compact form and reads it back', () => {
    const state = {
      sim: 'gmp',
      scenario: 'work-stealing',
      seed: 42,
      step: 17,
      actions: [{ atStep: 5, action: { type: 'spawn', p: 1 } }],
    };
    const enc = encodeUrlState(state);
    expect(enc.ok).toBe(true);
    if (!enc.ok) return;
    expect(enc.value).toMatch(/^sim=gmp&sc=work-stealing&seed=42&step=17&a=[A-Za-z0-9_-]+$/);
    const a = new URLSearchParams(enc.value).get('a')!;
    expect(JSON.parse(base64urlDecode(a)!)).toEqual([[5, { type: 'spawn', p: 1 }]]);
    const dec = decodeUrlState('?' + enc.value, opts);
    expect(dec).toEqual({ ok: true, value: state });
    expect(decodeUrlState(new URLSearchParams(enc.value), opts)).toEqual({ ok: true, value: state });
  });

  it('treats seed, step, actions and config as optional', () => {
    expect(decodeUrlState('sim=gmp&sc=go-runnext', opts)).toEqual({ ok: true, value: { sim: 'gmp', scenario: 'go-runnext', actions: [], step: 0 } });
  });

  it('carries a config override validated by the simulator schema', () => {
    const config = { gomaxprocs: 3, main: [{ op: 'compute', us: 10 }] };
    const enc = encodeUrlState({ sim: 'gmp', scenario: 'go-runnext', step: 0, actions: [], config });
    expect(enc.ok).toBe(true);
    if (!enc.ok) return;
    const dec = decodeUrlState(enc.value, opts);
    expect(dec.ok && dec.value.config).toEqual(config);
  });

  it('ignores unrelated parameters', () => {
    expect(decodeUrlState('utm_source=x&sim=gmp&sc=go-runnext&lang=zh', opts).ok).toBe(true);
  });
});

describe('typed errors', () => {
  const b64 = (x: unknown) => base64urlEncode(JSON.stringify(x));
  const cases: [string, string, string][] = [
    ['sc=go-runnext', 'missing-param', 'sim'],
    ['sim=gmp', 'missing-param', 'sc'],
    ['sim=GMP&sc=go-runnext', 'bad-sim', 'sim'],
    ['sim=gc&sc=go-runnext', 'unknown-sim', 'sim'],
    ['sim=constructor&sc=go-runnext', 'unknown-sim', 'sim'],
    ['sim=gmp&sc=../../etc', 'bad-scenario', 'sc'],
    ['sim=gmp&sc=nope', 'unknown-scenario', 'sc'],
    ['sim=gmp&sc=go-runnext&seed=-1', 'bad-seed', 'seed'],
    ['sim=gmp&sc=go-runnext&seed=4294967296', 'bad-seed', 'seed'],
    ['sim=gmp&sc=go-runnext&seed=1e3', 'bad-seed', 'seed'],
    ['sim=gmp&sc=go-runnext&step=07', 'bad-step', 'step'],
    ['sim=gmp&sc=go-runnext&step=1000001', 'step-too-large', 'step'],
    ['sim=gmp&sc=go-runnext&step=1&step=2', 'duplicate-param', 'step'],
    ['sim=gmp&sc=go-runnext&a=%%%', 'bad-encoding', 'a'],
    [`sim=gmp&sc=go-runnext&a=${base64urlEncode('[[1,')}`, 'bad-json', 'a'],
    [`sim=gmp&sc=go-runnext&a=${base64urlEncode('['.repeat(40) + ']'.repeat(40))}`, 'too-deep', 'a'],
    [`sim=gmp&sc=go-runnext&a=${b64({ x: 1 })}`, 'bad-action', 'a'],
    [`sim=gmp&sc=go-runnext&a=${b64([[1.5, { type: 'spawn', p: 0 }]])}`, 'bad-action', 'a'],
    [`sim=gmp&sc=go-runnext&a=${b64([[1, { type: 'teleport' }]])}`, 'bad-action', 'a[0]'],
    [`sim=gmp&sc=go-runnext&a=${b64([[5, { type: 'spawn', p: 0 }], [2, { type: 'spawn', p: 0 }]])}`, 'bad-action', 'a[1]'],
    [`sim=gmp&sc=go-runnext&cfg=${b64({ gomaxprocs: 0, main: [] })}`, 'bad-config', 'cfg'],
    [`sim=gmp&sc=go-runnext&${'x'.repeat(URL_LIMITS.maxChars)}`, 'too-long', ''],
  ];
  for (const [q, code, field] of cases) {
    it(`${code} (${field || 'whole'}) for ${q.slice(0, 60)}`, () => {
      const e = errorOf(q);
      expect(e.code).toBe(code);
      expect(e.field).toBe(field);
      expect(e.message.length).toBeGreaterThan(5);
    });
  }

  it('too-many-actions past 1000', () => {
    const many = Array.from({ length: 1001 }, (_, i) => [i, { type: 'setGomaxprocs', n: 1 }]);
    // Compact enough to stay under the length cap? No: check the encoder refuses first.
    const enc = encodeUrlState({ sim: 'gmp', scenario: 'go-runnext', step: 0, actions: many.map(([atStep, action]) => ({ atStep: atStep as number, action })) });
    expect(enc.ok).toBe(false);
    if (!enc.ok) expect(enc.error.code).toBe('too-many-actions');
    const short = Array.from({ length: 1001 }, () => [0, 0]);
    expect(errorOf(`sim=gmp&sc=go-runnext&a=${b64(short)}`).code).toBe('too-many-actions');
  });

  it('the encoder refuses states over the limits', () => {
    const r = encodeUrlState({ sim: 'gmp', scenario: 'go-runnext', step: 2_000_000, actions: [] });
    expect(r.ok).toBe(false);
    const big = { gomaxprocs: 1, main: Array.from({ length: 2000 }, () => ({ op: 'compute', us: 123456 })) };
    const r2 = encodeUrlState({ sim: 'gmp', scenario: 'go-runnext', step: 0, actions: [], config: big });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error.code).toBe('too-long');
  });
});
