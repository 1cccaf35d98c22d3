// Reader-facing words of the SPSC view, its text alternative, panel and controls, in both
// locales. Go identifiers (head, tail, TryPush, cachedHead…) stay as the code spells them.
import type { Locale } from '../../../simulators/core/types.ts';
import type { ConsumerPc, Fault, ProducerPc } from '../../../simulators/spsc/index.ts';

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
  slots: (n: number) => string;
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
    steps: string;
    computing: string;
  };
  explore: {
    label: string;
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
const num = (locale: Locale) => (n: number) => FORMATS[locale].format(n);

const en: SpscLabels = {
  producer: 'Producer',
  consumer: 'Consumer',
  next: 'next:',
  producerPc: (pc, slot, cached) =>
    ({
      load: 'load tail',
      remote: cached ? 'reload head' : 'load head',
      write: `write slot ${slot}`,
      store: 'store tail',
      done: 'returned: all pushed',
    })[pc],
  consumerPc: (pc, slot, cached) =>
    ({
      load: 'load head',
      remote: cached ? 'reload tail' : 'load tail',
      read: `read slot ${slot}`,
      clear: `clear slot ${slot}`,
      store: 'store head',
      done: 'returned: all popped',
    })[pc],
  pushed: (n, of) => `pushed ${num('en')(n)} of ${num('en')(of)}`,
  received: (n, of) => `received ${num('en')(n)} of ${num('en')(of)}`,
  spins: (n) => `spins ${num('en')(n)}`,
  got: 'got',
  inUse: 'in use',
  lap: (n) => `lap ${n}`,
  wrapsAt: (n) => `wraps at ${n}`,
  slots: (n) => `${num('en')(n)} slots`,
  checkOk: 'check(): ok',
  checkTitle: 'check():',
  cacheTitle: 'Cache lines (64 B)',
  core: { producer: 'P core', consumer: 'C core' },
  slotLines: (n) => `slot lines (${n})`,
  slotRange: (a, b) => (a === b ? `slot ${a}` : `slots ${a}–${b}`),
  countersTitle: 'Counters',
  colNow: 'now',
  colRun: 'whole run',
  colChan: (cap) => `chan (${cap})`,
  remoteLoads: 'remote index loads',
  transfers: 'line transfers',
  locks: 'lock acquisitions',
  parks: 'parks (gopark)',
  spinsParks: 'spins / parks (gopark)',
  raceTitle: 'go test -race',
  raceAtomic: 'sync/atomic:',
  racePlain: 'plain fields:',
  checking: 'checking…',
  silent: 'silent',
  silentSoFar: (at) => `silent so far · reports at step ${num('en')(at)}`,
  silentChecked: (n) => `silent for the ${num('en')(n)} steps checked`,
  warning: 'DATA RACE',
  raceLine: (field, cur, prev) => `${field}: ${cur} ↔ ${prev}`,
  access: (write, func, line) => `${write ? 'write' : 'read'} ${func}:${line}`,
  reportedAt: (n) => `step ${num('en')(n)}`,
  field: (field, slot) => (field === 'slot' ? `slot ${slot}` : field),
  text: {
    ringCaption: 'The ring',
    slotsCaption: 'Slots',
    sidesCaption: 'The two goroutines',
    cacheCaption: 'Cache lines: state of each core’s copy (MESI)',
    countersCaption: 'Counters',
    checkCaption: 'Invariants: check(state)',
    colSlot: 'slot',
    colValue: 'value',
    colState: 'state',
    colSide: 'side',
    colNext: 'next step',
    colLocals: 'locals',
    colProgress: 'progress',
    colLine: 'line',
    colHolds: 'holds',
    colRule: 'rule',
    colMessage: 'what broke',
    slotState: {
      empty: 'empty',
      full: 'holds a value, published',
      pending: 'published by tail, not written yet',
      unpublished: 'written, not published yet',
      leftover: 'read, not cleared yet',
    },
    settings: 'settings',
    indices: 'indices',
    occupied: (runs) => `slots holding a value: ${runs}`,
    none: 'none',
    more: (n) => `and ${n} more`,
    lineInfo: (id, offset) => `line ${id} (byte ${offset})`,
    fault: (f) =>
      f.rule === 'stale-read'
        ? `the consumer read slot ${f.slot} before the producer wrote it (expected push #${f.want}${f.got < 0 ? ', the slot was never written' : `, found push #${f.got}`})`
        : f.rule === 'overwrite'
          ? `the producer overwrote slot ${f.slot}, holding push #${f.lost}, which was never read`
          : `pop #${f.index} returned ${f.got}, but the producer pushed ${String(f.want)} at that position`,
  },
  panel: {
    title: 'What would go test -race say?',
    intro: 'The race detector watches the memory accesses one run makes and reports two accesses to the same address that are not ordered by happens-before. It only reports races that execute, and it knows nothing of what the ring is for.',
    atomicHead: 'With head and tail as sync/atomic values (the code shown)',
    plainHead: 'With head and tail as plain uint64 fields',
    whyAfter: 'The slot write is sequenced before tail.Store, and a tail.Load that sees the new tail is synchronized after it: every slot access is ordered, so the detector has nothing to report. That is the proof in the chapter, checked on this run.',
    whyBefore: 'tail.Store now comes before the slot write, so a consumer whose tail.Load sees the new tail is not ordered after the write. Go’s atomics are sequentially consistent; the bug is the program order, and the slot accesses race. The detector reports it when the run executes both accesses.',
    whyPlain: 'Plain loads and stores of head and tail create no happens-before edge at all: the first time one goroutine touches an index the other wrote, the detector reports it.',
    notYet: (at) => `Nothing yet. In this run the detector prints its report at step ${num('en')(at)}.`,
    reported: (at) => `Reported at step ${num('en')(at)}:`,
    silentRun: 'Silent for the whole run.',
    silentPart: (n) => `Silent for the first ${num('en')(n)} steps (the check stops there).`,
    compareTitle: 'Compared with a buffered channel',
    compareIntro: (cap) =>
      `The same values through make(chan int, ${cap}), counted with the same two-core cache model. A channel is a ring under one lock: every send and receive takes the lock and reads the shared count, so both cores write the same lines on every operation, and a side that finds it full or empty parks in the scheduler instead of spinning.`,
    colWhat: 'counter',
    ops: 'operations (push/pop, send/receive)',
    steps: 'steps',
    computing: 'computing…',
  },
  explore: {
    label: 'Find a bad interleaving',
    found: (rule, steps, explored) => `Found a bad interleaving: ${rule} after ${steps} steps (${num('en')(explored)} states searched). It is loaded: press → to step through it.`,
    none: (explored) => `No bad interleaving exists for this program: all ${num('en')(explored)} reachable states keep check() empty.`,
    truncated: (explored) => `No bad interleaving in the first ${num('en')(explored)} states; the search stopped there, so this is not a proof.`,
    noneFirst: (n, explored) => `With its first ${n} values, this ring has no bad interleaving: all ${num('en')(explored)} reachable states keep check() empty.`,
    trimmed: (n, total) => `Every interleaving of ${num('en')(total)} values is out of reach, so the search used the first ${n}.`,
  },
};

const zh: SpscLabels = {
  producer: '生产者',
  consumer: '消费者',
  next: '下一步：',
  producerPc: (pc, slot, cached) =>
    ({
      load: '读 tail',
      remote: cached ? '重新读 head' : '读 head',
      write: `写槽位 ${slot}`,
      store: '存 tail',
      done: '已返回：全部推入',
    })[pc],
  consumerPc: (pc, slot, cached) =>
    ({
      load: '读 head',
      remote: cached ? '重新读 tail' : '读 tail',
      read: `读槽位 ${slot}`,
      clear: `清空槽位 ${slot}`,
      store: '存 head',
      done: '已返回：全部取出',
    })[pc],
  pushed: (n, of) => `已推入 ${num('zh-cn')(n)} / ${num('zh-cn')(of)}`,
  received: (n, of) => `已收到 ${num('zh-cn')(n)} / ${num('zh-cn')(of)}`,
  spins: (n) => `自旋 ${num('zh-cn')(n)} 次`,
  got: '收到',
  inUse: '已用',
  lap: (n) => `第 ${n} 圈`,
  wrapsAt: (n) => `在 ${n} 处回绕`,
  slots: (n) => `${num('zh-cn')(n)} 个槽位`,
  checkOk: 'check()：正常',
  checkTitle: 'check()：',
  cacheTitle: '缓存行（64 字节）',
  core: { producer: 'P 核', consumer: 'C 核' },
  slotLines: (n) => `槽位所在行（${n}）`,
  slotRange: (a, b) => (a === b ? `槽位 ${a}` : `槽位 ${a}–${b}`),
  countersTitle: '计数',
  colNow: '当前',
  colRun: '整次运行',
  colChan: (cap) => `chan (${cap})`,
  remoteLoads: '读取对方索引',
  transfers: '缓存行迁移',
  locks: '加锁次数',
  parks: '挂起（gopark）',
  spinsParks: '自旋 / 挂起（gopark）',
  raceTitle: 'go test -race',
  raceAtomic: 'sync/atomic：',
  racePlain: '普通字段：',
  checking: '检查中…',
  silent: '没有报告',
  silentSoFar: (at) => `暂无报告 · 第 ${num('zh-cn')(at)} 步报告`,
  silentChecked: (n) => `检查的 ${num('zh-cn')(n)} 步内没有报告`,
  warning: 'DATA RACE',
  raceLine: (field, cur, prev) => `${field}：${cur} ↔ ${prev}`,
  access: (write, func, line) => `${write ? '写' : '读'} ${func}:${line}`,
  reportedAt: (n) => `第 ${num('zh-cn')(n)} 步`,
  field: (field, slot) => (field === 'slot' ? `槽位 ${slot}` : field),
  text: {
    ringCaption: '环',
    slotsCaption: '槽位',
    sidesCaption: '两个 goroutine',
    cacheCaption: '缓存行：每个核心中副本的状态（MESI）',
    countersCaption: '计数',
    checkCaption: '不变式：check(state)',
    colSlot: '槽位',
    colValue: '值',
    colState: '状态',
    colSide: '一方',
    colNext: '下一步',
    colLocals: '局部变量',
    colProgress: '进度',
    colLine: '缓存行',
    colHolds: '内容',
    colRule: '规则',
    colMessage: '出了什么问题',
    slotState: {
      empty: '空',
      full: '有值，已发布',
      pending: '已由 tail 发布，尚未写入',
      unpublished: '已写入，尚未发布',
      leftover: '已读取，尚未清空',
    },
    settings: '设置',
    indices: '索引',
    occupied: (runs) => `有值的槽位：${runs}`,
    none: '无',
    more: (n) => `另有 ${n} 个`,
    lineInfo: (id, offset) => `第 ${id} 行（字节 ${offset}）`,
    fault: (f) =>
      f.rule === 'stale-read'
        ? `消费者在生产者写入之前读取了槽位 ${f.slot}（应为第 #${f.want} 次推入${f.got < 0 ? '，该槽位从未写入' : `，读到的是第 #${f.got} 次推入`}）`
        : f.rule === 'overwrite'
          ? `生产者覆盖了槽位 ${f.slot}，其中第 #${f.lost} 次推入的值从未被读取`
          : `第 #${f.index} 次取出得到 ${f.got}，而生产者在这个位置推入的是 ${String(f.want)}`,
  },
  panel: {
    title: 'go test -race 会怎么说？',
    intro: '竞态检测器观察一次运行中的内存访问，报告同一地址上没有 happens-before 关系的两次访问。它只报告真正执行到的竞争，也不知道这个环是做什么用的。',
    atomicHead: 'head 和 tail 用 sync/atomic 类型（即显示的代码）',
    plainHead: 'head 和 tail 用普通 uint64 字段',
    whyAfter: '写槽位排在 tail.Store 之前（sequenced before），而读到新 tail 的 tail.Load 与这次存储同步（synchronized before）：每次槽位访问都有先后顺序，检测器无可报告。这正是本章中的证明，在这次运行上得到验证。',
    whyBefore: '现在 tail.Store 排在写槽位之前，读到新 tail 的消费者与这次写入之间没有先后顺序。Go 的原子操作是顺序一致的；错在程序顺序，两次槽位访问构成数据竞争。运行执行到这两次访问时，检测器就会报告。',
    whyPlain: '对 head 和 tail 的普通读写不建立任何 happens-before 关系：一个 goroutine 第一次访问另一个 goroutine 写过的索引，检测器就会报告。',
    notYet: (at) => `暂时没有报告。在这次运行中，检测器会在第 ${num('zh-cn')(at)} 步打印报告。`,
    reported: (at) => `第 ${num('zh-cn')(at)} 步报告：`,
    silentRun: '整次运行都没有报告。',
    silentPart: (n) => `前 ${num('zh-cn')(n)} 步没有报告（检查到此为止）。`,
    compareTitle: '与带缓冲 channel 比较',
    compareIntro: (cap) =>
      `同样的值通过 make(chan int, ${cap}) 传递，用同一个双核缓存模型计数。channel 是一把锁保护下的环：每次发送和接收都要加锁并读取共享计数，所以两个核心每次操作都写同一批缓存行；发现满或空的一方会在调度器里挂起，而不是自旋。`,
    colWhat: '计数项',
    ops: '操作数（推入/取出，发送/接收）',
    steps: '步数',
    computing: '计算中…',
  },
  explore: {
    label: '查找出错的交错',
    found: (rule, steps, explored) => `找到出错的交错：${steps} 步后出现 ${rule}（搜索了 ${num('zh-cn')(explored)} 个状态）。已载入：按 → 逐步查看。`,
    none: (explored) => `这个程序不存在出错的交错：全部 ${num('zh-cn')(explored)} 个可达状态都让 check() 为空。`,
    truncated: (explored) => `前 ${num('zh-cn')(explored)} 个状态中没有出错的交错；搜索到此为止，所以这不是证明。`,
    noneFirst: (n, explored) => `只取前 ${n} 个值时，这个环不存在出错的交错：全部 ${num('zh-cn')(explored)} 个可达状态都让 check() 为空。`,
    trimmed: (n, total) => `${num('zh-cn')(total)} 个值的全部交错无法穷举，因此只搜索了前 ${n} 个值。`,
  },
};

export function spscLabels(locale: Locale): SpscLabels {
  return locale === 'zh-cn' ? zh : en;
}

export const fmt = (locale: Locale, n: number): string => FORMATS[locale].format(n);
