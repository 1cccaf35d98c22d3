// Reader-facing words of the GMP view, text alternative and source panel. The words themselves
// are data: the `gmp.` namespace, in its own files src/i18n/gmp.<locale>.json (keys without the
// prefix) so that this chunk carries no other namespace; this file gives them the shape the view
// uses. Runtime identifiers (runnext, schedtick, sched.runq…) stay as they are in Go's source.
import type { Locale } from '../../../simulators/core/types.ts';
import type { MPhase, PStatus, WaitReason } from '../../../simulators/gmp/types.ts';
import { fill } from '../../i18n/fill.ts';
import en from '../../i18n/gmp.en.json';
import zh from '../../i18n/gmp.zh-cn.json';

export type GmpLabels = {
  globalRunq: string;
  idlePs: string;
  parkedMs: string;
  otherMs: string;
  spinningMs: string;
  spinning: string;
  inSyscall: string;
  syscallHolding: string;
  sleeping: string;
  channels: string;
  threads: string;
  runnext: string;
  runq: string;
  curg: string;
  schedtick: string;
  empty: string;
  unbuffered: string;
  buffer: string;
  dead: string;
  leaked: string;
  waiting: string;
  goroutines: string;
  time: string;
  pStatus: Record<PStatus, string>;
  gStatus: Record<'running' | 'runnable' | 'waiting' | 'syscall', string>;
  mPhase: Record<MPhase, string>;
  waitReason: Record<WaitReason, string>;
  halted: { exit: string; deadlock: string; throw: string };
  holdsP: (p: number) => string;
  releasedP: string;
  onP: (g: number, p: number) => string;
  onM: (g: number, m: number) => string;
  syscallOn: (g: number, m: number) => string;
  more: (n: number) => string;
  // text alternative
  psCaption: string;
  schedCaption: string;
  waitCaption: string;
  colP: string;
  colStatus: string;
  colM: string;
  colRunning: string;
  colRunq: string;
  colWhere: string;
  colGs: string;
  wakesAt: (g: string, when: string) => string;
  chanRow: (name: string, qcount: number, cap: number) => string;
  recvq: string;
  sendq: string;
  timers: string;
  none: string;
  gomaxprocs: string;
  virtualTime: string;
  schedtraceCaption: string;
};

/** `<field>` for text fields, `<field>.<member>` for records; templates for functions. */
type Keys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | ((...a: never[]) => string) ? `${P}${K}` : Keys<T[K], `${P}${K}.`>;
}[keyof T & string];
type LabelKey = Exclude<Keys<GmpLabels>, 'chanRow'> | 'chanRow.unbuffered' | 'chanRow.buffered';

// The parameter type makes `astro check` fail when a JSON file lacks a key.
function build(s: Record<LabelKey, string>): GmpLabels {
  // Text and record fields come from the keys' paths; the functions fill templates.
  const tree: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(s)) {
    const [field, member] = key.split('.') as [string, string?];
    if (member === undefined) tree[field] = text;
    else ((tree[field] ??= {}) as Record<string, string>)[member] = text;
  }
  return {
    ...(tree as Omit<GmpLabels, 'holdsP' | 'onP' | 'onM' | 'syscallOn' | 'more' | 'wakesAt' | 'chanRow'>),
    holdsP: (p) => fill(s.holdsP, { p }),
    onP: (g, p) => fill(s.onP, { g, p }),
    onM: (g, m) => fill(s.onM, { g, m }),
    syscallOn: (g, m) => fill(s.syscallOn, { g, m }),
    more: (n) => fill(s.more, { n }),
    wakesAt: (g, when) => fill(s.wakesAt, { g, when }),
    chanRow: (name, q, cap) => (cap === 0 ? fill(s['chanRow.unbuffered'], { name }) : fill(s['chanRow.buffered'], { name, q, cap })),
  };
}

const labels: Record<Locale, GmpLabels> = { en: build(en), 'zh-cn': build(zh) };

export function gmpLabels(locale: Locale): GmpLabels {
  return locale === 'zh-cn' ? labels['zh-cn'] : labels.en;
}

export { fmtTime } from '../shell/format.ts';
