// Where the GC guide's model departs from the runtime (and from this simulator's runtime model).
import type { Note } from '../simplifications.ts';

export const GUIDE_DEPARTURES: readonly Note[] = [
  {
    id: 'no-roots',
    text: {
      en: 'The goal is live heap × (1 + GOGC/100): goroutine stacks and globals are left out, although since Go 1.18 the runtime adds (live + stacks + globals) × GOGC/100.',
      'zh-cn': '目标是 存活堆 × (1 + GOGC/100)，没有算进 goroutine 栈和全局变量；而从 Go 1.18 起，运行时加上的是 (存活堆 + 栈 + 全局变量) × GOGC/100。',
    },
  },
  {
    id: 'min-heap',
    text: {
      en: 'The 4 MiB minimum heap is fixed; the runtime scales it by GOGC (4 MiB × GOGC/100, so 2 MiB at GOGC=50).',
      'zh-cn': '最小堆固定为 4 MiB；运行时会按 GOGC 缩放（4 MiB × GOGC/100，GOGC=50 时是 2 MiB）。',
    },
  },
  {
    id: 'no-headroom',
    text: {
      en: 'With a memory limit the heap may reach the limit minus other memory exactly: there is no 3 % (at least 1 MiB) headroom and no extra push-down for memory already over the limit.',
      'zh-cn': '设置内存限制时，堆可以正好长到 限制 − 其他内存：没有 3%（至少 1 MiB）的余量，也没有针对已超限内存的额外下压。',
    },
  },
  {
    id: 'min-heap-beats-limit',
    text: {
      en: 'The 4 MiB minimum is applied after the memory limit, so it can override a tiny limit; in the runtime the limit goal only has heapMarked as its floor.',
      'zh-cn': '4 MiB 最小堆在内存限制之后才应用，因此可以压过很小的限制；运行时的内存限制目标只以 heapMarked 为下限。',
    },
  },
  {
    id: 'no-trigger',
    text: {
      en: 'A GC happens exactly when the heap reaches the goal, and the program is paused while it runs: there is no trigger, no runway, no concurrent marking, and no heap growth during a cycle.',
      'zh-cn': '堆一到目标就立即 GC，而且 GC 期间程序暂停：没有触发点、没有 runway、没有并发标记，GC 进行中堆也不会增长。',
    },
  },
  {
    id: 'no-assists',
    text: {
      en: 'There are no mark assists and no cons/mark estimate: GC time is live heap ÷ scan rate + a fixed cost per cycle.',
      'zh-cn': '没有标记辅助，也没有 cons/mark 估计：GC 时间 = 存活堆 ÷ 扫描速度 + 每轮固定开销。',
    },
  },
  {
    id: 'no-limiter',
    text: {
      en: 'There is no GC CPU limiter: when the live heap nears the limit the guide lets GC CPU approach 100 % (about 95 % in its own graphs), where the runtime holds it near 50 % and lets memory exceed the limit.',
      'zh-cn': '没有 GC CPU 限制器：存活堆接近限制时，指南中的 GC CPU 会逼近 100%（它自己的图里约 95%）；运行时则把它压在 50% 左右，允许内存超过限制。',
    },
  },
  {
    id: 'one-cpu',
    text: {
      en: 'Time is CPU time on one CPU with a fully busy program; GOMAXPROCS, dedicated workers and the 25 % background utilisation do not appear.',
      'zh-cn': '时间是单个 CPU 上、程序满载时的 CPU 时间；没有 GOMAXPROCS、专用标记 worker 和 25% 的后台利用率。',
    },
  },
  {
    id: 'live-per-cycle',
    text: {
      en: 'The live heap changes only at the end of a cycle (everything allocated since the last GC is "new heap" until then), and new heap that does not survive dies entirely at each GC.',
      'zh-cn': '存活堆只在每轮 GC 结束时变化（上次 GC 以来分配的一切在此之前都算"新堆"），没有存活下来的新堆在每次 GC 时全部死亡。',
    },
  },
  {
    id: 'text-42',
    text: {
      en: 'The guide\'s text says the GOGC=100 peak of its memory-limit graph is 42 MiB; its own model gives 50 MiB there (a 40 MiB heap goal plus 10 MiB of other memory).',
      'zh-cn': '指南正文说内存限制那张图在 GOGC=100 时的峰值是 42 MiB；但它自己的模型在那里算出的是 50 MiB（40 MiB 堆目标加 10 MiB 其他内存）。',
    },
  },
];
