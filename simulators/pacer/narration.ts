// Captions for every narration key the pacer engine emits, in both locales. The shell prints the
// event's function name as a link first, so no caption starts with it. Captions name the formula
// and the numbers it used.
import { fmtNumber, fmtPercent } from '../core/format.ts';
import { createNarrator, type NarrationFormat, type NarrationTable, type Params } from '../core/narrator.ts';

const n3 = (v: unknown) => fmtNumber(Number(v), 3);
const pct = (v: unknown) => (Number(v) > 0 && Number(v) < 0.05 ? '<0.1%' : fmtPercent(Number(v), 1));
/** Bytes, with -1 meaning "none/∞". */
const b = (f: NarrationFormat, v: unknown) => (Number(v) < 0 ? '∞' : f.bytes(v));

function commitEn(p: Params, f: NarrationFormat): string {
  const gogc = Number(p.gogc);
  const H = f.bytes(p.heapMarked), S = f.bytes(p.stacks), G = f.bytes(p.globals);
  let t: string;
  if (gogc < 0) t = 'GOGC=off: there is no GOGC goal.';
  else if (Number(p.raw) < Number(p.heapMin))
    t = `GOGC goal = ${H} + (${H} + ${S} + ${G}) × ${gogc}/100 = ${f.bytes(p.raw)}, below the minimum heap 4 MiB × ${gogc}/100 = ${f.bytes(p.heapMin)}, so ${f.bytes(p.heapMin)}.`;
  else t = `GOGC goal = ${H} + (${H} + ${S} + ${G}) × ${gogc}/100 = ${f.bytes(p.raw)}.`;
  if (Number(p.limit) >= 0) {
    if (Number(p.limitBase) <= 0)
      t += ` Non-heap memory ${f.bytes(p.nonHeap)} plus ${f.bytes(p.overage)} over the limit already reach GOMEMLIMIT ${f.bytes(p.limit)}, so the memory-limit goal is heapMarked = ${f.bytes(p.limitGoal)}.`;
    else
      t += ` Memory-limit goal = ${f.bytes(p.limit)} − (${f.bytes(p.nonHeap)} non-heap + ${f.bytes(p.overage)} over the limit) − headroom max(3 %, 1 MiB) ${f.bytes(p.headroom)} = ${f.bytes(p.limitGoal)}${Number(p.limitGoal) === Number(p.heapMarked) ? ' (never below heapMarked)' : ''}.`;
  }
  if (Number(p.goal) < 0) return `${t} No goal applies: only runtime.GC() can start a cycle.`;
  const why: Record<string, string> = {
    limit: ' — the memory limit is the smaller',
    gogc: Number(p.limit) >= 0 ? ' — the GOGC goal is the smaller' : '',
    sweepDist: ` — raised to heapLive + 1 MiB = ${f.bytes(p.sweepDist)} so the sweeper has room`,
    minRunway: ' — kept 64 KiB above the point this cycle triggered',
  };
  return `${t} Goal: ${f.bytes(p.goal)}${why[String(p.regime)] ?? ''}.`;
}

function commitZh(p: Params, f: NarrationFormat): string {
  const gogc = Number(p.gogc);
  const H = f.bytes(p.heapMarked), S = f.bytes(p.stacks), G = f.bytes(p.globals);
  let t: string;
  if (gogc < 0) t = 'GOGC=off：没有 GOGC 目标。';
  else if (Number(p.raw) < Number(p.heapMin))
    t = `GOGC 目标 = ${H} + (${H} + ${S} + ${G}) × ${gogc}/100 = ${f.bytes(p.raw)}，低于最小堆 4 MiB × ${gogc}/100 = ${f.bytes(p.heapMin)}，因此取 ${f.bytes(p.heapMin)}。`;
  else t = `GOGC 目标 = ${H} + (${H} + ${S} + ${G}) × ${gogc}/100 = ${f.bytes(p.raw)}。`;
  if (Number(p.limit) >= 0) {
    if (Number(p.limitBase) <= 0)
      t += `非堆内存 ${f.bytes(p.nonHeap)} 加上超出限制的 ${f.bytes(p.overage)} 已经达到 GOMEMLIMIT ${f.bytes(p.limit)}，所以内存限制目标就是 heapMarked = ${f.bytes(p.limitGoal)}。`;
    else
      t += `内存限制目标 = ${f.bytes(p.limit)} − (非堆 ${f.bytes(p.nonHeap)} + 超限 ${f.bytes(p.overage)}) − 余量 max(3%, 1 MiB) ${f.bytes(p.headroom)} = ${f.bytes(p.limitGoal)}${Number(p.limitGoal) === Number(p.heapMarked) ? '（不会低于 heapMarked）' : ''}。`;
  }
  if (Number(p.goal) < 0) return `${t}没有任何目标生效：只有 runtime.GC() 能启动一轮 GC。`;
  const why: Record<string, string> = {
    limit: '——内存限制目标更小',
    gogc: Number(p.limit) >= 0 ? '——GOGC 目标更小' : '',
    sweepDist: `——抬高到 heapLive + 1 MiB = ${f.bytes(p.sweepDist)}，给清扫留出空间`,
    minRunway: '——至少比本轮触发时的堆高 64 KiB',
  };
  return `${t}最终目标：${f.bytes(p.goal)}${why[String(p.regime)] ?? ''}。`;
}

function triggerEn(p: Params, f: NarrationFormat): string {
  const head = `runway = cons/mark × (1 − 0.25)/0.25 × expected scan work = ${n3(p.consMark)} × 3 × ${f.bytes(p.scanExpected)} = ${f.bytes(p.runway)}`;
  const bounds = `[${f.bytes(p.lower)}, ${f.bytes(p.upper)}] (45/64 and 61/64 of the way from heapMarked ${f.bytes(p.heapMarked)} to the goal ${f.bytes(p.goal)}, or goal − 4 MiB for large heaps)`;
  switch (p.by) {
    case 'goal':
      return `heapMarked ${f.bytes(p.heapMarked)} has reached the goal, so trigger = goal = ${f.bytes(p.trigger)}: the next cycle starts at once.`;
    case 'lower':
      return `${head}; goal − runway is below the bounds ${bounds}, so the trigger is the lower bound, ${f.bytes(p.trigger)}.`;
    case 'upper':
      return `${head}; goal − runway is above the bounds ${bounds}, so the trigger is the upper bound, ${f.bytes(p.trigger)}.`;
    default:
      return `${head}; trigger = goal − runway = ${f.bytes(p.trigger)}, within the bounds ${bounds}.`;
  }
}

function triggerZh(p: Params, f: NarrationFormat): string {
  const head = `runway = cons/mark × (1 − 0.25)/0.25 × 预期扫描量 = ${n3(p.consMark)} × 3 × ${f.bytes(p.scanExpected)} = ${f.bytes(p.runway)}`;
  const bounds = `[${f.bytes(p.lower)}, ${f.bytes(p.upper)}]（从 heapMarked ${f.bytes(p.heapMarked)} 到目标 ${f.bytes(p.goal)} 的 45/64 与 61/64 处；大堆时上界为目标 − 4 MiB）`;
  switch (p.by) {
    case 'goal':
      return `heapMarked ${f.bytes(p.heapMarked)} 已经达到目标，所以触发点 = 目标 = ${f.bytes(p.trigger)}：下一轮 GC 会立即开始。`;
    case 'lower':
      return `${head}；目标 − runway 低于区间 ${bounds}，触发点取下界 ${f.bytes(p.trigger)}。`;
    case 'upper':
      return `${head}；目标 − runway 高于区间 ${bounds}，触发点取上界 ${f.bytes(p.trigger)}。`;
    default:
      return `${head}；触发点 = 目标 − runway = ${f.bytes(p.trigger)}，落在区间 ${bounds}之内。`;
  }
}

const KIND_EN: Record<string, string> = { heap: '', time: 'periodic ', cycle: 'forced (runtime.GC) ' };
const KIND_ZH: Record<string, string> = { heap: '', time: '（定期触发）', cycle: '（runtime.GC 强制触发）' };
const REGIME_EN: Record<string, string> = {
  expected: '',
  extrapolated: ' (more scan work than expected: the heap grew, so revise paces against an extrapolated goal)',
  overshoot: ' (the heap is past the goal: revise gives itself 10 % more)',
};
const REGIME_ZH: Record<string, string> = {
  expected: '',
  extrapolated: '（扫描量超出预期，说明堆在增长，revise 按外推的目标调整节奏）',
  overshoot: '（堆已经超过目标，revise 再多给 10% 的余地）',
};
const INVALID_ZH: Record<string, string> = { exited: '程序已经退出', schema: '操作格式不正确' };

export const NARRATION: NarrationTable = {
  'pacer.test.heap': {
    en: (p, f) => `heapLive is ${f.bytes(p.heapLive)}, at or past the trigger of ${f.bytes(p.trigger)}: the heap trigger fires and GC ${p.n} begins.`,
    'zh-cn': (p, f) => `heapLive 为 ${f.bytes(p.heapLive)}，已到达触发点 ${f.bytes(p.trigger)}：堆触发条件成立，第 ${p.n} 轮 GC 开始。`,
  },
  'pacer.test.time': {
    en: (p, f) => `No GC for ${f.dur(p.since)}, longer than forcegcperiod (2 minutes): sysmon wakes the forcegc helper and GC ${p.n} begins.`,
    'zh-cn': (p, f) => `已经 ${f.dur(p.since)} 没有 GC，超过了 forcegcperiod（2 分钟）：sysmon 唤醒 forcegc 辅助 goroutine，第 ${p.n} 轮 GC 开始。`,
  },
  'pacer.gcStart': {
    en: (p, f) =>
      `${KIND_EN[String(p.kind)] ? `A ${KIND_EN[String(p.kind)]}` : ''}GC ${p.n} stops the world for sweep termination (${f.dur(p.stw)} on ${p.procs} Ps), turns on the write barrier and mark assists, and starts the world again. Marking begins at heapLive = ${f.bytes(p.heap0)}.`,
    'zh-cn': (p, f) =>
      `第 ${p.n} 轮 GC${KIND_ZH[String(p.kind)] || ' '}停止世界做清扫终止（${p.procs} 个 P，${f.dur(p.stw)}），打开写屏障和标记辅助，然后恢复世界。标记从 heapLive = ${f.bytes(p.heap0)} 开始。`,
  },
  'pacer.startCycle': {
    en: (p, f) =>
      `With GOMAXPROCS=${p.procs} the cycle gets ${p.dedicated} dedicated mark worker${Number(p.dedicated) === 1 ? '' : 's'}${Number(p.fractional) > 0 ? ` and a fractional worker using ${pct(p.fractional)} of each P` : ''}: background marking takes ${pct(p.background)} of the CPU. First assist ratio: assistWorkPerByte = scanWorkRemaining / heapRemaining = ${f.bytes(p.scanRemaining)} / ${b(f, p.heapRemaining)} = ${n3(p.ratio)}.`,
    'zh-cn': (p, f) =>
      `GOMAXPROCS=${p.procs}，本轮有 ${p.dedicated} 个专用标记 worker${Number(p.fractional) > 0 ? `，外加一个占每个 P ${pct(p.fractional)} 的分时（fractional）worker` : ''}：后台标记占用 ${pct(p.background)} 的 CPU。初始辅助比例：assistWorkPerByte = scanWorkRemaining / heapRemaining = ${f.bytes(p.scanRemaining)} / ${b(f, p.heapRemaining)} = ${n3(p.ratio)}。`,
  },
  'pacer.assist': {
    en: (p, f) =>
      `Background credit has run out: every byte allocated now costs assistWorkPerByte = scanWorkRemaining / heapRemaining = ${f.bytes(p.scanRemaining)} / ${f.bytes(p.heapRemaining)} = ${n3(p.ratio)} bytes of scanning${REGIME_EN[String(p.regime)] ?? ''}. Allocating goroutines assist; assists take ${pct(p.percent)} of the CPU.`,
    'zh-cn': (p, f) =>
      `后台扫描积累的额度已经用完：现在每分配 1 字节，就要付出 assistWorkPerByte = scanWorkRemaining / heapRemaining = ${f.bytes(p.scanRemaining)} / ${f.bytes(p.heapRemaining)} = ${n3(p.ratio)} 字节的扫描${REGIME_ZH[String(p.regime)] ?? ''}。分配内存的 goroutine 开始做标记辅助，辅助占用 ${pct(p.percent)} 的 CPU。`,
  },
  'pacer.limiter.on': {
    en: (p, f) =>
      `gcCPULimiterState's update finds its bucket full: ${f.dur(p.capacity)} of CPU time (GOMAXPROCS ${p.procs} × 1 s), filled because GC time ran ahead of mutator time${p.share === undefined || p.background === undefined ? '' : ` — the GC was taking ${pct(p.share)} of the CPU (${pct(p.background)} background + ${pct(Number(p.share) - Number(p.background))} assists)`}. Limiting turns on: assists beyond 25% are skipped, so GC CPU is held at 25% + 25% = 50%, and the heap may overshoot its goal.`,
    'zh-cn': (p, f) =>
      `gcCPULimiterState 的 update 发现桶已满：${f.dur(p.capacity)} CPU 时间（GOMAXPROCS ${p.procs} × 1 秒），因为 GC 时间跑在了用户代码时间前面${p.share === undefined || p.background === undefined ? '' : `——GC 占用了 ${pct(p.share)} 的 CPU（后台 ${pct(p.background)} + 辅助 ${pct(Number(p.share) - Number(p.background))}）`}。限制开始生效：超出 25% 的标记辅助被跳过，GC 的 CPU 占用被压在 25% + 25% = 50%，代价是堆可能超过目标。`,
  },
  'pacer.limiter.off': {
    en: (p, f) => `gcCPULimiterState's update sees mutator time outweigh GC time again and drain the bucket (${f.dur(p.fill)} of ${f.dur(p.capacity)}): limiting turns off and assists may run again.`,
    'zh-cn': (p, f) => `gcCPULimiterState 的 update 发现用户代码时间重新多于 GC 时间，桶开始排空（${f.dur(p.fill)} / ${f.dur(p.capacity)}）：限制解除，标记辅助可以恢复。`,
  },
  'pacer.gcMarkDone': {
    en: (p, f) => `No grey objects are left: GC ${p.n} has scanned ${f.bytes(p.work)} of heap, stacks and globals in ${f.dur(p.markNs)} of marking. Mark termination follows.`,
    'zh-cn': (p, f) => `已经没有灰色对象：第 ${p.n} 轮 GC 用 ${f.dur(p.markNs)}扫描完 ${f.bytes(p.work)} 的堆、栈和全局变量，接下来进入标记终止。`,
  },
  'pacer.gcMarkTermination': {
    en: (p, f) =>
      `The world stops again and marking ends with ${f.bytes(p.heap1)} in use, ${f.bytes(p.heap2)} of it marked (objects allocated during marking are black and survive this cycle). GODEBUG=gctrace=1 prints: ${p.gctrace}`,
    'zh-cn': (p, f) =>
      `再次停止世界，标记结束：堆中有 ${f.bytes(p.heap1)}，其中 ${f.bytes(p.heap2)} 被标记（标记期间分配的对象是黑色的，本轮不会被回收）。GODEBUG=gctrace=1 输出：${p.gctrace}`,
  },
  'pacer.endCycle': {
    en: (p, f) =>
      `cons/mark = allocated × u / (scan work × (1 − u)) = ${f.bytes(p.allocated)} × ${pct(p.util)} / (${f.bytes(p.work)} × ${pct(100 - Number(p.util))}) = ${n3(p.current)}; the estimate is the largest of this and the last four: ${n3(p.consMark)}.`,
    'zh-cn': (p, f) =>
      `cons/mark = 标记期间分配量 × u / (扫描量 × (1 − u)) = ${f.bytes(p.allocated)} × ${pct(p.util)} / (${f.bytes(p.work)} × ${pct(100 - Number(p.util))}) = ${n3(p.current)}；估计值取它与前四次测量中的最大者：${n3(p.consMark)}。`,
  },
  'pacer.endCycle.skip': {
    en: (p) => `The heap did not grow while marking, so there is nothing to measure: cons/mark stays ${n3(p.consMark)}.`,
    'zh-cn': (p) => `标记期间堆没有增长，无从测量：cons/mark 保持 ${n3(p.consMark)}。`,
  },
  'pacer.gcSweep': {
    en: (p, f) => `Every span needs sweeping again. Allocating goroutines sweep in proportion to what they allocate and finish before heapLive reaches ${f.bytes(p.deadline)} (trigger − 1 MiB).`,
    'zh-cn': (p, f) => `所有 span 都需要重新清扫。分配内存的 goroutine 按分配量成比例地清扫，在 heapLive 达到 ${f.bytes(p.deadline)}（触发点 − 1 MiB）之前完成。`,
  },
  'pacer.sweepDone': {
    en: (p, f) => `The last span from GC ${p.n} is swept, at heapLive = ${f.bytes(p.heapLive)}: sweeping is done.`,
    'zh-cn': (p, f) => `第 ${p.n} 轮 GC 留下的最后一个 span 已清扫完（heapLive = ${f.bytes(p.heapLive)}）：清扫结束。`,
  },
  'pacer.commit': { en: commitEn, 'zh-cn': commitZh },
  'pacer.trigger': { en: triggerEn, 'zh-cn': triggerZh },
  'pacer.trigger.none': {
    en: () => 'There is no trigger: with no goal, heap growth never starts a cycle.',
    'zh-cn': () => '没有触发点：既然没有目标，堆的增长永远不会启动 GC。',
  },
  'pacer.exit': {
    en: (p) =>
      `The workload is done after ${fmtNumber(Number(p.seconds), 3)} s: main returns and the program exits after ${p.gcs} GC cycle${Number(p.gcs) === 1 ? '' : 's'}${Number(p.inMark) > 0 ? `, in the middle of GC ${p.inMark}` : ''}.`,
    'zh-cn': (p) => `工作负载在 ${fmtNumber(Number(p.seconds), 3)} 秒后完成：main 返回，程序退出，共进行了 ${p.gcs} 轮 GC${Number(p.inMark) > 0 ? `（第 ${p.inMark} 轮正在标记中）` : ''}。`,
  },
  'pacer.setGCPercent': {
    en: (p, f) =>
      Number(p.value) < 0
        ? `The program calls debug.SetGCPercent(-1) (GOGC was ${Number(p.old) < 0 ? 'off' : p.old}): GOGC is off; gcControllerCommit recomputes the goal.`
        : `The program calls debug.SetGCPercent(${p.value}) (GOGC was ${Number(p.old) < 0 ? 'off' : p.old}): the minimum heap becomes 4 MiB × ${p.value}/100 = ${f.bytes(p.heapMin)}; gcControllerCommit recomputes the goal.`,
    'zh-cn': (p, f) =>
      Number(p.value) < 0
        ? `程序调用 debug.SetGCPercent(-1)（原 GOGC 为 ${Number(p.old) < 0 ? 'off' : p.old}）：关闭 GOGC；gcControllerCommit 重新计算目标。`
        : `程序调用 debug.SetGCPercent(${p.value})（原 GOGC 为 ${Number(p.old) < 0 ? 'off' : p.old}）：最小堆变为 4 MiB × ${p.value}/100 = ${f.bytes(p.heapMin)}；gcControllerCommit 重新计算目标。`,
  },
  'pacer.setMemoryLimit': {
    en: (p, f) =>
      `The program calls debug.SetMemoryLimit(${Number(p.bytes) < 0 ? 'math.MaxInt64' : f.bytes(p.bytes)}) (it was ${Number(p.old) < 0 ? 'off' : f.bytes(p.old)})${Number(p.bytes) < 0 ? ': no memory limit' : ''}.`,
    'zh-cn': (p, f) =>
      `程序调用 debug.SetMemoryLimit(${Number(p.bytes) < 0 ? 'math.MaxInt64' : f.bytes(p.bytes)})（原来${Number(p.old) < 0 ? '没有限制' : `是 ${f.bytes(p.old)}`}）${Number(p.bytes) < 0 ? '：取消内存限制' : ''}。`,
  },
  'pacer.gomaxprocs': {
    en: (p) => `The program calls runtime.GOMAXPROCS(${p.n}); it was ${p.old}.`,
    'zh-cn': (p) => `程序调用 runtime.GOMAXPROCS(${p.n})，原来是 ${p.old}。`,
  },
  'pacer.gomaxprocs.wait': {
    en: (p) => `runtime.GOMAXPROCS(${p.n}) must stop the world, so it waits (on gcsema) until GC ${p.gc} has finished.`,
    'zh-cn': (p) => `runtime.GOMAXPROCS(${p.n}) 需要停止世界，因此要等（在 gcsema 上）第 ${p.gc} 轮 GC 结束。`,
  },
  'pacer.procresize': {
    en: (p, f) => `GOMAXPROCS goes from ${p.old} to ${p.n}; the CPU limiter's bucket is resized to ${p.n} × 1 s = ${f.dur(p.capacity)} (resetCapacity).`,
    'zh-cn': (p, f) => `GOMAXPROCS 从 ${p.old} 变为 ${p.n}；CPU 限制器的桶容量随之变为 ${p.n} × 1 秒 = ${f.dur(p.capacity)}（resetCapacity）。`,
  },
  'pacer.GC': {
    en: (p) => `The program calls runtime.GC(): a forced GC ${p.n} starts now and the caller waits for it.`,
    'zh-cn': (p) => `程序调用 runtime.GC()：强制的第 ${p.n} 轮 GC 立即开始，调用者等待它完成。`,
  },
  'pacer.GC.wait': {
    en: (p) => `The program calls runtime.GC() during GC ${p.gc}: it waits for that cycle to finish, then runs a full forced GC ${p.n}.`,
    'zh-cn': (p) => `程序在第 ${p.gc} 轮 GC 进行中调用 runtime.GC()：先等这一轮结束，再完整地跑一轮强制的第 ${p.n} 轮 GC。`,
  },
  'pacer.GC.pending': {
    en: (p) => `The program calls runtime.GC() just as GC ${p.n} is about to start: that cycle becomes a forced one.`,
    'zh-cn': (p) => `程序调用 runtime.GC() 时第 ${p.n} 轮 GC 恰好即将开始：这一轮就成为强制 GC。`,
  },
  'pacer.invalidAction': {
    en: (p) => `This intervention was refused: ${p.reason === 'exited' ? 'the program has already exited' : `the action is malformed (${String(p.detail)})`}.`,
    'zh-cn': (p) => `此操作被拒绝：${p.reason === 'exited' ? INVALID_ZH.exited : `${INVALID_ZH.schema}（${String(p.detail)}）`}。`,
  },
};

/** Every narration key the engine can emit. */
export const narrationKeys: readonly string[] = Object.keys(NARRATION);
/** Reader-facing narrator (never throws). Tests build a strict one from NARRATION. */
export const narrator = createNarrator(NARRATION);
export const narrate = narrator.narrate.bind(narrator);
