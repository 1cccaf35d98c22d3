// Captions for every narration key of the SPSC engine, in both locales. DOM-free.
// The shell prints the event's function (Load, Store, TryPush, TryPop) as a link right before
// the caption, so a caption reads as the sentence that follows it and never starts with that name.
import { createNarrator, type NarrationFormat, type NarrationTable, type Params } from '../core/narrator.ts';

function movedEn(p: Params, f: NarrationFormat): string {
  const n = Number(p.moved ?? 0);
  if (n <= 0) return '';
  return n === 1 ? ' One cache line moved between the cores.' : ` ${f.num(n)} cache lines moved between the cores.`;
}
function movedZh(p: Params, f: NarrationFormat): string {
  const n = Number(p.moved ?? 0);
  return n > 0 ? `另有 ${f.num(n)} 条缓存行在两个核心之间迁移。` : '';
}

export const narrationTable: NarrationTable = {
  // ---- producer: TryPush ----
  'spsc.push.load.room': {
    en: (p, f) => `— the producer reads its own tail: ${f.num(p.t)}. Its cached head (${f.num(p.cached)}) leaves room (${f.num(p.used)} of ${f.num(p.cap)} slots in use), so it does not touch the consumer's head.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `：生产者读取自己的 tail，值为 ${f.num(p.t)}。缓存的 head 副本（${f.num(p.cached)}）显示还有空位（${f.num(p.cap)} 个槽位已用 ${f.num(p.used)} 个），因此无需读取消费者的 head。${movedZh(p, f)}`,
  },
  'spsc.push.load.looksFull': {
    en: (p, f) => `— the producer reads its own tail: ${f.num(p.t)}. By its cached head (${f.num(p.cached)}) the ring looks full, so next it must load the real head.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `：生产者读取自己的 tail，值为 ${f.num(p.t)}。按缓存的 head 副本（${f.num(p.cached)}）看环已满，所以接下来必须读取真正的 head。${movedZh(p, f)}`,
  },
  'spsc.push.load.own': {
    en: (p, f) => `— the producer reads its own tail: ${f.num(p.t)}. Without a cached copy it must now load the consumer's head.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `：生产者读取自己的 tail，值为 ${f.num(p.t)}。没有缓存副本，接下来必须读取消费者的 head。${movedZh(p, f)}`,
  },
  'spsc.push.remote.room': {
    en: (p, f) => `of the consumer's head returns ${f.num(p.h)}: ${f.num(p.used)} of ${f.num(p.cap)} slots are in use, so TryPush may write.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `：读取消费者的 head，得到 ${f.num(p.h)}：${f.num(p.cap)} 个槽位已用 ${f.num(p.used)} 个，TryPush 可以写入。${movedZh(p, f)}`,
  },
  'spsc.push.remote.full': {
    en: (p, f) => `of the consumer's head returns ${f.num(p.h)}: the ring is full. TryPush returns false; the producer yields (runtime.Gosched) and calls it again (spin ${f.num(p.spins)}).${movedEn(p, f)}`,
    'zh-cn': (p, f) => `：读取消费者的 head，得到 ${f.num(p.h)}：环已满。TryPush 返回 false，生产者调用 runtime.Gosched 让出后重试（第 ${f.num(p.spins)} 次自旋）。${movedZh(p, f)}`,
  },
  'spsc.push.write': {
    en: (p, f) => `writes ${f.num(p.value)} into slot ${f.num(p.slot)} (index ${f.num(p.t)}) with a plain store. The consumer cannot see it yet: tail still says the slot is free.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `用普通写把 ${f.num(p.value)} 写入槽位 ${f.num(p.slot)}（索引 ${f.num(p.t)}）。消费者暂时看不到它：tail 仍表明该槽位空闲。${movedZh(p, f)}`,
  },
  'spsc.push.write.late': {
    en: (p, f) => `writes ${f.num(p.value)} into slot ${f.num(p.slot)} only now, after tail already announced it. TryPush returns true.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `此时才把 ${f.num(p.value)} 写入槽位 ${f.num(p.slot)}，而 tail 早已把这个槽位公布出去了。TryPush 返回 true。${movedZh(p, f)}`,
  },
  'spsc.push.write.overwrite': {
    en: (p, f) => `writes ${f.num(p.value)} into slot ${f.num(p.slot)}, overwriting ${f.num(p.lost)}, which the consumer never read.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `把 ${f.num(p.value)} 写入槽位 ${f.num(p.slot)}，覆盖了消费者从未读到的 ${f.num(p.lost)}。${movedZh(p, f)}`,
  },
  'spsc.push.store': {
    en: (p, f) => `publishes tail = ${f.num(p.t)}: ${f.num(p.value)} in slot ${f.num(p.slot)} is now visible to the consumer, because the write happens before any load that sees the new tail. TryPush returns true.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `发布 tail = ${f.num(p.t)}：槽位 ${f.num(p.slot)} 中的 ${f.num(p.value)} 现在对消费者可见，因为这次写入先行发生于任何读到新 tail 的加载。TryPush 返回 true。${movedZh(p, f)}`,
  },
  'spsc.push.store.early': {
    en: (p, f) => `publishes tail = ${f.num(p.t)} before slot ${f.num(p.slot)} is written: from now on the consumer may read a slot that holds nothing new.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `在写入槽位 ${f.num(p.slot)} 之前就发布了 tail = ${f.num(p.t)}：从现在起，消费者可能读到一个还没有新值的槽位。${movedZh(p, f)}`,
  },

  // ---- consumer: TryPop ----
  'spsc.pop.load.ready': {
    en: (p, f) => `— the consumer reads its own head: ${f.num(p.h)}. Its cached tail (${f.num(p.cached)}) says ${f.num(p.used)} value(s) are ready, so it does not touch the producer's tail.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `：消费者读取自己的 head，值为 ${f.num(p.h)}。缓存的 tail 副本（${f.num(p.cached)}）表明有 ${f.num(p.used)} 个值可取，因此无需读取生产者的 tail。${movedZh(p, f)}`,
  },
  'spsc.pop.load.looksEmpty': {
    en: (p, f) => `— the consumer reads its own head: ${f.num(p.h)}. By its cached tail the ring looks empty, so next it must load the real tail.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `：消费者读取自己的 head，值为 ${f.num(p.h)}。按缓存的 tail 副本看环是空的，所以接下来必须读取真正的 tail。${movedZh(p, f)}`,
  },
  'spsc.pop.load.own': {
    en: (p, f) => `— the consumer reads its own head: ${f.num(p.h)}. Without a cached copy it must now load the producer's tail.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `：消费者读取自己的 head，值为 ${f.num(p.h)}。没有缓存副本，接下来必须读取生产者的 tail。${movedZh(p, f)}`,
  },
  'spsc.pop.remote.ready': {
    en: (p, f) => `of the producer's tail returns ${f.num(p.t)}: ${f.num(p.used)} value(s) wait in the ring, so TryPop may read the slot at index ${f.num(p.h)}.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `：读取生产者的 tail，得到 ${f.num(p.t)}：环中有 ${f.num(p.used)} 个值，TryPop 可以读取索引 ${f.num(p.h)} 对应的槽位。${movedZh(p, f)}`,
  },
  'spsc.pop.remote.empty': {
    en: (p, f) => `of the producer's tail returns ${f.num(p.t)}, equal to head: the ring is empty. TryPop returns false; the consumer yields (runtime.Gosched) and calls it again (spin ${f.num(p.spins)}).${movedEn(p, f)}`,
    'zh-cn': (p, f) => `：读取生产者的 tail，得到 ${f.num(p.t)}，与 head 相等：环是空的。TryPop 返回 false，消费者调用 runtime.Gosched 让出后重试（第 ${f.num(p.spins)} 次自旋）。${movedZh(p, f)}`,
  },
  'spsc.pop.read': {
    en: (p, f) => `reads slot ${f.num(p.slot)} with a plain load and gets ${f.num(p.value)}.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `用普通读取读出槽位 ${f.num(p.slot)}，得到 ${f.num(p.value)}。${movedZh(p, f)}`,
  },
  'spsc.pop.read.stale': {
    en: (p, f) =>
      `reads slot ${f.num(p.slot)} before the producer has written it: it gets ${Number(p.zero) ? 'the zero value' : `the old value ${f.num(p.value)}`}, not value #${f.num(p.want)}. A stale read.${movedEn(p, f)}`,
    'zh-cn': (p, f) =>
      `在生产者写入之前就读取了槽位 ${f.num(p.slot)}：读到的是${Number(p.zero) ? '零值' : `旧值 ${f.num(p.value)}`}，而不是第 ${f.num(p.want)} 个值。这是一次陈旧读取。${movedZh(p, f)}`,
  },
  'spsc.pop.clear': {
    en: (p, f) => `clears slot ${f.num(p.slot)} to the zero value, so the garbage collector can free what it pointed to.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `把槽位 ${f.num(p.slot)} 清为零值，让垃圾回收器可以回收它原来引用的对象。${movedZh(p, f)}`,
  },
  'spsc.pop.store': {
    en: (p, f) => `of head = ${f.num(p.h)} hands slot ${f.num(p.slot)} back to the producer. TryPop returns ${f.num(p.value)} (value ${f.num(p.n)} received).${movedEn(p, f)}`,
    'zh-cn': (p, f) => `把 head 设为 ${f.num(p.h)}，将槽位 ${f.num(p.slot)} 交还给生产者。TryPop 返回 ${f.num(p.value)}（已收到 ${f.num(p.n)} 个值）。${movedZh(p, f)}`,
  },
  'spsc.pop.store.wrong': {
    en: (p, f) => `of head = ${f.num(p.h)} hands slot ${f.num(p.slot)} back. TryPop returns ${f.num(p.value)}, but value ${f.num(p.n)} pushed was ${f.num(p.want)}: FIFO order is broken.${movedEn(p, f)}`,
    'zh-cn': (p, f) => `把 head 设为 ${f.num(p.h)}，交还槽位 ${f.num(p.slot)}。TryPop 返回 ${f.num(p.value)}，但推入的第 ${f.num(p.n)} 个值是 ${f.num(p.want)}：先进先出的顺序被破坏了。${movedZh(p, f)}`,
  },

  // ---- refusals ----
  'spsc.invalidAction': {
    en: (p) =>
      p.reason === 'done'
        ? `is not called again: the ${p.side === 'consumer' ? 'consumer has popped' : 'producer has pushed'} everything and returned.`
        : 'was not run: the action is not one of {type: "run" | "call", side: "producer" | "consumer"}.',
    'zh-cn': (p) =>
      p.reason === 'done'
        ? `不会再被调用：${p.side === 'consumer' ? '消费者已经取完所有值' : '生产者已经推入所有值'}并返回。`
        : '没有执行：操作必须是 {type: "run" | "call", side: "producer" | "consumer"} 之一。',
  },
};

/** Readers' narrator: a broken template falls back to its key. */
export const narrator = createNarrator(narrationTable);
export const narrationKeys: readonly string[] = Object.keys(narrationTable);
