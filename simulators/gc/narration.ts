// Captions for every narration key the GC engine emits, in both locales. The shell prints the
// event's runtime function as a link just before the caption (unless the caption names it), so
// each caption continues that name and never repeats it.
// Goroutine i is shown as G(i+1), as main is G1 in the runtime.
import { createNarrator, type NarrationTable, type Params } from '../core/narrator.ts';

const G = (v: unknown) => `G${Number(v) + 1}`;

function fromEn(from: unknown): string {
  const f = String(from);
  if (f === 'globals') return 'the globals';
  if (f.startsWith('stack:')) return `${G(f.slice(6))}'s stack`;
  return f;
}
/** Spaces a phrase that starts or ends in Latin letters from the Chinese around it. */
function zh(s: string): string {
  return (/^[\x21-\x7e]/.test(s) ? ' ' : '') + s + (/[\x21-\x7e]$/.test(s) ? ' ' : '');
}

function fromZh(from: unknown): string {
  const f = String(from);
  if (f === 'globals') return '全局变量';
  if (f.startsWith('stack:')) return `${G(f.slice(6))} 的栈`;
  return f;
}

const stmt = (p: Params) => `\`${String(p.stmt)}\``;

const BARRIER_EN: Record<string, string> = {
  dijkstra: 'the Dijkstra (insertion) barrier',
  yuasa: 'the Yuasa (deletion) barrier',
  hybrid: 'the hybrid barrier',
  'hybrid-go': "the hybrid barrier as Go's runtime runs it",
};
const BARRIER_ZH: Record<string, string> = {
  dijkstra: 'Dijkstra 插入写屏障',
  yuasa: 'Yuasa 删除写屏障',
  hybrid: '混合写屏障',
  'hybrid-go': 'Go 运行时实际执行的混合写屏障',
};

const REASON_EN: Record<string, string> = {
  schema: 'the action is malformed',
  'no-such-goroutine': 'there is no such goroutine',
  'world-stopped': 'the world is stopped for mark termination; no goroutine runs',
  'bad-ref': 'the pointer path does not fit this program',
  'nil-deref': 'the path goes through a nil pointer (Go would panic)',
};
const REASON_ZH: Record<string, string> = {
  schema: '操作格式不对',
  'no-such-goroutine': '没有这个 goroutine',
  'world-stopped': '标记终止正在 STW，任何 goroutine 都不能运行',
  'bad-ref': '指针路径与这个程序不符',
  'nil-deref': '路径经过 nil 指针（Go 会 panic）',
};

export const narrationTable: NarrationTable = {
  // Each caption continues the linked function name: "markroot scans G1's stack…".
  'gc.gcStart': {
    en: (p) =>
      `stops the world for sweep termination and sets the phase to mark, ${p.barrier === 'none' ? 'with no write barrier (this model can run without one)' : `switching on ${BARRIER_EN[String(p.barrier)] ?? p.barrier}`}; ${p.roots} root jobs (every stack and the globals) are queued and the world restarts.`,
    'zh-cn': (p) =>
      `进入清扫终止（STW），把阶段切换为标记，${p.barrier === 'none' ? '但不启用任何写屏障（本模型可以这样运行）' : `并启用${zh(BARRIER_ZH[String(p.barrier)] ?? String(p.barrier))}`}；排好 ${p.roots} 个根任务（每个栈和全局变量）后恢复运行。`,
  },
  'gc.markroot.stack': {
    en: (p) =>
      `scans ${G(p.g)}'s stack: ${G(p.g)} is suspended at a safe point, ${Number(p.n) === 0 ? 'its stack holds no pointer' : `the ${p.n} pointer(s) on it are shaded`}, and the stack stays black from now on.`,
    'zh-cn': (p) => `扫描 ${G(p.g)} 的栈：${G(p.g)} 在安全点暂停，${Number(p.n) === 0 ? '栈上没有指针' : `栈上 ${p.n} 个指针被置灰`}，此后这个栈一直是黑色。`,
  },
  'gc.markroot.globals': {
    en: (p) => `scans the globals (the data and bss sections): every pointer in the ${p.n} global slot(s) is shaded.`,
    'zh-cn': (p) => `扫描全局变量（data 和 bss 段）：${p.n} 个全局槽里的指针都被置灰。`,
  },
  'gc.greyobject': {
    en: (p) => `sets ${p.obj}'s mark bit and queues it: found through ${fromEn(p.from)}, ${p.obj} turns grey.`,
    'zh-cn': (p) => `设置 ${p.obj} 的标记位并放入工作队列：${p.obj} 经由${zh(fromZh(p.from))}被发现，变为灰色。`,
  },
  'gc.scanobject': {
    en: (p) => `takes ${p.obj} off the work list, ${Number(p.n) === 0 ? 'finds no pointer in it' : `shades the ${p.n} pointer(s) it holds`} and blackens it.`,
    'zh-cn': (p) => `从工作队列取出 ${p.obj}，${Number(p.n) === 0 ? '其中没有指针' : `把它持有的 ${p.n} 个指针置灰`}，再把它涂黑。`,
  },
  'gc.shade.old': {
    en: (p) => `greys ${p.obj}, the pointer ${G(p.g)} is overwriting (the deletion half of the barrier): unlinking it can no longer hide it.`,
    'zh-cn': (p) => `把 ${G(p.g)} 即将覆盖的指针 ${p.obj} 置灰（屏障的删除部分）：断开引用再也藏不住它。`,
  },
  'gc.shade.new': {
    en: (p) => `greys ${p.obj}, the pointer ${G(p.g)} is installing (the insertion half of the barrier): a black object can no longer be its only holder.`,
    'zh-cn': (p) => `把 ${G(p.g)} 正在写入的指针 ${p.obj} 置灰（屏障的插入部分）：它不会只被黑色对象持有。`,
  },
  'gc.write.stack': {
    en: (p) => `for ${G(p.g)}'s ${stmt(p)}: a store into its own stack frame, for which the compiler emits no write barrier. ${p.slot} now holds ${p.ptr}.`,
    'zh-cn': (p) => `${G(p.g)} 执行 ${stmt(p)}：写入自己的栈帧，编译器不为它插入写屏障。${p.slot} 现在是 ${p.ptr}。`,
  },
  'gc.write.off': {
    en: (p) => `for ${G(p.g)}'s ${stmt(p)}: no GC is marking, writeBarrier.enabled is false, and ${p.slot} simply becomes ${p.ptr}.`,
    'zh-cn': (p) => `${G(p.g)} 执行 ${stmt(p)}：此时没有在标记，writeBarrier.enabled 为 false，${p.slot} 直接变为 ${p.ptr}。`,
  },
  'gc.write.none': {
    en: (p) => `for ${G(p.g)}'s ${stmt(p)} during marking, with no barrier at all: ${p.slot} changes from ${p.old} to ${p.ptr} and the collector is not told.`,
    'zh-cn': (p) => `${G(p.g)} 在标记期间执行 ${stmt(p)}，没有任何写屏障：${p.slot} 从 ${p.old} 变为 ${p.ptr}，回收器毫不知情。`,
  },
  'gc.gcWriteBarrier.dijkstra': {
    en: (p) => `for ${G(p.g)}'s ${stmt(p)} (Dijkstra): shade(ptr) on ${p.ptr}, then ${p.slot} = ${p.ptr}. The old value ${p.old} is not shaded.`,
    'zh-cn': (p) => `${G(p.g)} 执行 ${stmt(p)}（Dijkstra）：先对 ${p.ptr} 做 shade(ptr)，再令 ${p.slot} = ${p.ptr}。旧值 ${p.old} 不置灰。`,
  },
  'gc.gcWriteBarrier.yuasa': {
    en: (p) => `for ${G(p.g)}'s ${stmt(p)} (Yuasa): shade(*slot) on the old value ${p.old}, then ${p.slot} = ${p.ptr}. The new pointer is not shaded.`,
    'zh-cn': (p) => `${G(p.g)} 执行 ${stmt(p)}（Yuasa）：先对旧值 ${p.old} 做 shade(*slot)，再令 ${p.slot} = ${p.ptr}。新指针不置灰。`,
  },
  'gc.gcWriteBarrier.hybrid.grey': {
    en: (p) => `for ${G(p.g)}'s ${stmt(p)} (hybrid): shade(*slot) on ${p.old}, and because ${G(p.g)}'s stack is still grey, shade(ptr) on ${p.ptr} as well; then ${p.slot} = ${p.ptr}.`,
    'zh-cn': (p) => `${G(p.g)} 执行 ${stmt(p)}（混合屏障）：对 ${p.old} 做 shade(*slot)；${G(p.g)} 的栈还是灰色，所以也对 ${p.ptr} 做 shade(ptr)；然后 ${p.slot} = ${p.ptr}。`,
  },
  'gc.gcWriteBarrier.hybrid.black': {
    en: (p) => `for ${G(p.g)}'s ${stmt(p)} (hybrid): shade(*slot) on ${p.old}; ${G(p.g)}'s stack is already black, so ptr (${p.ptr}) is not shaded; then ${p.slot} = ${p.ptr}.`,
    'zh-cn': (p) => `${G(p.g)} 执行 ${stmt(p)}（混合屏障）：对 ${p.old} 做 shade(*slot)；${G(p.g)} 的栈已是黑色，不再对 ptr（${p.ptr}）置灰；然后 ${p.slot} = ${p.ptr}。`,
  },
  'gc.gcWriteBarrier.hybrid-go': {
    en: (p) => `for ${G(p.g)}'s ${stmt(p)}: as in the runtime, both the old value ${p.old} and the new pointer ${p.ptr} are recorded and shaded, whatever the stack's colour; then ${p.slot} = ${p.ptr}.`,
    'zh-cn': (p) => `${G(p.g)} 执行 ${stmt(p)}：与运行时一样，旧值 ${p.old} 和新指针 ${p.ptr} 都被记录并置灰，不管栈是什么颜色；然后 ${p.slot} = ${p.ptr}。`,
  },
  'gc.mallocgc.black': {
    en: (p) => `allocates ${p.obj} for ${G(p.g)} during marking; all its fields are nil, so it needs no scan and is allocated black.`,
    'zh-cn': (p) => `在标记期间为 ${G(p.g)} 分配 ${p.obj}；它的字段全是 nil，无需扫描，直接分配为黑色。`,
  },
  'gc.mallocgc.white': {
    en: (p) => `allocates ${p.obj} for ${G(p.g)} during marking, white (allocate-white, which Go does not do): only a scan or a barrier can still mark it.`,
    'zh-cn': (p) => `在标记期间为 ${G(p.g)} 分配 ${p.obj}，颜色为白色（Go 并不这样做）：只有扫描或写屏障还能标记它。`,
  },
  'gc.mallocgc.off': {
    en: (p) => `allocates ${p.obj} for ${G(p.g)}; no GC is running, so it is white like every other object.`,
    'zh-cn': (p) => `为 ${G(p.g)} 分配 ${p.obj}；此时没有 GC 在运行，它和其他对象一样是白色。`,
  },
  'gc.mallocgc.fresh': {
    en: (p) => `allocates ${p.obj} for ${G(p.g)} after mark termination, from a span already swept: it is unmarked, yet this cycle's sweep will not free it.`,
    'zh-cn': (p) => `在标记终止后为 ${G(p.g)} 分配 ${p.obj}，它来自已清扫过的 span：虽未标记，本轮清扫也不会释放它。`,
  },
  'gc.gcmarknewobject': {
    en: (p) => `sets ${p.obj}'s mark bit at once (allocate-black): marking counts it as black.`,
    'zh-cn': (p) => `立即设置 ${p.obj} 的标记位（分配即黑）：标记阶段把它当作黑色。`,
  },
  'gc.gcMarkDone': {
    en: () => 'finds no root job and no grey object left (every P has flushed its write-barrier buffer): marking is complete, and the world stops for mark termination.',
    'zh-cn': () => '发现根任务和灰色对象都已处理完（每个 P 都已刷出写屏障缓冲区）：标记完成，世界停止，进入标记终止。',
  },
  'gc.gcMarkTermination': {
    en: () => 'runs with the world stopped and re-scans no stack: the write barrier goes off, every span is queued for sweeping, and the world restarts. Whatever is still white is now garbage.',
    'zh-cn': () => '在 STW 中运行，不重新扫描任何栈：关闭写屏障，把所有 span 排入清扫队列，然后恢复运行。此刻仍为白色的对象都被当作垃圾。',
  },
  'gc.gcMarkTermination.rescan': {
    en: (p) => `runs with the world stopped and re-scans all ${p.g} stack(s), marking what they reach (Go 1.5–1.7); then the barrier goes off, spans are queued for sweeping and the world restarts.`,
    'zh-cn': (p) => `在 STW 中运行，重新扫描全部 ${p.g} 个栈并标记它们能到达的对象（Go 1.5–1.7 的做法）；然后关闭写屏障，排队清扫，恢复运行。`,
  },
  'gc.rescan.stack': {
    en: (p) => `re-scans ${G(p.g)}'s stack during mark termination, shading whatever it holds that is still white.`,
    'zh-cn': (p) => `在标记终止时重新扫描 ${G(p.g)} 的栈，把其中仍为白色的对象置灰。`,
  },
  'gc.sweepone': {
    en: (p, f) =>
      Number(p.freed) === 0
        ? `frees nothing: every object is marked or was allocated after marking. ${f.num(p.live)} objects stay; the cycle is over.`
        : `frees the ${f.num(p.freed)} white object(s)${p.names ? ` (${p.names}${Number(p.more) > 0 ? ` and ${f.num(p.more)} more` : ''})` : ''}; ${f.num(p.live)} objects stay. The cycle is over.`,
    'zh-cn': (p, f) =>
      Number(p.freed) === 0
        ? `没有释放任何对象：所有对象都已标记，或是在标记结束后才分配的。保留 ${f.num(p.live)} 个对象，本轮 GC 结束。`
        : `释放 ${f.num(p.freed)} 个白色对象${p.names ? `（${p.names}${Number(p.more) > 0 ? ` 等，另有 ${f.num(p.more)} 个` : ''}）` : ''}；保留 ${f.num(p.live)} 个对象，本轮 GC 结束。`,
  },
  'gc.panicmem': {
    en: (p) => `would be raised by ${G(p.g)}'s ${stmt(p)}: it dereferences nil at ${p.at}. The model skips the statement instead of crashing the program.`,
    'zh-cn': (p) => `会由 ${G(p.g)} 的 ${stmt(p)} 触发：它在 ${p.at} 处解引用 nil。模型跳过这条语句，而不是让程序崩溃。`,
  },
  'gc.invalidAction': {
    en: (p) => `Action refused: ${REASON_EN[String(p.reason)] ?? String(p.reason)}${p.detail ? ` (${p.detail})` : ''}.`,
    'zh-cn': (p) => `操作被拒绝：${REASON_ZH[String(p.reason)] ?? String(p.reason)}${p.detail ? `（${p.detail}）` : ''}。`,
  },
};

/** The narrator readers get (never throws). Tests build a strict one from `narrationTable`. */
export const narrator = createNarrator(narrationTable);
