// URL state codec: {sim, scenario, seed, config?, actions, step} ⇄ query string.
//
// Format (all parameters are plain URLSearchParams entries):
//   sim=gmp            simulator id            [a-z0-9-], ≤ 64 chars, required
//   sc=work-stealing   scenario id             same alphabet, required
//   seed=42            uint32 decimal          optional (absent → the scenario's seed)
//   step=17            timeline position       decimal, 0 … 1,000,000, optional (absent → 0)
//   a=<b64url>         actions                 base64url(UTF-8 JSON of [[atStep, action], …]), optional
//   cfg=<b64url>       config override         base64url(UTF-8 JSON), optional
// Other parameters are ignored (analytics tags, Starlight's own). A parameter given twice is
// an error. Limits: whole query ≤ 10,000 chars, ≤ 1,000 actions, JSON nesting ≤ 32.
//
// decodeUrlState never throws: every failure is {ok:false, error:{code, message, field}}.
import * as v from 'valibot';
import type { TimedAction } from './types.ts';

export const URL_LIMITS = {
  maxChars: 10_000,
  maxActions: 1_000,
  maxStep: 1_000_000,
  maxDepth: 32,
  maxNodes: 20_000,
} as const;

export type UrlState<Action = unknown, Config = unknown> = {
  sim: string;
  scenario: string;
  /** Absent in the URL → undefined: use the scenario's own seed. */
  seed?: number;
  config?: Config;
  actions: TimedAction<Action>[];
  step: number;
};

export type UrlErrorCode =
  | 'too-long'
  | 'missing-param'
  | 'duplicate-param'
  | 'bad-sim'
  | 'unknown-sim'
  | 'bad-scenario'
  | 'unknown-scenario'
  | 'bad-seed'
  | 'bad-step'
  | 'step-too-large'
  | 'bad-encoding'
  | 'bad-json'
  | 'too-deep'
  | 'too-many-actions'
  | 'bad-action'
  | 'bad-config'
  | 'internal';

export type UrlError = { code: UrlErrorCode; message: string; field: string };
export type UrlResult<T> = { ok: true; value: T } | { ok: false; error: UrlError };

/** What the codec may know about each simulator, to validate ids, actions and configs. */
export type SimUrlSpec = {
  scenarios?: readonly string[];
  actionSchema?: v.GenericSchema;
  configSchema?: v.GenericSchema;
};
export type UrlCodecOptions = { sims?: Record<string, SimUrlSpec> };

const ID_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const UINT_RE = /^(0|[1-9][0-9]{0,9})$/;
const KNOWN = ['sim', 'sc', 'seed', 'step', 'a', 'cfg'] as const;

function fail<T>(code: UrlErrorCode, field: string, message: string): UrlResult<T> {
  return { ok: false, error: { code, field, message } };
}

// ---- base64url over UTF-8, strict (no padding, canonical trailing bits) --------------------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function base64urlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/** Returns the decoded text, or null when the input is not canonical base64url of UTF-8. */
export function base64urlDecode(s: string): string | null {
  if (s.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bi = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c < 128 ? LOOKUP[c]! : -1;
    if (d < 0) return null;
    acc = ((acc << 6) | d) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[bi++] = (acc >> bits) & 0xff;
    }
  }
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return null; // non-canonical trailing bits
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bi));
  } catch {
    return null;
  }
}

// ---- JSON with size guards ---------------------------------------------------------------

type JsonResult = { ok: true; value: unknown } | { ok: false; code: UrlErrorCode; message: string };

function parseGuardedJson(b64: string): JsonResult {
  const text = base64urlDecode(b64);
  if (text === null) return { ok: false, code: 'bad-encoding', message: 'not valid base64url-encoded UTF-8' };
  // Depth is measured on the text before parsing so absurd nesting never reaches JSON.parse.
  let depth = 0;
  let maxDepth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: skip the escaped char
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    } else if (ch === 93 || ch === 125) depth--;
  }
  if (maxDepth > URL_LIMITS.maxDepth) return { ok: false, code: 'too-deep', message: `JSON nested deeper than ${URL_LIMITS.maxDepth}` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, code: 'bad-json', message: 'not valid JSON' };
  }
  return { ok: true, value };
}

// ---- schemas -----------------------------------------------------------------------------

const AtStepSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(URL_LIMITS.maxStep));
const ActionsShape = v.array(v.strictTuple([AtStepSchema, v.unknown()]));

function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}

// ---- decode ------------------------------------------------------------------------------

/** Parses a query string (with or without '?') or URLSearchParams. Never throws. */
export function decodeUrlState(input: string | URLSearchParams, options: UrlCodecOptions = {}): UrlResult<UrlState> {
  try {
    return decodeUnsafe(input, options);
  } catch (e) {
    return fail('internal', '', `unexpected error while reading the URL: ${String(e).slice(0, 200)}`);
  }
}

function decodeUnsafe(input: string | URLSearchParams, options: UrlCodecOptions): UrlResult<UrlState> {
  const raw = typeof input === 'string' ? input : input.toString();
  if (typeof raw !== 'string') return fail('internal', '', 'input is not a string');
  if (raw.length > URL_LIMITS.maxChars) {
    return fail('too-long', '', `the link state is ${raw.length} characters; the limit is ${URL_LIMITS.maxChars}`);
  }
  const params = typeof input === 'string' ? new URLSearchParams(raw.startsWith('?') ? raw.slice(1) : raw) : input;
  const got: Partial<Record<(typeof KNOWN)[number], string>> = {};
  for (const key of KNOWN) {
    const all = params.getAll(key);
    if (all.length > 1) return fail('duplicate-param', key, `parameter "${key}" appears ${all.length} times`);
    if (all.length === 1) got[key] = all[0]!;
  }

  const sim = got.sim;
  if (sim === undefined) return fail('missing-param', 'sim', 'parameter "sim" is missing');
  if (!ID_RE.test(sim)) return fail('bad-sim', 'sim', 'simulator id must be lowercase letters, digits and dashes');
  const spec = options.sims ? options.sims[sim] : undefined;
  if (options.sims && (!spec || !Object.prototype.hasOwnProperty.call(options.sims, sim))) {
    return fail('unknown-sim', 'sim', `no simulator "${sim}"`);
  }

  const scenario = got.sc;
  if (scenario === undefined) return fail('missing-param', 'sc', 'parameter "sc" (scenario) is missing');
  if (!ID_RE.test(scenario)) return fail('bad-scenario', 'sc', 'scenario id must be lowercase letters, digits and dashes');
  if (spec?.scenarios && !spec.scenarios.includes(scenario)) {
    return fail('unknown-scenario', 'sc', `simulator "${sim}" has no scenario "${scenario}"`);
  }

  let seed: number | undefined;
  if (got.seed !== undefined) {
    if (!UINT_RE.test(got.seed) || Number(got.seed) > 0xffffffff) {
      return fail('bad-seed', 'seed', 'seed must be a whole number from 0 to 4294967295');
    }
    seed = Number(got.seed);
  }

  let step = 0;
  if (got.step !== undefined) {
    if (!UINT_RE.test(got.step)) return fail('bad-step', 'step', 'step must be a whole number ≥ 0');
    step = Number(got.step);
    if (step > URL_LIMITS.maxStep) return fail('step-too-large', 'step', `step must be at most ${URL_LIMITS.maxStep}`);
  }

  const actions: TimedAction<unknown>[] = [];
  if (got.a !== undefined && got.a !== '') {
    const parsed = parseGuardedJson(got.a);
    if (!parsed.ok) return fail(parsed.code, 'a', `actions: ${parsed.message}`);
    if (Array.isArray(parsed.value) && parsed.value.length > URL_LIMITS.maxActions) {
      return fail('too-many-actions', 'a', `${parsed.value.length} actions; the limit is ${URL_LIMITS.maxActions}`);
    }
    const shape = v.safeParse(ActionsShape, parsed.value);
    if (!shape.success) return fail('bad-action', 'a', `actions must be [[atStep, action], …]: ${describeIssue(shape.issues)}`);
    for (let i = 0; i < shape.output.length; i++) {
      const [atStep, action] = shape.output[i]!;
      let value: unknown = action;
      if (spec?.actionSchema) {
        const r = v.safeParse(spec.actionSchema, action);
        if (!r.success) return fail('bad-action', `a[${i}]`, `action ${i}: ${describeIssue(r.issues)}`);
        value = r.output;
      }
      actions.push({ atStep, action: value });
    }
    for (let i = 1; i < actions.length; i++) {
      if (actions[i]!.atStep < actions[i - 1]!.atStep) {
        return fail('bad-action', `a[${i}]`, 'actions must be sorted by step');
      }
    }
  }

  let config: unknown;
  let hasConfig = false;
  if (got.cfg !== undefined && got.cfg !== '') {
    const parsed = parseGuardedJson(got.cfg);
    if (!parsed.ok) return fail(parsed.code, 'cfg', `config: ${parsed.message}`);
    config = parsed.value;
    if (spec?.configSchema) {
      const r = v.safeParse(spec.configSchema, config);
      if (!r.success) return fail('bad-config', 'cfg', `config: ${describeIssue(r.issues)}`);
      config = r.output;
    }
    hasConfig = true;
  }

  const value: UrlState = { sim, scenario, actions, step };
  if (seed !== undefined) value.seed = seed;
  if (hasConfig) value.config = config;
  return { ok: true, value };
}

// ---- encode ------------------------------------------------------------------------------

/** Builds the query string (without '?'). Fails (typed) when the state breaks a limit. */
export function encodeUrlState(state: UrlState): UrlResult<string> {
  try {
    if (!ID_RE.test(state.sim)) return fail('bad-sim', 'sim', 'simulator id must be lowercase letters, digits and dashes');
    if (!ID_RE.test(state.scenario)) return fail('bad-scenario', 'sc', 'scenario id must be lowercase letters, digits and dashes');
    if (state.seed !== undefined && !(Number.isInteger(state.seed) && state.seed >= 0 && state.seed <= 0xffffffff)) {
      return fail('bad-seed', 'seed', 'seed must be a whole number from 0 to 4294967295');
    }
    if (!Number.isInteger(state.step) || state.step < 0) return fail('bad-step', 'step', 'step must be a whole number ≥ 0');
    if (state.step > URL_LIMITS.maxStep) return fail('step-too-large', 'step', `step must be at most ${URL_LIMITS.maxStep}`);
    if (state.actions.length > URL_LIMITS.maxActions) {
      return fail('too-many-actions', 'a', `${state.actions.length} actions; the limit is ${URL_LIMITS.maxActions}`);
    }
    for (let i = 0; i < state.actions.length; i++) {
      const at = state.actions[i]!.atStep;
      if (!Number.isInteger(at) || at < 0 || at > URL_LIMITS.maxStep) {
        return fail('bad-action', `a[${i}]`, `action ${i}: atStep must be a whole number from 0 to ${URL_LIMITS.maxStep}`);
      }
    }
    const parts = [`sim=${state.sim}`, `sc=${state.scenario}`];
    if (state.seed !== undefined) parts.push(`seed=${state.seed}`);
    parts.push(`step=${state.step}`);
    if (state.actions.length > 0) {
      const sorted = [...state.actions].sort((x, y) => x.atStep - y.atStep);
      parts.push(`a=${base64urlEncode(JSON.stringify(sorted.map((t) => [t.atStep, t.action])))}`);
    }
    if (state.config !== undefined) parts.push(`cfg=${base64urlEncode(JSON.stringify(state.config))}`);
    const out = parts.join('&');
    if (out.length > URL_LIMITS.maxChars) {
      return fail('too-long', '', `the link state would be ${out.length} characters; the limit is ${URL_LIMITS.maxChars}`);
    }
    return { ok: true, value: out };
  } catch (e) {
    return fail('internal', '', `could not encode: ${String(e).slice(0, 200)}`);
  }
}
