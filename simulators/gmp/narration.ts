// Captions for every narration key the GMP engine emits, in both locales. DOM-free.
// Each caption names the runtime function the event models (the view links it).
import { createNarrator, type NarrationFormat, type NarrationTable } from '../core/narrator.ts';
import type { Locale } from '../core/types.ts';

type Params = Record<string, string | number>;
type Text = (p: Params, f: Fmt) => string;
/** The shared format helpers plus the scheduler's actor names. */
type Fmt = NarrationFormat & {
  g: (v: unknown) => string;
  p: (v: unknown) => string;
  m: (v: unknown) => string;
  n: (v: unknown) => number;
};

function withActors(f: NarrationFormat): Fmt {
  return {
    ...f,
    g: (v) => `G${String(v)}`,
    p: (v) => `P${String(v)}`,
    m: (v) => `M${String(v)}`,
    n: (v) => (typeof v === 'number' ? v : Number(v)),
  };
}

const reasonZh: Record<string, string> = { 'chan send': '“chan send”', 'chan receive': '“chan receive”', sleep: '“sleep”' };

const TABLE: Record<string, { en: Text; 'zh-cn': Text }> = {
  // ---- run queues ----
  'gmp.runqput.runnext': {
    en: (p, f) => `runqput puts ${f.g(p.g)} in ${f.p(p.p)}'s runnext slot: it will run next on ${f.p(p.p)}.`,
    'zh-cn': (p, f) => `runqput 把 ${f.g(p.g)} 放进 ${f.p(p.p)} 的 runnext：它将是 ${f.p(p.p)} 上下一个运行的 goroutine。`,
  },
  'gmp.runqput.kick': {
    en: (p, f) =>
      `runqput puts ${f.g(p.g)} in ${f.p(p.p)}'s runnext and kicks the previous runnext, ${f.g(p.kicked)}, to the tail of ${f.p(p.p)}'s local queue (now ${f.n(p.len)} long).`,
    'zh-cn': (p, f) =>
      `runqput 把 ${f.g(p.g)} 放进 ${f.p(p.p)} 的 runnext，原来的 runnext ${f.g(p.kicked)} 被踢到 ${f.p(p.p)} 本地队列的队尾（现有 ${f.n(p.len)} 个）。`,
  },
  'gmp.runqput.tail': {
    en: (p, f) => `runqput puts ${f.g(p.g)} at the tail of ${f.p(p.p)}'s local queue (now ${f.n(p.len)} long).`,
    'zh-cn': (p, f) => `runqput 把 ${f.g(p.g)} 放到 ${f.p(p.p)} 本地队列的队尾（现有 ${f.n(p.len)} 个）。`,
  },
  'gmp.runqputslow': {
    en: (p, f) =>
      `${f.p(p.p)}'s local queue is full (256): runqputslow moves its first ${f.n(p.half)} goroutines plus ${f.g(p.g)} — ${f.n(p.n)} in all — to the tail of the global queue in one batch.`,
    'zh-cn': (p, f) =>
      `${f.p(p.p)} 的本地队列已满（256 个）：runqputslow 把队首的 ${f.n(p.half)} 个 goroutine 连同 ${f.g(p.g)} 共 ${f.n(p.n)} 个一次性移到全局队列队尾。`,
  },
  'gmp.runqputslow.kick': {
    en: (p, f) =>
      `${f.g(p.runnext)} takes ${f.p(p.p)}'s runnext, but the kicked ${f.g(p.g)} finds the local queue full (256): runqputslow moves the first ${f.n(p.half)} goroutines plus ${f.g(p.g)} — ${f.n(p.n)} in all — to the global queue.`,
    'zh-cn': (p, f) =>
      `${f.g(p.runnext)} 占了 ${f.p(p.p)} 的 runnext，被踢出的 ${f.g(p.g)} 发现本地队列已满（256 个）：runqputslow 把队首的 ${f.n(p.half)} 个 goroutine 连同 ${f.g(p.g)} 共 ${f.n(p.n)} 个移到全局队列。`,
  },
  'gmp.runqget.runnext': {
    en: (p, f) => `findRunnable → runqget: ${f.p(p.p)} takes ${f.g(p.g)} from runnext first.`,
    'zh-cn': (p, f) => `findRunnable → runqget：${f.p(p.p)} 先取 runnext 里的 ${f.g(p.g)}。`,
  },
  'gmp.runqget.runq': {
    en: (p, f) => `findRunnable → runqget: ${f.p(p.p)} takes ${f.g(p.g)} from the head of its local queue (${f.n(p.len)} left).`,
    'zh-cn': (p, f) => `findRunnable → runqget：${f.p(p.p)} 从本地队列队首取出 ${f.g(p.g)}（还剩 ${f.n(p.len)} 个）。`,
  },
  'gmp.globrunqget.fairness': {
    en: (p, f) =>
      `${f.p(p.p)}'s schedtick is ${f.n(p.schedtick)}, a multiple of 61: for fairness findRunnable takes ONE goroutine, ${f.g(p.g)}, from the global queue (globrunqget) before its own queue.`,
    'zh-cn': (p, f) =>
      `${f.p(p.p)} 的 schedtick 为 ${f.n(p.schedtick)}，是 61 的倍数：为了公平，findRunnable 先从全局队列取出一个 goroutine ${f.g(p.g)}（globrunqget），再看本地队列。`,
  },
  'gmp.globrunqget.batch': {
    en: (p, f) => {
      const size = f.n(p.size);
      const procs = f.n(p.gomaxprocs);
      const rest = f.s(p.rest);
      return `${f.p(p.p)}'s local queue is empty: globrunqgetbatch takes min(128, ${size}, ${size}/${procs}+1) = ${f.n(p.n)} goroutine${f.n(p.n) === 1 ? '' : 's'} from the global queue; it runs ${f.g(p.g)}${rest ? ` and queues ${rest} locally` : ''}.`;
    },
    'zh-cn': (p, f) => {
      const size = f.n(p.size);
      const procs = f.n(p.gomaxprocs);
      const rest = f.s(p.rest);
      return `${f.p(p.p)} 的本地队列为空：globrunqgetbatch 从全局队列取 min(128, ${size}, ${size}/${procs}+1) = ${f.n(p.n)} 个 goroutine；运行 ${f.g(p.g)}${rest ? `，其余（${rest}）放入本地队列` : ''}。`;
    },
  },
  'gmp.globrunqget.recheck': {
    en: (p, f) => `Before giving up ${f.p(p.p)}, findRunnable checks the global queue again and finds work: globrunqgetbatch takes ${f.n(p.n)}, starting with ${f.g(p.g)}.`,
    'zh-cn': (p, f) => `放弃 ${f.p(p.p)} 之前，findRunnable 再查一次全局队列并发现了工作：globrunqgetbatch 取 ${f.n(p.n)} 个，先运行 ${f.g(p.g)}。`,
  },
  'gmp.runqsteal': {
    en: (p, f) =>
      `stealWork (pass ${f.n(p.pass)} of 4): ${f.p(p.p)} stole ${f.n(p.n)} goroutine${f.n(p.n) === 1 ? '' : 's'} (${f.s(p.gs)}) from the head of ${f.p(p.victim)}'s local queue — half, rounded up (runqsteal) — and will run ${f.g(p.g)} now; ${f.p(p.victim)} keeps ${f.n(p.left)}.`,
    'zh-cn': (p, f) =>
      `stealWork（第 ${f.n(p.pass)}/4 轮）：${f.p(p.p)} 从 ${f.p(p.victim)} 本地队列的队首偷走 ${f.n(p.n)} 个 goroutine（${f.s(p.gs)}），即一半向上取整（runqsteal），接下来运行 ${f.g(p.g)}；${f.p(p.victim)} 还剩 ${f.n(p.left)} 个。`,
  },
  'gmp.runqsteal.runnext': {
    en: (p, f) =>
      `stealWork (pass ${f.n(p.pass)} of 4): ${f.p(p.victim)}'s local queue is empty, so only on this last pass — after backing off 3 µs if ${f.p(p.victim)} is running — does ${f.p(p.p)} take ${f.p(p.victim)}'s runnext, ${f.g(p.g)} (runqsteal), and run it.`,
    'zh-cn': (p, f) =>
      `stealWork（第 ${f.n(p.pass)}/4 轮）：${f.p(p.victim)} 的本地队列为空，所以直到这最后一轮，${f.p(p.p)} 才拿走 ${f.p(p.victim)} 的 runnext ${f.g(p.g)}（runqsteal）并运行它；若 ${f.p(p.victim)} 正在运行，还要先退避 3 微秒。`,
  },
  'gmp.stealWork.none': {
    en: (p, f) => `stealWork: ${f.n(p.tries)} passes over every P in random order found nothing for ${f.p(p.p)} to steal.`,
    'zh-cn': (p, f) => `stealWork：按随机顺序把所有 P 查了 ${f.n(p.tries)} 轮，${f.p(p.p)} 没有偷到任何 goroutine。`,
  },

  // ---- scheduling ----
  'gmp.execute': {
    en: (p, f) => `execute runs ${f.g(p.g)} on ${f.p(p.p)} (${f.m(p.m)}) with a new time slice: schedtick is now ${f.n(p.schedtick)}.`,
    'zh-cn': (p, f) => `execute 在 ${f.p(p.p)}（${f.m(p.m)}）上运行 ${f.g(p.g)}，开始新的时间片：schedtick 变为 ${f.n(p.schedtick)}。`,
  },
  'gmp.execute.inherit': {
    en: (p, f) =>
      `execute runs ${f.g(p.g)} on ${f.p(p.p)} (${f.m(p.m)}) in the current time slice: it came from runnext, so schedtick stays ${f.n(p.schedtick)} and sysmon's 10 ms clock keeps running.`,
    'zh-cn': (p, f) =>
      `execute 在 ${f.p(p.p)}（${f.m(p.m)}）上运行 ${f.g(p.g)}，沿用当前时间片：它来自 runnext，所以 schedtick 仍为 ${f.n(p.schedtick)}，sysmon 的 10 毫秒计时继续累计。`,
  },
  'gmp.findRunnable.becomeSpinning': {
    en: (p, f) =>
      `findRunnable: nothing in ${f.p(p.p)}'s local queue or the global queue. Spinning Ms are fewer than half the busy Ps, so ${f.m(p.m)} becomes spinning (becomeSpinning, nmspinning=${f.n(p.nmspinning)}) and will try stealWork.`,
    'zh-cn': (p, f) =>
      `findRunnable：${f.p(p.p)} 的本地队列和全局队列都没有 goroutine。自旋的 M 少于忙碌 P 的一半，于是 ${f.m(p.m)} 进入自旋（becomeSpinning，nmspinning=${f.n(p.nmspinning)}），准备 stealWork。`,
  },
  'gmp.findRunnable.steal': {
    en: (p, f) => `findRunnable: nothing in ${f.p(p.p)}'s local queue or the global queue; spinning ${f.m(p.m)} goes on to stealWork.`,
    'zh-cn': (p, f) => `findRunnable：${f.p(p.p)} 的本地队列和全局队列都是空的；正在自旋的 ${f.m(p.m)} 接着去 stealWork。`,
  },
  'gmp.findRunnable.nospin': {
    en: (p, f) =>
      `findRunnable: nothing to run on ${f.p(p.p)}, and 2×nmspinning (${2 * f.n(p.nmspinning)}) is not below the busy Ps (${f.n(p.busy)}), so ${f.m(p.m)} does not spin; it gives up the P.`,
    'zh-cn': (p, f) =>
      `findRunnable：${f.p(p.p)} 上没有可运行的 goroutine，且 2×nmspinning（${2 * f.n(p.nmspinning)}）不小于忙碌的 P 数（${f.n(p.busy)}），所以 ${f.m(p.m)} 不自旋，直接放弃这个 P。`,
  },
  'gmp.findRunnable.recheck': {
    en: (p, f) =>
      `After ${f.m(p.m)} stopped spinning, findRunnable's final recheck sees work queued on ${f.p(p.victim)}: it takes idle ${f.p(p.p)} and spins again (the "delicate dance").`,
    'zh-cn': (p, f) => `${f.m(p.m)} 停止自旋后，findRunnable 最后一次检查发现 ${f.p(p.victim)} 上还有工作：它取得空闲的 ${f.p(p.p)} 并重新自旋（“delicate dance”）。`,
  },
  'gmp.becomeSpinning.needspinning': {
    en: (p, f) =>
      `${f.m(p.m)} was about to give up ${f.p(p.p)}, but needspinning is set (someone found work with no idle P): becomeSpinning, and findRunnable starts over.`,
    'zh-cn': (p, f) => `${f.m(p.m)} 本要放弃 ${f.p(p.p)}，但 needspinning 已置位（有人发现了工作却没有空闲的 P）：becomeSpinning，findRunnable 从头再找。`,
  },
  'gmp.pidleput': {
    en: (p, f) => `findRunnable found nothing: ${f.m(p.m)} releases ${f.p(p.p)} and pidleput puts it at the head of the idle P list (${f.n(p.npidle)} idle).`,
    'zh-cn': (p, f) => `findRunnable 什么也没找到：${f.m(p.m)} 释放 ${f.p(p.p)}，pidleput 把它放到空闲 P 链表的表头（共 ${f.n(p.npidle)} 个空闲）。`,
  },
  'gmp.wakep': {
    en: (p, f) => `wakep: ${f.p(p.p)} is idle and no M is spinning, so it starts a spinning M for ${f.p(p.p)}.`,
    'zh-cn': (p, f) => `wakep：${f.p(p.p)} 空闲且没有自旋的 M，于是为 ${f.p(p.p)} 启动一个自旋的 M。`,
  },
  'gmp.startm.reuse': {
    en: (p, f) => `startm wakes idle ${f.m(p.m)} (mget) and hands it ${f.p(p.p)}${f.n(p.spinning) ? ' as a spinning M' : ''}.`,
    'zh-cn': (p, f) => `startm 唤醒空闲的 ${f.m(p.m)}（mget），把 ${f.p(p.p)} 交给它${f.n(p.spinning) ? '，作为自旋的 M' : ''}。`,
  },
  'gmp.startm.new': {
    en: (p, f) => `startm finds no idle M, so newm creates thread ${f.m(p.m)} and hands it ${f.p(p.p)}${f.n(p.spinning) ? ' as a spinning M' : ''}.`,
    'zh-cn': (p, f) => `startm 没有找到空闲的 M，于是 newm 创建线程 ${f.m(p.m)} 并把 ${f.p(p.p)} 交给它${f.n(p.spinning) ? '，作为自旋的 M' : ''}。`,
  },
  'gmp.resetspinning': {
    en: (p, f) =>
      f.n(p.nmspinning) === 0
        ? `${f.m(p.m)} found work and stops spinning (resetspinning). It was the last spinning M, so it calls wakep for the next one.`
        : `${f.m(p.m)} found work and stops spinning (resetspinning); ${f.n(p.nmspinning)} M still spinning.`,
    'zh-cn': (p, f) =>
      f.n(p.nmspinning) === 0
        ? `${f.m(p.m)} 找到了工作，停止自旋（resetspinning）。它是最后一个自旋的 M，所以调用 wakep 再唤醒一个。`
        : `${f.m(p.m)} 找到了工作，停止自旋（resetspinning）；还有 ${f.n(p.nmspinning)} 个 M 在自旋。`,
  },
  'gmp.stopm': {
    en: (p, f) => `stopm: ${f.m(p.m)} has nothing to do and parks on the idle M list.`,
    'zh-cn': (p, f) => `stopm：${f.m(p.m)} 无事可做，挂到空闲 M 链表上休眠。`,
  },

  // ---- blocking and readying ----
  'gmp.gopark': {
    en: (p, f) =>
      `${f.g(p.g)} blocks: gopark (waitreason "${f.s(p.reason)}"${f.s(p.ch) ? ` on ${f.s(p.ch)}` : ''}); ${f.m(p.m)} goes back to schedule().`,
    'zh-cn': (p, f) =>
      `${f.g(p.g)} 阻塞：gopark（waitreason 为 ${reasonZh[f.s(p.reason)] ?? f.s(p.reason)}${f.s(p.ch) ? `，在 ${f.s(p.ch)} 上` : ''}）；${f.m(p.m)} 回到 schedule()。`,
  },
  'gmp.goready': {
    en: (p, f) => `goready: ${f.g(p.g)} is runnable again (woken by ${f.g(p.by)}) and goes into ${f.p(p.p)}'s runnext — the readier's P.`,
    'zh-cn': (p, f) => `goready：${f.g(p.g)} 重新变为可运行（由 ${f.g(p.by)} 唤醒），放进唤醒者所在 P（${f.p(p.p)}）的 runnext。`,
  },
  'gmp.goready.timer': {
    en: (p, f) => `${f.g(p.g)}'s timer has fired (time.Sleep is over): timers.check calls goready, which puts it into ${f.p(p.p)}'s runnext.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 的定时器到期（time.Sleep 结束）：timers.check 调用 goready，把它放进 ${f.p(p.p)} 的 runnext。`,
  },
  'gmp.chansend.direct': {
    en: (p, f) => `${f.g(p.g)} sends on ${f.s(p.ch)}: chansend finds ${f.g(p.to)} waiting to receive and hands the value straight to it.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 向 ${f.s(p.ch)} 发送：chansend 发现 ${f.g(p.to)} 正在等待接收，直接把值交给它。`,
  },
  'gmp.chansend.buffer': {
    en: (p, f) => `${f.g(p.g)} sends on ${f.s(p.ch)}: chansend puts the value in the buffer (${f.n(p.qcount)} of ${f.n(p.cap)}) and carries on.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 向 ${f.s(p.ch)} 发送：chansend 把值放进缓冲区（${f.n(p.qcount)}/${f.n(p.cap)}），继续执行。`,
  },
  'gmp.chansend.block': {
    en: (p, f) =>
      `${f.g(p.g)} sends on ${f.s(p.ch)}: no receiver is waiting and ${f.n(p.cap) === 0 ? 'the channel is unbuffered' : 'the buffer is full'}, so chansend parks ${f.g(p.g)} on the channel's send queue.`,
    'zh-cn': (p, f) =>
      `${f.g(p.g)} 向 ${f.s(p.ch)} 发送：没有等待的接收者，且${f.n(p.cap) === 0 ? '这是无缓冲 channel' : '缓冲区已满'}，chansend 把 ${f.g(p.g)} 挂到 channel 的发送等待队列上。`,
  },
  'gmp.chanrecv.direct': {
    en: (p, f) => `${f.g(p.g)} receives from ${f.s(p.ch)}: chanrecv takes the value straight from waiting sender ${f.g(p.from)}.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 从 ${f.s(p.ch)} 接收：chanrecv 直接从正在等待的发送者 ${f.g(p.from)} 那里拿到值。`,
  },
  'gmp.chanrecv.full': {
    en: (p, f) => `${f.g(p.g)} receives from ${f.s(p.ch)}: chanrecv takes the oldest buffered value, and waiting sender ${f.g(p.from)}'s value takes its place.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 从 ${f.s(p.ch)} 接收：chanrecv 取走缓冲区里最早的值，正在等待的发送者 ${f.g(p.from)} 的值补进缓冲区。`,
  },
  'gmp.chanrecv.buffer': {
    en: (p, f) => `${f.g(p.g)} receives from ${f.s(p.ch)}: chanrecv takes a buffered value (${f.n(p.qcount)} of ${f.n(p.cap)} left).`,
    'zh-cn': (p, f) => `${f.g(p.g)} 从 ${f.s(p.ch)} 接收：chanrecv 取走一个缓冲的值（还剩 ${f.n(p.qcount)}/${f.n(p.cap)}）。`,
  },
  'gmp.chanrecv.block': {
    en: (p, f) => `${f.g(p.g)} receives from ${f.s(p.ch)}: nothing there, so chanrecv parks ${f.g(p.g)} on the channel's receive queue.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 从 ${f.s(p.ch)} 接收：没有值可取，chanrecv 把 ${f.g(p.g)} 挂到 channel 的接收等待队列上。`,
  },

  // ---- system calls ----
  'gmp.entersyscall': {
    en: (p, f) =>
      `${f.g(p.g)} enters a blocking system call for ${f.dur(p.dur)} (entersyscall). ${f.m(p.m)} blocks in the kernel with it; ${f.p(p.p)} stays attached to ${f.m(p.m)} unless sysmon takes it.`,
    'zh-cn': (p, f) =>
      `${f.g(p.g)} 进入一个耗时 ${f.dur(p.dur)} 的阻塞系统调用（entersyscall）。${f.m(p.m)} 随它阻塞在内核中；除非被 sysmon 拿走，${f.p(p.p)} 仍归 ${f.m(p.m)} 持有。`,
  },
  'gmp.exitsyscall.fast': {
    en: (p, f) => `${f.g(p.g)}'s system call returns and ${f.p(p.p)} is still attached: exitsyscall takes the fast path and ${f.g(p.g)} runs on.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 的系统调用返回，${f.p(p.p)} 仍在：exitsyscall 走快速路径，${f.g(p.g)} 继续运行。`,
  },
  'gmp.exitsyscall.oldp': {
    en: (p, f) =>
      `${f.g(p.g)}'s system call returns without a P: exitsyscall takes its old ${f.p(p.p)} back from ${f.m(p.other)}, whose goroutine is itself in a system call.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 的系统调用返回时没有 P：exitsyscall 从 ${f.m(p.other)} 手里拿回原来的 ${f.p(p.p)}，因为 ${f.m(p.other)} 的 goroutine 也在系统调用中。`,
  },
  'gmp.exitsyscall.idle': {
    en: (p, f) => `${f.g(p.g)}'s system call returns, but its P was taken: exitsyscall takes idle ${f.p(p.p)} (pidleget) and ${f.g(p.g)} runs on ${f.m(p.m)}.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 的系统调用返回，但它的 P 已被拿走：exitsyscall 取得空闲的 ${f.p(p.p)}（pidleget），${f.g(p.g)} 在 ${f.m(p.m)} 上继续运行。`,
  },
  'gmp.exitsyscall.nop': {
    en: (p, f) =>
      `${f.g(p.g)}'s system call returns, but there is no P to be had: exitsyscall puts ${f.g(p.g)} on the global queue (${f.n(p.len)} long) and ${f.m(p.m)} stops.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 的系统调用返回，却拿不到任何 P：exitsyscall 把 ${f.g(p.g)} 放进全局队列（现有 ${f.n(p.len)} 个），${f.m(p.m)} 停下休眠。`,
  },
  'gmp.handoffp.work': {
    en: (p, f) => `handoffp: ${f.p(p.p)} has work (${f.n(p.local)} local, ${f.n(p.global)} global), so it must not sit idle: startm gives it to another M.`,
    'zh-cn': (p, f) => `handoffp：${f.p(p.p)} 有工作（本地 ${f.n(p.local)} 个，全局 ${f.n(p.global)} 个），不能闲着：startm 把它交给另一个 M。`,
  },
  'gmp.handoffp.spin': {
    en: (p, f) => `handoffp: ${f.p(p.p)} has no work, but no M is spinning and no P is idle, so it starts a spinning M for ${f.p(p.p)}.`,
    'zh-cn': (p, f) => `handoffp：${f.p(p.p)} 没有工作，但没有自旋的 M，也没有空闲的 P，于是为 ${f.p(p.p)} 启动一个自旋的 M。`,
  },
  'gmp.handoffp.last': {
    en: (p, f) => `handoffp: ${f.p(p.p)} is the last running P and no M waits in netpoll, so it starts an M for ${f.p(p.p)} to watch for timers.`,
    'zh-cn': (p, f) => `handoffp：${f.p(p.p)} 是最后一个运行中的 P，且没有 M 在 netpoll 中等待，于是为 ${f.p(p.p)} 启动一个 M 来照看定时器。`,
  },
  'gmp.handoffp.idle': {
    en: (p, f) => `handoffp: no work for ${f.p(p.p)}, so pidleput puts it on the idle P list (${f.n(p.npidle)} idle).`,
    'zh-cn': (p, f) => `handoffp：${f.p(p.p)} 没有工作，pidleput 把它放进空闲 P 链表（共 ${f.n(p.npidle)} 个空闲）。`,
  },

  // ---- sysmon ----
  'gmp.retake.syscall': {
    en: (p, f) =>
      `sysmon: ${f.g(p.g)} is blocked in a system call on ${f.m(p.m)}${f.n(p.dur) > 0 ? ` (seen there for ${f.dur(p.dur)}, more than one sysmon tick)` : ''}, so retake takes ${f.p(p.p)} away from ${f.m(p.m)} (takeP).`,
    'zh-cn': (p, f) =>
      `sysmon：${f.g(p.g)} 正阻塞在 ${f.m(p.m)} 上的系统调用里${f.n(p.dur) > 0 ? `（已持续 ${f.dur(p.dur)}，超过一个 sysmon 周期）` : ''}，于是 retake 把 ${f.p(p.p)} 从 ${f.m(p.m)} 手里拿走（takeP）。`,
  },
  'gmp.preemptone': {
    en: (p, f) =>
      `sysmon: ${f.p(p.p)}'s schedtick has stayed ${f.n(p.schedtick)} since sysmon first saw it ${f.dur(p.ran)} ago — at least forcePreemptNS (10 ms) — so retake calls preemptone to stop ${f.g(p.g)}.`,
    'zh-cn': (p, f) =>
      `sysmon：自 sysmon 第一次看到 ${f.p(p.p)} 的 schedtick 为 ${f.n(p.schedtick)} 以来已过去 ${f.dur(p.ran)}，不少于 forcePreemptNS（10 毫秒），于是 retake 调用 preemptone 让 ${f.g(p.g)} 停下。`,
  },
  'gmp.gopreempt_m': {
    en: (p, f) =>
      `${f.g(p.g)} stops at the preemption request: gopreempt_m puts it at the tail of the GLOBAL queue (${f.n(p.len)} long), not the local one, and ${f.p(p.p)} schedules again.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 响应抢占请求停下：gopreempt_m 把它放到全局队列队尾（现有 ${f.n(p.len)} 个），而不是本地队列，${f.p(p.p)} 重新调度。`,
  },
  'gmp.gosched': {
    en: (p, f) => `${f.g(p.g)} calls runtime.Gosched: gosched_m puts it at the tail of the global queue (${f.n(p.len)} long) and ${f.p(p.p)} schedules again.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 调用 runtime.Gosched：gosched_m 把它放到全局队列队尾（现有 ${f.n(p.len)} 个），${f.p(p.p)} 重新调度。`,
  },

  // ---- goroutines ----
  'gmp.newproc': {
    en: (p, f) => `${f.g(p.parent)} runs a go statement: newproc creates ${f.g(p.g)} on ${f.p(p.p)}.`,
    'zh-cn': (p, f) => `${f.g(p.parent)} 执行 go 语句：newproc 在 ${f.p(p.p)} 上创建 ${f.g(p.g)}。`,
  },
  'gmp.newproc.reader': {
    en: (p, f) => `You spawned ${f.g(p.g)} on ${f.p(p.p)}: newproc, as if a goroutine running on ${f.p(p.p)} had run a go statement.`,
    'zh-cn': (p, f) => `你在 ${f.p(p.p)} 上创建了 ${f.g(p.g)}：调用 newproc，效果等同于 ${f.p(p.p)} 上运行的 goroutine 执行了一条 go 语句。`,
  },
  'gmp.goexit': {
    en: (p, f) => `${f.g(p.g)} returns: goexit0 marks it dead (_Gdead) and ${f.m(p.m)} schedules again.`,
    'zh-cn': (p, f) => `${f.g(p.g)} 返回：goexit0 把它标记为 _Gdead，${f.m(p.m)} 重新调度。`,
  },
  'gmp.exit': {
    en: () => `main returned: runtime.main calls exit(0) and the program ends.`,
    'zh-cn': () => `main 返回：runtime.main 调用 exit(0)，程序结束。`,
  },
  'gmp.exit.alive': {
    en: (p, f) => `main returned: runtime.main calls exit(0); the ${f.n(p.alive)} other goroutine${f.n(p.alive) === 1 ? '' : 's'} still alive die with the process.`,
    'zh-cn': (p, f) => `main 返回：runtime.main 调用 exit(0)；其余 ${f.n(p.alive)} 个仍存活的 goroutine 随进程一起结束。`,
  },
  'gmp.exit.leak': {
    en: (p, f) =>
      `main returned: runtime.main calls exit(0) with ${f.n(p.blocked)} goroutine${f.n(p.blocked) === 1 ? '' : 's'} still blocked (${f.s(p.gs)}). Nothing would ever have woken ${f.n(p.blocked) === 1 ? 'it' : 'them'}: a goroutine leak.`,
    'zh-cn': (p, f) => `main 返回：runtime.main 调用 exit(0)，此时仍有 ${f.n(p.blocked)} 个 goroutine 阻塞（${f.s(p.gs)}），永远不会有人唤醒它们：这就是 goroutine 泄漏。`,
  },

  // ---- netpoll / timers ----
  'gmp.netpoll.block': {
    en: (p, f) => `${f.m(p.m)} found no work; a timer is pending (${f.g(p.g)}), so findRunnable blocks it in netpoll until then instead of stopm.`,
    'zh-cn': (p, f) => `${f.m(p.m)} 没有找到工作；由于还有定时器（${f.g(p.g)}）未到期，findRunnable 让它阻塞在 netpoll 中等到那时，而不是 stopm。`,
  },
  'gmp.netpoll.timer': {
    en: (p, f) => `A timer is due: ${f.m(p.m)} wakes from netpoll (findRunnable), takes idle ${f.p(p.p)} (pidleget) and goes back to the top of findRunnable to run it.`,
    'zh-cn': (p, f) => `定时器到期：${f.m(p.m)} 从 netpoll 中醒来（findRunnable），取得空闲的 ${f.p(p.p)}（pidleget），回到 findRunnable 开头去运行它。`,
  },
  'gmp.netpoll.nop': {
    en: (p, f) => `${f.m(p.m)} wakes from netpoll, but no P is idle: findRunnable stops it (stopm); a busy P will run the timer.`,
    'zh-cn': (p, f) => `${f.m(p.m)} 从 netpoll 中醒来，但没有空闲的 P：findRunnable 让它停止（stopm），由忙碌的 P 来运行定时器。`,
  },

  // ---- the end ----
  'gmp.checkdead': {
    en: (p, f) =>
      `checkdead: no M is running and no timer is pending, yet ${f.n(p.n)} goroutine${f.n(p.n) === 1 ? ' is' : 's are'} blocked (${f.s(p.gs)}). fatal error: all goroutines are asleep - deadlock!`,
    'zh-cn': (p, f) => `checkdead：没有 M 在运行，也没有待触发的定时器，却有 ${f.n(p.n)} 个 goroutine 阻塞（${f.s(p.gs)}）。fatal error: all goroutines are asleep - deadlock!`,
  },
  'gmp.checkdead.nogoroutines': {
    en: () => `checkdead: no goroutines (main called runtime.Goexit) - deadlock!`,
    'zh-cn': () => `checkdead：一个 goroutine 也没有了（main 调用了 runtime.Goexit）：no goroutines (main called runtime.Goexit) - deadlock!`,
  },
  'gmp.checkdead.runnable': {
    en: (p, f) => `checkdead: goroutines are runnable (${f.s(p.gs)}) but no M will run them — a lost wake-up in the model (the runtime would throw "checkdead: runnable g").`,
    'zh-cn': (p, f) => `checkdead：有可运行的 goroutine（${f.s(p.gs)}），却没有 M 去运行它们——模型中出现了丢失的唤醒（真实的 runtime 会抛出“checkdead: runnable g”）。`,
  },
  'gmp.checkmcount': {
    en: () => `checkmcount: the program exceeds the 10000-thread limit. fatal error: thread exhaustion.`,
    'zh-cn': () => `checkmcount：程序超过了 10000 个线程的上限。fatal error: thread exhaustion。`,
  },

  // ---- interventions ----
  'gmp.procresize.shrink': {
    en: (p, f) =>
      `runtime.GOMAXPROCS(${f.n(p.n)}): stop the world, procresize from ${f.n(p.old)} to ${f.n(p.n)} Ps. The ${f.n(p.moved)} goroutines queued on removed Ps go to the HEAD of the global queue (${f.n(p.global)} there now); Ms restart on the ${f.n(p.running)} Ps with work.`,
    'zh-cn': (p, f) =>
      `runtime.GOMAXPROCS(${f.n(p.n)})：stop the world，procresize 把 P 从 ${f.n(p.old)} 个减到 ${f.n(p.n)} 个。被移除的 P 上排队的 ${f.n(p.moved)} 个 goroutine 移到全局队列的队首（现有 ${f.n(p.global)} 个）；有工作的 ${f.n(p.running)} 个 P 重新分配 M 运行。`,
  },
  'gmp.procresize.grow': {
    en: (p, f) =>
      `runtime.GOMAXPROCS(${f.n(p.n)}): stop the world, procresize from ${f.n(p.old)} to ${f.n(p.n)} Ps; the new Ps start idle and Ms restart on the ${f.n(p.running)} Ps with work (running goroutines wait in their P's runnext).`,
    'zh-cn': (p, f) =>
      `runtime.GOMAXPROCS(${f.n(p.n)})：stop the world，procresize 把 P 从 ${f.n(p.old)} 个增加到 ${f.n(p.n)} 个；新的 P 处于空闲状态，有工作的 ${f.n(p.running)} 个 P 重新分配 M（原先运行的 goroutine 在各自 P 的 runnext 中等待）。`,
  },
  'gmp.procresize.same': {
    en: (p, f) => `runtime.GOMAXPROCS(${f.n(p.n)}): GOMAXPROCS is already ${f.n(p.n)}, so it returns without stopping the world (no procresize).`,
    'zh-cn': (p, f) => `runtime.GOMAXPROCS(${f.n(p.n)})：GOMAXPROCS 已经是 ${f.n(p.n)}，直接返回，不会 stop the world（不调用 procresize）。`,
  },
  'gmp.invalidAction': {
    en: (p, f) => `That intervention was not applied (${f.s(p.func)}): ${invalidEn(f.s(p.reason), f.s(p.detail))}.`,
    'zh-cn': (p, f) => `这个操作没有生效（${f.s(p.func)}）：${invalidZh(f.s(p.reason), f.s(p.detail))}。`,
  },
};

function invalidEn(reason: string, detail: string): string {
  switch (reason) {
    case 'halted':
      return `the program has already ended (${detail})`;
    case 'no-such-p':
      return `there is no ${detail}`;
    case 'too-many-goroutines':
      return `the simulator holds at most ${detail} goroutines`;
    case 'schema':
      return `the action is malformed (${detail})`;
    default:
      return detail || reason;
  }
}

function invalidZh(reason: string, detail: string): string {
  switch (reason) {
    case 'halted':
      return `程序已经结束（${detail}）`;
    case 'no-such-p':
      return `不存在 ${detail}`;
    case 'too-many-goroutines':
      return `模拟器最多容纳 ${detail} 个 goroutine`;
    case 'schema':
      return `操作格式不正确（${detail}）`;
    default:
      return detail || reason;
  }
}

/** The caption table in the shared narrator's shape. */
export const narrationTable: NarrationTable = Object.fromEntries(
  Object.entries(TABLE).map(([key, t]) => [key, { en: (p, f) => t.en(p, withActors(f)), 'zh-cn': (p, f) => t['zh-cn'](p, withActors(f)) }]),
);

/** Captions for readers: a broken template falls back to the key. */
export const narrator = createNarrator(narrationTable);

/** Every narration key the engine can emit. */
export const narrationKeys: readonly string[] = narrator.keys;

/** A natural sentence for an event. Unknown keys fall back to the key itself. */
export function narrate(key: string, params: Record<string, string | number>, locale: Locale): string {
  return narrator.narrate(key, params, locale);
}
