// Reader-facing words of the pacer view, its text alternative and read-out. The words are data:
// the `pacer.` namespace in src/i18n/pacer.<locale>.json (keys without the prefix), so this chunk
// carries no other namespace; this file gives them the shape the view uses. Runtime identifiers
// (heapLive, heapMarked, gcCPULimiterState…) stay as Go's source spells them.
import { fmtDuration, fmtNumber, fmtPercent, fmtBytes } from '../../../simulators/core/format.ts';
import type { Locale } from '../../../simulators/core/types.ts';
import { fill } from '../../i18n/fill.ts';
import en from '../../i18n/pacer.en.json';
import zh from '../../i18n/pacer.zh-cn.json';

export type { Locale };

type Key = keyof typeof en;
type Group<P extends string> = { [K in Key as K extends `${P}.${infer R}` ? R : never]: string };
const group = <P extends string>(s: Record<Key, string>, prefix: P): Group<P> =>
  Object.fromEntries(Object.entries(s).filter(([k]) => k.startsWith(`${prefix}.`)).map(([k, v]) => [k.slice(prefix.length + 1), v])) as Group<P>;

function build(s: Record<Key, string>) {
  return {
    tabs: group(s, 'tabs'),
    tabsLabel: s.tabsLabel,
    legend: group(s, 'legend'),
    heapTitle: s.heapTitle,
    cpuTitle: s.cpuTitle,
    cpuBackground: s.cpuBackground,
    cpuAssist: s.cpuAssist,
    cpuCumulative: s.cpuCumulative,
    cpuCumulativeShort: s.cpuCumulativeShort,
    overviewTitle: s.overviewTitle,
    gc: (n: number) => fill(s.gc, { n }),
    gcMarking: (n: number) => fill(s.gcMarking, { n }),
    seconds: s.seconds,
    heapLive: s.heapLive,
    noLimit: s.noLimit,
    computing: s.computing,
    gctraceHead: s.gctraceHead,
    gctraceNone: s.gctraceNone,
    gctraceMarking: (n: number) => fill(s.gctraceMarking, { n }),
    gctraceMore: (n: number) => fill(s.gctraceMore, { n: fmtNumber(n, 0) }),
    guideRuntime: s.guideRuntime,
    guideGuide: s.guideGuide,
    guideGraph: (i: number) => fill(s.guideGraph, { i }),
    guideConverted: s.guideConverted,
    guideStats: (gcs: number, cpu: number, peak: number) => fill(s.guideStats, { gcs: fmtNumber(gcs, 0), cpu: fmtPercent(cpu, 1), peak: fmtBytes(peak) }),
    guideInputs: (alloc: string, scan: string, other: string, fixed: string) => fill(s.guideInputs, { alloc, scan, other, fixed }),
    departuresHead: s.departuresHead,
    time: s.time,
    gcs: (n: number) => fill(n === 1 ? s['gcs.one'] : s['gcs.many'], { n: fmtNumber(n, 0) }),
    gcCpu: s.gcCpu,
    peak: s.peak,
    worstAssist: s.worstAssist,
    noAssist: s.noAssist,
    assistOf: (ns: number, cycle: number, pct: number, l: Locale) => fill(s.assistOf, { dur: fmtDuration(ns, l), cycle, pct: fmtPercent(pct, 1) }),
    summaryCaption: s.summaryCaption,
    pacerCaption: s.pacerCaption,
    cyclesCaption: (n: number) => fill(s.cyclesCaption, { n }),
    colCycle: s.colCycle,
    colStart: s.colStart,
    colHeap: s.colHeap,
    colGoal: s.colGoal,
    colTrigger: s.colTrigger,
    colGcCpu: s.colGcCpu,
    colAssist: s.colAssist,
    colLimited: s.colLimited,
    yes: s.yes,
    no: s.no,
    none: s.none,
    rows: group(s, 'rows'),
    phase: {
      mark: (n: number) => fill(s['phase.mark'], { n }),
      sweep: s['phase.sweep'],
      idle: s['phase.idle'],
      exited: s['phase.exited'],
      pending: (n: number) => fill(s['phase.pending'], { n }),
    },
    limiting: s.limiting,
    source: {
      live: (v: string) => fill(s['source.live'], { v }),
      marking: (n: number) => fill(s['source.marking'], { n }),
      limited: s['source.limited'],
    },
  };
}

export type PacerLabels = ReturnType<typeof build>;

// The parameter type makes `astro check` fail when the Chinese file lacks a key.
const labels: Record<Locale, PacerLabels> = { en: build(en), 'zh-cn': build(zh satisfies Record<Key, string>) };

export function pacerLabels(locale: Locale): PacerLabels {
  return locale === 'zh-cn' ? labels['zh-cn'] : labels.en;
}
