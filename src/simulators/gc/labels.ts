// Reader-facing words of the GC marking view, its text alternative, controls and trail, in both
// locales. Runtime names (shade, gcMarkTermination, writePointer…) stay as Go spells them.
import type { Barrier, Color, Phase } from '../../../simulators/gc/types.ts';

export type Locale = 'en' | 'zh-cn';

export type GcLabels = {
  /** Between a label and its value: ": " / "：". */
  sep: string;
  phase: Record<Phase, string>;
  cycleDone: string;
  stw: string;
  color: Record<Color | 'freed', string>;
  globals: string;
  stack: (g: string) => string;
  /** A goroutine's stack in a sentence: "G1's stack". */
  stackOf: (g: string) => string;
  stackShort: string;
  noRoot: string;
  newObjects: string;
  noSlots: string;
  workList: string;
  workEmpty: string;
  barrierTitle: string;
  barrierName: Record<Barrier, string>;
  barrierOff: string;
  stackWrite: string;
  noBarrierLine: string;
  currentStackGrey: string;
  opts: { rescan: string; stacksFirst: string; allocate: string; yes: string; no: string; black: string; white: string };
  greyed: (o: string) => string;
  notWhite: (o: string) => string;
  invTitle: string;
  strong: string;
  weak: string;
  holds: string;
  notMarking: string;
  broken: string;
  unprotected: string;
  lostTitle: (objs: string) => string;
  lostNote: string;
  willBeFreed: string;
  freedPointed: string;
  legend: {
    white: string;
    grey: string;
    black: string;
    freed: string;
    alarm: string;
    garbage: string;
    actor: string;
  };
  counts: (c: Record<Color | 'freed', number>, work: number) => string;
  // text alternative
  summaryCaption: string;
  rootsCaption: string;
  objectsCaption: string;
  goroutinesCaption: string;
  colRoot: string;
  colColor: string;
  colSlots: string;
  colObject: string;
  colFields: string;
  colReachable: string;
  colNote: string;
  colG: string;
  colNext: string;
  scanned: string;
  notScanned: string;
  yes: string;
  no: string;
  done: string;
  lost: string;
  floating: string;
  fresh: string;
  none: string;
  barrierLabel: string;
  phaseLabel: string;
  invariantsLabel: string;
  trailCaption: string;
  // source marks
  next: (g: string) => string;
  stopped: (g: string) => string;
  // trail
  trail: TrailLabels;
};

export type TrailLabels = {
  stackStore: (g: string, code: string, obj: string) => string;
  stackDrop: (g: string, code: string, obj: string) => string;
  noBarrierStore: (g: string, code: string, obj: string) => string;
  noBarrierDrop: (g: string, code: string, obj: string) => string;
  barrierStoreShaded: (g: string, code: string, obj: string) => string;
  barrierStoreUnshaded: (g: string, code: string, obj: string, barrier: string) => string;
  barrierDropShaded: (g: string, code: string, obj: string) => string;
  barrierDropUnshaded: (g: string, code: string, obj: string, barrier: string) => string;
  allocWhite: (g: string, code: string, obj: string) => string;
  other: (code: string) => string;
  markEnds: (obj: string, holders: string) => string;
  sweepFrees: (obj: string) => string;
  step: (n: number) => string;
  nobody: string;
};

const en: GcLabels = {
  sep: ': ',
  phase: { off: 'GC off', mark: 'mark', marktermination: 'mark termination', sweep: 'sweep' },
  cycleDone: 'cycle over',
  stw: 'world stopped',
  color: { white: 'white', grey: 'grey', black: 'black', freed: 'freed' },
  globals: 'globals',
  stack: (g) => `${g} stack`,
  stackOf: (g) => `${g}'s stack`,
  stackShort: 'stack',
  noRoot: 'no root',
  newObjects: 'new',
  noSlots: '(no pointers)',
  workList: 'work list',
  workEmpty: 'empty',
  barrierTitle: 'Write barrier',
  barrierName: {
    none: 'none',
    dijkstra: 'Dijkstra (insertion)',
    yuasa: 'Yuasa (deletion)',
    hybrid: 'hybrid (design 17503)',
    'hybrid-go': 'hybrid, as Go runs it',
  },
  barrierOff: 'off while not marking',
  stackWrite: 'stack write: no barrier',
  noBarrierLine: '*slot = ptr   // no barrier',
  currentStackGrey: 'if current stack is grey:',
  opts: { rescan: 're-scan stacks', stacksFirst: 'stacks first', allocate: 'allocate', yes: 'yes', no: 'no', black: 'black', white: 'white' },
  greyed: (o) => `${o} → grey`,
  notWhite: (o) => `${o}: not white`,
  invTitle: 'Tri-colour invariants',
  strong: 'strong',
  weak: 'weak',
  holds: 'holds',
  notMarking: 'not marking',
  broken: 'broken',
  unprotected: 'unprotected',
  lostTitle: (o) => `Lost: ${o}`,
  lostNote: 'reachable, but marking missed it',
  willBeFreed: 'will be freed',
  freedPointed: 'freed, still pointed to',
  legend: {
    white: 'white: not reached',
    grey: 'grey: queued',
    black: 'black: scanned',
    freed: 'freed by sweep',
    alarm: 'black → white pointer',
    garbage: 'unreachable (faded)',
    actor: 'this step',
  },
  counts: (c, w) => `white ${c.white} · grey ${c.grey} · black ${c.black}${c.freed ? ` · freed ${c.freed}` : ''} · work list ${w}`,
  summaryCaption: 'Collector',
  rootsCaption: 'Roots',
  objectsCaption: 'Heap objects',
  goroutinesCaption: 'Goroutines',
  colRoot: 'Root',
  colColor: 'Colour',
  colSlots: 'Slots',
  colObject: 'Object',
  colFields: 'Fields',
  colReachable: 'Reachable',
  colNote: 'Note',
  colG: 'Goroutine',
  colNext: 'Next statement',
  scanned: 'black (scanned)',
  notScanned: 'grey (not scanned)',
  yes: 'yes',
  no: 'no',
  done: 'done (parked, stack kept)',
  lost: 'LOST: reachable but not marked',
  floating: 'floating garbage',
  fresh: 'allocated after marking',
  none: 'none',
  barrierLabel: 'Write barrier',
  phaseLabel: 'Phase',
  invariantsLabel: 'Invariants',
  trailCaption: 'How it was lost',
  next: (g) => `${g} next`,
  stopped: (g) => `${g} stopped`,
  trail: {
    stackStore: (g, c, o) => `${g} runs ${c}: ${o} goes onto its stack; stack writes have no barrier`,
    stackDrop: (g, c, o) => `${g} runs ${c}: drops ${o} from its stack, with no barrier`,
    noBarrierStore: (g, c, o) => `${g} runs ${c}: stores ${o}, and no barrier tells the collector`,
    noBarrierDrop: (g, c, o) => `${g} runs ${c}: removes a pointer to ${o}, and no barrier tells the collector`,
    barrierStoreShaded: (g, c, o) => `${g} runs ${c}: stores ${o}; shade(ptr) greys it`,
    barrierStoreUnshaded: (g, c, o, b) => `${g} runs ${c}: stores ${o}; the ${b} barrier does not shade the new pointer`,
    barrierDropShaded: (g, c, o) => `${g} runs ${c}: overwrites the pointer to ${o}; shade(*slot) greys it`,
    barrierDropUnshaded: (g, c, o, b) => `${g} runs ${c}: overwrites the pointer to ${o}; the ${b} barrier does not shade the old value`,
    allocWhite: (g, c, o) => `${g} runs ${c}: allocates ${o} white (allocate-white)`,
    other: (c) => c,
    markEnds: (o, h) => `marking ends with ${o} still white, although ${h} points to it`,
    sweepFrees: (o) => `sweep frees ${o} while it is still pointed to`,
    step: (n) => `step ${n}`,
    nobody: 'a live pointer',
  },
};

/** A phrase set in Chinese text: a space on a side only where it starts or ends in Latin letters. */
function spaced(s: string): string {
  return (/^[\x21-\x7e]/.test(s) ? ' ' : '') + s + (/[\x21-\x7e]$/.test(s) ? ' ' : '');
}

const zh: GcLabels = {
  sep: '：',
  phase: { off: 'GC 未运行', mark: '标记', marktermination: '标记终止', sweep: '清扫' },
  cycleDone: '本轮结束',
  stw: 'STW',
  color: { white: '白色', grey: '灰色', black: '黑色', freed: '已释放' },
  globals: '全局变量',
  stack: (g) => `${g} 的栈`,
  stackOf: (g) => `${g} 的栈`,
  stackShort: '栈',
  noRoot: '无根',
  newObjects: '新分配',
  noSlots: '（无指针）',
  workList: '工作队列',
  workEmpty: '空',
  barrierTitle: '写屏障',
  barrierName: {
    none: '无',
    dijkstra: 'Dijkstra（插入）',
    yuasa: 'Yuasa（删除）',
    hybrid: '混合（设计 17503）',
    'hybrid-go': '混合（Go 实际做法）',
  },
  barrierOff: '不在标记阶段，屏障关闭',
  stackWrite: '写栈：没有屏障',
  noBarrierLine: '*slot = ptr   // 无屏障',
  currentStackGrey: 'if 当前栈是灰色:',
  opts: { rescan: '重扫栈', stacksFirst: '先扫栈', allocate: '分配', yes: '是', no: '否', black: '黑', white: '白' },
  greyed: (o) => `${o} → 灰`,
  notWhite: (o) => `${o} 非白`,
  invTitle: '三色不变式',
  strong: '强',
  weak: '弱',
  holds: '成立',
  notMarking: '不在标记',
  broken: '被破坏',
  unprotected: '无灰色保护',
  lostTitle: (o) => `丢失：${o}`,
  lostNote: '可达，但标记漏掉了它',
  willBeFreed: '将被释放',
  freedPointed: '已释放，仍被指向',
  legend: {
    white: '白：尚未到达',
    grey: '灰：在队列中',
    black: '黑：已扫描',
    freed: '被清扫释放',
    alarm: '黑 → 白 指针',
    garbage: '不可达（淡色）',
    actor: '本步涉及',
  },
  counts: (c, w) => `白 ${c.white} · 灰 ${c.grey} · 黑 ${c.black}${c.freed ? ` · 已释放 ${c.freed}` : ''} · 工作队列 ${w}`,
  summaryCaption: '回收器',
  rootsCaption: '根',
  objectsCaption: '堆对象',
  goroutinesCaption: 'goroutine',
  colRoot: '根',
  colColor: '颜色',
  colSlots: '槽位',
  colObject: '对象',
  colFields: '字段',
  colReachable: '可达',
  colNote: '备注',
  colG: 'goroutine',
  colNext: '下一条语句',
  scanned: '黑色（已扫描）',
  notScanned: '灰色（未扫描）',
  yes: '是',
  no: '否',
  done: '已执行完（停放，栈仍保留）',
  lost: '丢失：可达但未标记',
  floating: '浮动垃圾',
  fresh: '标记结束后分配',
  none: '无',
  barrierLabel: '写屏障',
  phaseLabel: '阶段',
  invariantsLabel: '不变式',
  trailCaption: '它是怎么丢的',
  next: (g) => `${g} 下一步`,
  stopped: (g) => `${g} 已暂停`,
  trail: {
    stackStore: (g, c, o) => `${g} 执行 ${c}：${o} 被放到它的栈上；写栈没有屏障`,
    stackDrop: (g, c, o) => `${g} 执行 ${c}：从栈上丢掉 ${o}，没有屏障`,
    noBarrierStore: (g, c, o) => `${g} 执行 ${c}：写入 ${o}，没有屏障通知回收器`,
    noBarrierDrop: (g, c, o) => `${g} 执行 ${c}：删掉一个指向 ${o} 的指针，没有屏障通知回收器`,
    barrierStoreShaded: (g, c, o) => `${g} 执行 ${c}：写入 ${o}；shade(ptr) 把它置灰`,
    barrierStoreUnshaded: (g, c, o, b) => `${g} 执行 ${c}：写入 ${o}；${b}屏障不给新指针置灰`,
    barrierDropShaded: (g, c, o) => `${g} 执行 ${c}：覆盖指向 ${o} 的指针；shade(*slot) 把它置灰`,
    barrierDropUnshaded: (g, c, o, b) => `${g} 执行 ${c}：覆盖指向 ${o} 的指针；${b}屏障不给旧值置灰`,
    allocWhite: (g, c, o) => `${g} 执行 ${c}：把 ${o} 分配为白色（分配即白）`,
    other: (c) => c,
    markEnds: (o, h) => `标记结束时 ${o} 仍是白色，而${spaced(h)}还指向它`,
    sweepFrees: (o) => `清扫释放了 ${o}，而它仍被指向`,
    step: (n) => `第 ${n} 步`,
    nobody: '一个存活的指针',
  },
};

/** The barrier as the settings list and the chapter's table name it. */
export const BARRIER_CHOICES: { value: Barrier; label: { en: string; 'zh-cn': string } }[] = [
  { value: 'none', label: { en: 'None', 'zh-cn': '无' } },
  { value: 'dijkstra', label: { en: 'Dijkstra: shade(ptr)', 'zh-cn': 'Dijkstra：shade(ptr)' } },
  { value: 'yuasa', label: { en: 'Yuasa: shade(*slot)', 'zh-cn': 'Yuasa：shade(*slot)' } },
  { value: 'hybrid', label: { en: 'Hybrid (design 17503)', 'zh-cn': '混合（设计 17503）' } },
  { value: 'hybrid-go', label: { en: 'Hybrid, as Go runs it', 'zh-cn': '混合（Go 的实际做法）' } },
];

export function gcLabels(locale: Locale): GcLabels {
  return locale === 'zh-cn' ? zh : en;
}

/** Barrier names as the trail's sentences use them ("the Dijkstra barrier" / "Dijkstra 屏障"). */
export const TRAIL_BARRIER: Record<Locale, Record<Barrier, string>> = {
  en: { none: 'no', dijkstra: 'Dijkstra', yuasa: 'Yuasa', hybrid: 'hybrid', 'hybrid-go': 'hybrid' },
  'zh-cn': { none: '无', dijkstra: 'Dijkstra ', yuasa: 'Yuasa ', hybrid: '混合', 'hybrid-go': '混合' },
};
