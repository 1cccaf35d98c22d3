// The reader's view in the address bar: which view, cycle or tick, the format chosen, the what-if
// settings, and which example is loaded. A trace the reader pasted goes into a link only when it
// is small (TRACE_IN_URL_MAX bytes) and only in a link they copy; larger ones stay in this browser.
// Every parameter is optional; a value that cannot be read is dropped with a note, never a failure.
import { base64urlDecode, base64urlEncode } from '../../simulators/core/url-state.ts';
import type { ParserSet } from './protocol.ts';

export const TRACE_IN_URL_MAX = 2048;

export interface UrlView {
  view?: string;
  /** GC number of the selected cycle. */
  cycle?: number;
  /** Index of the selected scheduler tick. */
  tick?: number;
  parsers?: ParserSet;
  example?: string;
  trace?: string;
  gogc?: string;
  limit?: string;
  other?: string;
  rule?: 'go1.21' | 'go1.19';
}

const PARSERS: ParserSet[] = ['auto', 'gctrace', 'schedtrace', 'scheddetail'];
const WORD = /^[a-z0-9-]{1,40}$/;
const SETTING = /^[0-9A-Za-z.]{1,16}$/;

export function readUrl(search: string): { view: UrlView; dropped: string[] } {
  const q = new URLSearchParams(search);
  const v: UrlView = {};
  const dropped: string[] = [];
  const int = (name: string): number | undefined => {
    const s = q.get(name);
    if (s === null) return undefined;
    if (!/^\d{1,9}$/.test(s)) {
      dropped.push(name);
      return undefined;
    }
    return Number(s);
  };
  const word = (name: string, re: RegExp): string | undefined => {
    const s = q.get(name);
    if (s === null) return undefined;
    if (!re.test(s)) {
      dropped.push(name);
      return undefined;
    }
    return s;
  };
  const view = word('view', WORD);
  if (view !== undefined) v.view = view;
  const cycle = int('c');
  if (cycle !== undefined) v.cycle = cycle;
  const tick = int('k');
  if (tick !== undefined) v.tick = tick;
  const f = q.get('f');
  if (f !== null) {
    if ((PARSERS as string[]).includes(f)) v.parsers = f as ParserSet;
    else dropped.push('f');
  }
  const ex = word('ex', WORD);
  if (ex !== undefined) v.example = ex;
  const t = q.get('t');
  if (t !== null) {
    const text = t.length <= Math.ceil((TRACE_IN_URL_MAX * 4) / 3) + 4 ? base64urlDecode(t) : null;
    if (text === null) dropped.push('t');
    else v.trace = text;
  }
  for (const [name, key] of [
    ['gogc', 'gogc'],
    ['lim', 'limit'],
    ['oth', 'other'],
  ] as const) {
    const s = word(name, SETTING);
    if (s !== undefined) v[key] = s;
  }
  const rule = q.get('rule');
  if (rule !== null) {
    if (rule === 'go1.21' || rule === 'go1.19') v.rule = rule;
    else dropped.push('rule');
  }
  return { view: v, dropped };
}

/** The query string for a view (parameters this file does not own are kept as they were). */
export function writeUrl(search: string, v: UrlView): string {
  const q = new URLSearchParams(search);
  for (const k of ['view', 'c', 'k', 'f', 'ex', 't', 'gogc', 'lim', 'oth', 'rule']) q.delete(k);
  if (v.example) q.set('ex', v.example);
  if (v.trace !== undefined) q.set('t', base64urlEncode(v.trace));
  if (v.parsers && v.parsers !== 'auto') q.set('f', v.parsers);
  if (v.view) q.set('view', v.view);
  if (v.cycle !== undefined) q.set('c', String(v.cycle));
  if (v.tick !== undefined) q.set('k', String(v.tick));
  if (v.gogc) q.set('gogc', v.gogc);
  if (v.limit) q.set('lim', v.limit);
  if (v.other) q.set('oth', v.other);
  if (v.rule && v.rule !== 'go1.21') q.set('rule', v.rule);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** UTF-8 length of a text (what a link would carry). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
