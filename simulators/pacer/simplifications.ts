// What the model leaves out or simplifies, stated once for the page (both locales), and the bound
// it guarantees on memory over GOMEMLIMIT.
import type { Localized } from '../core/types.ts';
import { DEFAULT_SCAN_RATE, sweepMinHeapDistance } from './constants.ts';
import { markWorkers } from './startCycle.ts';
import type { PacerConfig } from './types.ts';
import { liveAt, nonHeapOf, phaseNs, resolvePhases } from './workload.ts';

export type Note = { id: string; text: Localized };

export const SIMPLIFICATIONS: readonly Note[] = [
  {
    id: 'version',
    text: {
      en: 'The formulas follow the runtime as read in a Go 1.26-development copy of mgcpacer.go, mgc.go and mgcmark.go and a Go 1.23+ mgclimit.go; they were not checked against the go1.27 tag itself. The memory-limit headroom of 3 % (at least 1 MiB) dates from Go 1.21; Go 1.19 and 1.20 subtracted a fixed 1 MiB.',
      'zh-cn': '公式依据的是 Go 1.26 开发版的 mgcpacer.go、mgc.go、mgcmark.go 以及 Go 1.23 之后的 mgclimit.go，没有逐一对照 go1.27 标签核对。内存限制目标的 3%（至少 1 MiB）余量始于 Go 1.21；Go 1.19 和 1.20 固定减去 1 MiB。',
    },
  },
  {
    id: 'fluid',
    text: {
      en: 'Allocation, scanning and assists are continuous flows in bytes per CPU-second, not objects: between events the heap grows linearly and time jumps from one event to the next. The runtime works in spans, work buffers and per-goroutine assist debts.',
      'zh-cn': '分配、扫描和标记辅助都被看作以"字节/CPU 秒"计的连续流量，而不是一个个对象：两个事件之间堆线性增长，时间直接跳到下一个事件。运行时实际以 span、工作缓冲区和每个 goroutine 的辅助债务为单位工作。',
    },
  },
  {
    id: 'cpu-bound',
    text: {
      en: 'The program keeps every P busy, so there is no idle time and no idle mark worker. A workload phase lasts its duration in program progress: without GC it takes that long; CPU taken by the GC stretches it.',
      'zh-cn': '程序让每个 P 都满负荷运行，因此没有空闲时间，也没有空闲标记 worker。工作负载的每个阶段以程序进度计时：没有 GC 时正好用这么久，GC 占用的 CPU 会把它拉长。',
    },
  },
  {
    id: 'mark-speed',
    text: {
      en: 'Marking has one speed, scanRate bytes per CPU-second (1 GiB/s by default), for heap, stacks and globals alike. All of the live heap is scannable (no pointer-free objects) and every stack byte is scanned.',
      'zh-cn': '标记只有一个速度：每 CPU 秒扫描 scanRate 字节（默认 1 GiB/s），堆、栈和全局变量都一样。存活堆全部可扫描（不区分无指针对象），栈的每个字节都会被扫描。',
    },
  },
  {
    id: 'allocate-black',
    text: {
      en: 'What must be scanned is the heap reachable when marking starts, plus stacks and globals. Everything allocated during marking is black and counts as marked, as in the runtime: the third gctrace number includes it.',
      'zh-cn': '需要扫描的是标记开始时可达的堆，加上栈和全局变量。标记期间分配的对象都是黑色的，计入已标记字节，与运行时一致：gctrace 的第三个堆数字包含它们。',
    },
  },
  {
    id: 'memory',
    text: {
      en: 'Memory counted against GOMEMLIMIT is heapLive + goroutine stacks + other runtime memory (a setting). Freed heap memory is returned at once (heapFree = 0), so the memory-limit goal sees exactly the non-heap memory; fragmentation and the scavenger are not modelled.',
      'zh-cn': '计入 GOMEMLIMIT 的内存 = heapLive + goroutine 栈 + 其他运行时内存（可设置）。释放的堆内存立即归还（heapFree = 0），因此内存限制目标看到的非堆内存就是这两项；不模拟碎片和 scavenger。',
    },
  },
  {
    id: 'sweep',
    text: {
      en: 'Sweeping costs no CPU and ends exactly at its proportional-sweep deadline, heapLive = trigger − 1 MiB (a busy program leaves the background sweeper no time).',
      'zh-cn': '清扫不占 CPU，并且恰好在按比例清扫的期限 heapLive = 触发点 − 1 MiB 时结束（繁忙的程序不给后台清扫 goroutine 留时间）。',
    },
  },
  {
    id: 'stw',
    text: {
      en: 'The two stop-the-world pauses take fixed times on every P: 50 µs for sweep termination and 30 µs for mark termination.',
      'zh-cn': '两次停止世界的停顿在每个 P 上耗时固定：清扫终止 50 微秒，标记终止 30 微秒。',
    },
  },
  {
    id: 'assists',
    text: {
      en: 'Assist debt is settled in aggregate: background credit first, then assists just large enough to pay what allocation owes at assistWorkPerByte (no 64 KiB over-assist, no parked goroutines). A shortfall under 0.1 % of the background rate counts as balanced.',
      'zh-cn': '辅助债务按总量结算：先用后台扫描积累的额度，再让辅助恰好付清按 assistWorkPerByte 欠下的扫描量（没有 64 KiB 的超额辅助，也没有被挂起等待的 goroutine）。差额小于后台速率 0.1% 时视为持平。',
    },
  },
  {
    id: 'limiter',
    text: {
      en: 'The CPU limiter is updated continuously instead of every 10 ms (a draining bucket is noticed within 10 ms). While it limits, assists run at the level that keeps GC CPU at 50 %: the average of the runtime skipping assists until its next update.',
      'zh-cn': 'CPU 限制器连续更新，而不是每 10 毫秒更新一次（桶开始排空时在 10 毫秒内察觉）。限制生效期间，辅助保持在使 GC CPU 恰为 50% 的水平：这相当于运行时"跳过辅助直到下次更新"的平均效果。',
    },
  },
  {
    id: 'gomaxprocs',
    text: {
      en: 'runtime.GOMAXPROCS waits for a running cycle to end (it stops the world through gcsema) and then takes effect with no pause of its own.',
      'zh-cn': 'runtime.GOMAXPROCS 会等正在进行的 GC 结束（它通过 gcsema 停止世界），之后立即生效，本身不产生停顿。',
    },
  },
  {
    id: 'forced',
    text: {
      en: 'runtime.GC() starts a cycle that marks concurrently like any other and is printed with "(forced)"; the calling goroutine waits, the rest of the program does not.',
      'zh-cn': 'runtime.GC() 启动的 GC 和其他各轮一样并发标记，gctrace 中带 "(forced)"；调用它的 goroutine 等待，程序的其余部分照常运行。',
    },
  },
  {
    id: 'phases',
    text: {
      en: 'A phase that starts with a larger live heap than the previous one ended with allocates the difference instantly; a live heap cannot grow faster than the program allocates.',
      'zh-cn': '如果某个阶段开始时的存活堆比上一阶段结束时大，差额会被瞬间分配；存活堆的增长速度不会超过程序的分配速度。',
    },
  },
];

/**
 * The model's bound on memory over GOMEMLIMIT. A mark phase lasts at most (scan work) / (scanRate ×
 * background workers); meanwhile the mutator, on the other Ps, allocates at most
 *   A = (P − background)/background × max(allocation per CPU-second)/scanRate × (max live + max stacks + max globals).
 * A cycle starts at or below max(limit − non-heap − 1 MiB, heapMarked + 1 MiB, 1 MiB) — the sweep distance, or
 * memoryLimitHeapGoal falling back to its 1 MiB headroom when less is left — and heapMarked ≤ max live + A, so
 *   peak (heap + non-heap) ≤ GOMEMLIMIT + 2A + 1 MiB + (max non-heap − min non-heap)
 * whenever max live + max non-heap ≤ GOMEMLIMIT. statedOvershoot returns 2A + 1 MiB + that non-heap spread.
 */
export function statedOvershoot(config: PacerConfig): number {
  const phases = resolvePhases(config.workload);
  const procs = config.gomaxprocs;
  const scanRate = config.scanRate ?? DEFAULT_SCAN_RATE;
  const w = markWorkers(procs);
  let consMarkMax = 0;
  let maxLive = 0;
  let maxStacks = 0;
  let maxGlobals = 0;
  let minNonHeap = Infinity;
  let maxNonHeap = 0;
  for (const p of phases) {
    const half = phaseNs(p) / 2;
    const peak = Math.max(liveAt(p, 0), liveAt(p, half), liveAt(p, phaseNs(p)));
    const riseBound = (Math.abs((p.liveEnd ?? p.live) - p.live) * 2 * 1e9) / phaseNs(p) / procs; // bytes per mutator CPU-second
    consMarkMax = Math.max(consMarkMax, Math.max(p.allocRate, riseBound) / scanRate);
    maxLive = Math.max(maxLive, peak);
    maxStacks = Math.max(maxStacks, p.stacks);
    maxGlobals = Math.max(maxGlobals, p.globals);
    const nh = nonHeapOf(p, config.otherMem ?? 0);
    minNonHeap = Math.min(minNonHeap, nh);
    maxNonHeap = Math.max(maxNonHeap, nh);
  }
  const a = ((procs - w.backgroundProcs) / w.backgroundProcs) * consMarkMax * (maxLive + maxStacks + maxGlobals);
  return 2 * a + sweepMinHeapDistance + (maxNonHeap - minNonHeap);
}

export const OVERSHOOT_RULE: Localized = {
  en: 'GOMEMLIMIT is soft. Whenever the live heap plus non-heap memory fits under it, this model keeps total memory within GOMEMLIMIT + 2A + 1 MiB (+ any growth of non-heap memory), where A is what the program can allocate during one mark phase that gets only the background workers’ CPU: A = (GOMAXPROCS − background workers)/background workers × (allocation rate ÷ mark speed) × (live heap + stacks + globals). Objects allocated during one cycle stay marked into the next, which is why A counts twice; the 1 MiB is the sweep distance, or the memory-limit goal’s 1 MiB minimum when less than that is left under the limit.',
  'zh-cn': 'GOMEMLIMIT 是软限制。只要存活堆加非堆内存不超过它，本模型保证总内存不超过 GOMEMLIMIT + 2A + 1 MiB（再加上非堆内存的增长），其中 A 是一次只有后台标记 worker 的 CPU 时的标记阶段里程序最多能分配的量：A = (GOMAXPROCS − 后台 worker)/后台 worker × (分配速率 ÷ 标记速度) × (存活堆 + 栈 + 全局变量)。一轮中分配的对象在下一轮仍被视为已标记，所以 A 要算两次；1 MiB 来自清扫距离，或者在限制下剩余不足 1 MiB 时内存限制目标的 1 MiB 下限。',
};
