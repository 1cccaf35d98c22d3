// Reader-facing words of the SPSC view, its text alternative, panel and messages. The words
// themselves are data: the `spsc.` namespace in src/i18n/spsc.<locale>.json (keys without the
// prefix), so this chunk carries no other namespace; this file gives them the shape the view
// uses. Go identifiers (head, tail, TryPush, cachedHead…) stay as the code spells them.
import type { Locale } from '../../../simulators/core/types.ts';
import type { ConsumerPc, Fault, ProducerPc } from '../../../simulators/spsc/index.ts';
import { fill } from '../../i18n/fill.ts';
import en from '../../i18n/spsc.en.json';
import zh from '../../i18n/spsc.zh-cn.json';

export type { Locale };

export type SpscLabels = {
  producer: string;
  consumer: string;
  next: string;
  producerPc: (pc: ProducerPc, slot: number, cached: boolean) => string;
  consumerPc: (pc: ConsumerPc, slot: number, cached: boolean) => string;
  pushed: (n: number, of: number) => string;
  received: (n: number, of: number) => string;
  spins: (n: number) => string;
  got: string;
  inUse: string;
  lap: (n: string) => string;
  wrapsAt: (n: number) => string;
  checkOk: string;
  checkTitle: string;
  cacheTitle: string;
  core: { producer: string; consumer: string };
  slotLines: (n: number) => string;
  slotRange: (a: number, b: number) => string;
  countersTitle: string;
  colNow: string;
  colRun: string;
  colChan: (cap: number) => string;
  remoteLoads: string;
  transfers: string;
  locks: string;
  parks: string;
  spinsParks: string;
  raceTitle: string;
  raceAtomic: string;
  racePlain: string;
  checking: string;
  silent: string;
  silentSoFar: (at: number) => string;
  silentChecked: (n: number) => string;
  warning: string;
  raceLine: (field: string, cur: string, prev: string) => string;
  access: (write: boolean, func: string, line: number) => string;
  reportedAt: (n: number) => string;
  field: (field: string, slot: number) => string;
  /** Text alternative and panel. */
  text: {
    ringCaption: string;
    slotsCaption: string;
    sidesCaption: string;
    cacheCaption: string;
    countersCaption: string;
    checkCaption: string;
    colSlot: string;
    colValue: string;
    colState: string;
    colSide: string;
    colNext: string;
    colLocals: string;
    colProgress: string;
    colLine: string;
    colHolds: string;
    colRule: string;
    colMessage: string;
    slotState: Record<SlotKind, string>;
    settings: string;
    indices: string;
    occupied: (runs: string) => string;
    none: string;
    more: (n: number) => string;
    lineInfo: (id: number, offset: number) => string;
    fault: (f: Fault) => string;
  };
  panel: {
    title: string;
    intro: string;
    atomicHead: string;
    plainHead: string;
    whyAfter: string;
    whyBefore: string;
    whyPlain: string;
    notYet: (at: number) => string;
    reported: (at: number) => string;
    silentRun: string;
    silentPart: (n: number) => string;
    compareTitle: string;
    compareIntro: (cap: number) => string;
    colWhat: string;
    ops: string;
    computing: string;
  };
  explore: {
    found: (rule: string, steps: number, explored: number) => string;
    none: (explored: number) => string;
    truncated: (explored: number) => string;
    noneFirst: (n: number, explored: number) => string;
    trimmed: (n: number, total: number) => string;
  };
};

/** How a slot looks: between head and tail or not, written or not. */
export type SlotKind = 'empty' | 'full' | 'pending' | 'unpublished' | 'leftover';

// One formatter per locale: toLocaleString builds a new one on every call, and the picture
// formats dozens of numbers per frame while a run plays.
const FORMATS: Record<Locale, Intl.NumberFormat> = { en: new Intl.NumberFormat('en'), 'zh-cn': new Intl.NumberFormat('zh-CN') };

export const fmt = (locale: Locale, n: number): string => FORMATS[locale].format(n);

type Words = typeof en;

function build(w: Words, locale: Locale): SpscLabels {
  const n = (v: number) => fmt(locale, v);
  const f = (k: keyof Words, p: Record<string, string | number> = {}) => fill(w[k], p);
  return {
    producer: w.producer,
    consumer: w.consumer,
    next: w.next,
    producerPc: (pc, slot, cached) => f(pc === 'remote' && cached ? 'pc.producer.remoteCached' : (`pc.producer.${pc}` as keyof Words), { slot }),
    consumerPc: (pc, slot, cached) => f(pc === 'remote' && cached ? 'pc.consumer.remoteCached' : (`pc.consumer.${pc}` as keyof Words), { slot }),
    pushed: (k, of) => f('pushed', { n: n(k), of: n(of) }),
    received: (k, of) => f('received', { n: n(k), of: n(of) }),
    spins: (k) => f('spins', { n: n(k) }),
    got: w.got,
    inUse: w.inUse,
    lap: (k) => f('lap', { n: k }),
    wrapsAt: (k) => f('wrapsAt', { n: k }),
    checkOk: w.checkOk,
    checkTitle: w.checkTitle,
    cacheTitle: w.cacheTitle,
    core: { producer: w.coreProducer, consumer: w.coreConsumer },
    slotLines: (k) => f('slotLines', { n: k }),
    slotRange: (a, b) => (a === b ? f('slotOne', { a }) : f('slotRange', { a, b })),
    countersTitle: w.countersTitle,
    colNow: w.colNow,
    colRun: w.colRun,
    colChan: (cap) => f('colChan', { cap }),
    remoteLoads: w.remoteLoads,
    transfers: w.transfers,
    locks: w.locks,
    parks: w.parks,
    spinsParks: w.spinsParks,
    raceTitle: w.raceTitle,
    raceAtomic: w.raceAtomic,
    racePlain: w.racePlain,
    checking: w.checking,
    silent: w.silent,
    silentSoFar: (at) => f('silentSoFar', { at: n(at) }),
    silentChecked: (k) => f('silentChecked', { n: n(k) }),
    warning: w.warning,
    raceLine: (field, cur, prev) => f('raceLine', { field, cur, prev }),
    access: (write, func, line) => f(write ? 'accessWrite' : 'accessRead', { func, line }),
    reportedAt: (k) => f('reportedAt', { n: n(k) }),
    field: (field, slot) => (field === 'slot' ? f('fieldSlot', { slot }) : field),
    text: {
      ringCaption: w['text.ringCaption'],
      slotsCaption: w['text.slotsCaption'],
      sidesCaption: w['text.sidesCaption'],
      cacheCaption: w['text.cacheCaption'],
      countersCaption: w['text.countersCaption'],
      checkCaption: w['text.checkCaption'],
      colSlot: w['text.colSlot'],
      colValue: w['text.colValue'],
      colState: w['text.colState'],
      colSide: w['text.colSide'],
      colNext: w['text.colNext'],
      colLocals: w['text.colLocals'],
      colProgress: w['text.colProgress'],
      colLine: w['text.colLine'],
      colHolds: w['text.colHolds'],
      colRule: w['text.colRule'],
      colMessage: w['text.colMessage'],
      slotState: {
        empty: w['text.slot.empty'],
        full: w['text.slot.full'],
        pending: w['text.slot.pending'],
        unpublished: w['text.slot.unpublished'],
        leftover: w['text.slot.leftover'],
      },
      settings: w['text.settings'],
      indices: w['text.indices'],
      occupied: (runs) => f('text.occupied', { runs }),
      none: w['text.none'],
      more: (k) => f('text.more', { n: n(k) }),
      lineInfo: (id, offset) => f('text.lineInfo', { id, offset }),
      fault: (x: Fault) =>
        x.rule === 'stale-read'
          ? f(x.got < 0 ? 'text.fault.staleNever' : 'text.fault.stale', { slot: x.slot, want: x.want, got: x.got })
          : x.rule === 'overwrite'
            ? f('text.fault.overwrite', { slot: x.slot, lost: x.lost })
            : f('text.fault.fifo', { index: x.index, got: x.got, want: String(x.want) }),
    },
    panel: {
      title: w['panel.title'],
      intro: w['panel.intro'],
      atomicHead: w['panel.atomicHead'],
      plainHead: w['panel.plainHead'],
      whyAfter: w['panel.whyAfter'],
      whyBefore: w['panel.whyBefore'],
      whyPlain: w['panel.whyPlain'],
      notYet: (at) => f('panel.notYet', { at: n(at) }),
      reported: (at) => f('panel.reported', { at: n(at) }),
      silentRun: w['panel.silentRun'],
      silentPart: (k) => f('panel.silentPart', { n: n(k) }),
      compareTitle: w['panel.compareTitle'],
      compareIntro: (cap) => f('panel.compareIntro', { cap }),
      colWhat: w['panel.colWhat'],
      ops: w['panel.ops'],
      computing: w['panel.computing'],
    },
    explore: {
      found: (rule, steps, explored) => f('explore.found', { rule, steps, explored: n(explored) }),
      none: (explored) => f('explore.none', { explored: n(explored) }),
      truncated: (explored) => f('explore.truncated', { explored: n(explored) }),
      noneFirst: (k, explored) => f('explore.noneFirst', { n: k, explored: n(explored) }),
      trimmed: (k, total) => f('explore.trimmed', { n: k, total: n(total) }),
    },
  };
}

const LABELS: Record<Locale, SpscLabels> = { en: build(en, 'en'), 'zh-cn': build(zh, 'zh-cn') };

export function spscLabels(locale: Locale): SpscLabels {
  return LABELS[locale];
}
