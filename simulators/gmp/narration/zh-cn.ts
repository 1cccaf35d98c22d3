// Captions of the GMP engine's events in Simplified Chinese. DOM-free. The browser loads only the reader's
// locale (src/simulators/gmp/mechanism.ts); the engine's tests load both through narration.ts.
import type { Template } from './shared.ts';

const reasonZh: Record<string, string> = { 'chan send': '“chan send”', 'chan receive': '“chan receive”', sleep: '“sleep”' };

export const zhCn: Record<string, Template> = {
  // ---- run queues ----
  'gmp.runqput.runnext': (p, f) => `runqput 把 ${f.g(p.g)} 放进 ${f.p(p.p)} 的 runnext：它将是 ${f.p(p.p)} 上下一个运行的 goroutine。`,
  'gmp.runqput.kick': (p, f) =>
    `runqput 把 ${f.g(p.g)} 放进 ${f.p(p.p)} 的 runnext，原来的 runnext ${f.g(p.kicked)} 被踢到 ${f.p(p.p)} 本地队列的队尾（现有 ${f.n(p.len)} 个）。`,
  'gmp.runqput.tail': (p, f) => `runqput 把 ${f.g(p.g)} 放到 ${f.p(p.p)} 本地队列的队尾（现有 ${f.n(p.len)} 个）。`,
  'gmp.runqputslow': (p, f) =>
    `${f.p(p.p)} 的本地队列已满（256 个）：runqputslow 把队首的 ${f.n(p.half)} 个 goroutine 连同 ${f.g(p.g)} 共 ${f.n(p.n)} 个一次性移到全局队列队尾。`,
  'gmp.runqputslow.kick': (p, f) =>
    `${f.g(p.runnext)} 占了 ${f.p(p.p)} 的 runnext，被踢出的 ${f.g(p.g)} 发现本地队列已满（256 个）：runqputslow 把队首的 ${f.n(p.half)} 个 goroutine 连同 ${f.g(p.g)} 共 ${f.n(p.n)} 个移到全局队列。`,
  'gmp.runqget.runnext': (p, f) => `findRunnable → runqget：${f.p(p.p)} 先取 runnext 里的 ${f.g(p.g)}。`,
  'gmp.runqget.runq': (p, f) => `findRunnable → runqget：${f.p(p.p)} 从本地队列队首取出 ${f.g(p.g)}（还剩 ${f.n(p.len)} 个）。`,
  'gmp.globrunqget.fairness': (p, f) =>
    `${f.p(p.p)} 的 schedtick 为 ${f.n(p.schedtick)}，是 61 的倍数：为了公平，findRunnable 先从全局队列取出一个 goroutine ${f.g(p.g)}（globrunqget），再看本地队列。`,
  'gmp.globrunqget.batch': (p, f) => {
    const size = f.n(p.size);
    const procs = f.n(p.gomaxprocs);
    const rest = f.s(p.rest);
    return `${f.p(p.p)} 的本地队列为空：globrunqgetbatch 从全局队列取 min(128, ${size}, ${size}/${procs}+1) = ${f.n(p.n)} 个 goroutine；运行 ${f.g(p.g)}${rest ? `，其余（${rest}）放入本地队列` : ''}。`;
  },
  'gmp.globrunqget.recheck': (p, f) => `放弃 ${f.p(p.p)} 之前，findRunnable 再查一次全局队列并发现了工作：globrunqgetbatch 取 ${f.n(p.n)} 个，先运行 ${f.g(p.g)}。`,
  'gmp.runqsteal': (p, f) =>
    `stealWork（第 ${f.n(p.pass)}/4 轮）：${f.p(p.p)} 从 ${f.p(p.victim)} 本地队列的队首偷走 ${f.n(p.n)} 个 goroutine（${f.s(p.gs)}），即一半向上取整（runqsteal），接下来运行 ${f.g(p.g)}；${f.p(p.victim)} 还剩 ${f.n(p.left)} 个。`,
  'gmp.runqsteal.runnext': (p, f) =>
    `stealWork（第 ${f.n(p.pass)}/4 轮）：${f.p(p.victim)} 的本地队列为空，所以直到这最后一轮，${f.p(p.p)} 才拿走 ${f.p(p.victim)} 的 runnext ${f.g(p.g)}（runqsteal）并运行它；若 ${f.p(p.victim)} 正在运行，还要先退避 3 微秒。`,
  'gmp.stealWork.none': (p, f) => `stealWork：按随机顺序把所有 P 查了 ${f.n(p.tries)} 轮，${f.p(p.p)} 没有偷到任何 goroutine。`,

  // ---- scheduling ----
  'gmp.execute': (p, f) => `execute 在 ${f.p(p.p)}（${f.m(p.m)}）上运行 ${f.g(p.g)}，开始新的时间片：schedtick 变为 ${f.n(p.schedtick)}。`,
  'gmp.execute.inherit': (p, f) =>
    `execute 在 ${f.p(p.p)}（${f.m(p.m)}）上运行 ${f.g(p.g)}，沿用当前时间片：它来自 runnext，所以 schedtick 仍为 ${f.n(p.schedtick)}，sysmon 的 10 毫秒计时继续累计。`,
  'gmp.findRunnable.becomeSpinning': (p, f) =>
    `findRunnable：${f.p(p.p)} 的本地队列和全局队列都没有 goroutine。自旋的 M 少于忙碌 P 的一半，于是 ${f.m(p.m)} 进入自旋（becomeSpinning，nmspinning=${f.n(p.nmspinning)}），准备 stealWork。`,
  'gmp.findRunnable.steal': (p, f) => `findRunnable：${f.p(p.p)} 的本地队列和全局队列都是空的；正在自旋的 ${f.m(p.m)} 接着去 stealWork。`,
  'gmp.findRunnable.nospin': (p, f) =>
    `findRunnable：${f.p(p.p)} 上没有可运行的 goroutine，且 2×nmspinning（${2 * f.n(p.nmspinning)}）不小于忙碌的 P 数（${f.n(p.busy)}），所以 ${f.m(p.m)} 不自旋，直接放弃这个 P。`,
  'gmp.findRunnable.recheck': (p, f) => `${f.m(p.m)} 停止自旋后，findRunnable 最后一次检查发现 ${f.p(p.victim)} 上还有工作：它取得空闲的 ${f.p(p.p)} 并重新自旋（“delicate dance”）。`,
  'gmp.becomeSpinning.needspinning': (p, f) => `${f.m(p.m)} 本要放弃 ${f.p(p.p)}，但 needspinning 已置位（有人发现了工作却没有空闲的 P）：becomeSpinning，findRunnable 从头再找。`,
  'gmp.pidleput': (p, f) => `findRunnable 什么也没找到：${f.m(p.m)} 释放 ${f.p(p.p)}，pidleput 把它放到空闲 P 链表的表头（共 ${f.n(p.npidle)} 个空闲）。`,
  'gmp.wakep': (p, f) => `wakep：${f.p(p.p)} 空闲且没有自旋的 M，于是为 ${f.p(p.p)} 启动一个自旋的 M。`,
  'gmp.startm.reuse': (p, f) => `startm 唤醒空闲的 ${f.m(p.m)}（mget），把 ${f.p(p.p)} 交给它${f.n(p.spinning) ? '，作为自旋的 M' : ''}。`,
  'gmp.startm.new': (p, f) => `startm 没有找到空闲的 M，于是 newm 创建线程 ${f.m(p.m)} 并把 ${f.p(p.p)} 交给它${f.n(p.spinning) ? '，作为自旋的 M' : ''}。`,
  'gmp.resetspinning': (p, f) =>
    f.n(p.nmspinning) === 0
      ? `${f.m(p.m)} 找到了工作，停止自旋（resetspinning）。它是最后一个自旋的 M，所以调用 wakep 再唤醒一个。`
      : `${f.m(p.m)} 找到了工作，停止自旋（resetspinning）；还有 ${f.n(p.nmspinning)} 个 M 在自旋。`,
  'gmp.stopm': (p, f) => `stopm：${f.m(p.m)} 无事可做，挂到空闲 M 链表上休眠。`,

  // ---- blocking and readying ----
  'gmp.gopark': (p, f) =>
    `${f.g(p.g)} 阻塞：gopark（waitreason 为 ${reasonZh[f.s(p.reason)] ?? f.s(p.reason)}${f.s(p.ch) ? `，在 ${f.s(p.ch)} 上` : ''}）；${f.m(p.m)} 回到 schedule()。`,
  'gmp.goready': (p, f) => `goready：${f.g(p.g)} 重新变为可运行（由 ${f.g(p.by)} 唤醒），放进唤醒者所在 P（${f.p(p.p)}）的 runnext。`,
  'gmp.goready.timer': (p, f) => `${f.g(p.g)} 的定时器到期（time.Sleep 结束）：timers.check 调用 goready，把它放进 ${f.p(p.p)} 的 runnext。`,
  'gmp.chansend.direct': (p, f) => `${f.g(p.g)} 向 ${f.s(p.ch)} 发送：chansend 发现 ${f.g(p.to)} 正在等待接收，直接把值交给它。`,
  'gmp.chansend.buffer': (p, f) => `${f.g(p.g)} 向 ${f.s(p.ch)} 发送：chansend 把值放进缓冲区（${f.n(p.qcount)}/${f.n(p.cap)}），继续执行。`,
  'gmp.chansend.block': (p, f) =>
    `${f.g(p.g)} 向 ${f.s(p.ch)} 发送：没有等待的接收者，且${f.n(p.cap) === 0 ? '这是无缓冲 channel' : '缓冲区已满'}，chansend 把 ${f.g(p.g)} 挂到 channel 的发送等待队列上。`,
  'gmp.chanrecv.direct': (p, f) => `${f.g(p.g)} 从 ${f.s(p.ch)} 接收：chanrecv 直接从正在等待的发送者 ${f.g(p.from)} 那里拿到值。`,
  'gmp.chanrecv.full': (p, f) => `${f.g(p.g)} 从 ${f.s(p.ch)} 接收：chanrecv 取走缓冲区里最早的值，正在等待的发送者 ${f.g(p.from)} 的值补进缓冲区。`,
  'gmp.chanrecv.buffer': (p, f) => `${f.g(p.g)} 从 ${f.s(p.ch)} 接收：chanrecv 取走一个缓冲的值（还剩 ${f.n(p.qcount)}/${f.n(p.cap)}）。`,
  'gmp.chanrecv.block': (p, f) => `${f.g(p.g)} 从 ${f.s(p.ch)} 接收：没有值可取，chanrecv 把 ${f.g(p.g)} 挂到 channel 的接收等待队列上。`,

  // ---- system calls ----
  'gmp.entersyscall': (p, f) =>
    `${f.g(p.g)} 进入一个耗时 ${f.dur(p.dur)} 的阻塞系统调用（entersyscall）。${f.m(p.m)} 随它阻塞在内核中；除非被 sysmon 拿走，${f.p(p.p)} 仍归 ${f.m(p.m)} 持有。`,
  'gmp.exitsyscall.fast': (p, f) => `${f.g(p.g)} 的系统调用返回，${f.p(p.p)} 仍在：exitsyscall 走快速路径，${f.g(p.g)} 继续运行。`,
  'gmp.exitsyscall.oldp': (p, f) => `${f.g(p.g)} 的系统调用返回时没有 P：exitsyscall 从 ${f.m(p.other)} 手里拿回原来的 ${f.p(p.p)}，因为 ${f.m(p.other)} 的 goroutine 也在系统调用中。`,
  'gmp.exitsyscall.idle': (p, f) => `${f.g(p.g)} 的系统调用返回，但它的 P 已被拿走：exitsyscall 取得空闲的 ${f.p(p.p)}（pidleget），${f.g(p.g)} 在 ${f.m(p.m)} 上继续运行。`,
  'gmp.exitsyscall.nop': (p, f) => `${f.g(p.g)} 的系统调用返回，却拿不到任何 P：exitsyscall 把 ${f.g(p.g)} 放进全局队列（现有 ${f.n(p.len)} 个），${f.m(p.m)} 停下休眠。`,
  'gmp.handoffp.work': (p, f) => `handoffp：${f.p(p.p)} 有工作（本地 ${f.n(p.local)} 个，全局 ${f.n(p.global)} 个），不能闲着：startm 把它交给另一个 M。`,
  'gmp.handoffp.spin': (p, f) => `handoffp：${f.p(p.p)} 没有工作，但没有自旋的 M，也没有空闲的 P，于是为 ${f.p(p.p)} 启动一个自旋的 M。`,
  'gmp.handoffp.last': (p, f) => `handoffp：${f.p(p.p)} 是最后一个运行中的 P，且没有 M 在 netpoll 中等待，于是为 ${f.p(p.p)} 启动一个 M 来照看定时器。`,
  'gmp.handoffp.idle': (p, f) => `handoffp：${f.p(p.p)} 没有工作，pidleput 把它放进空闲 P 链表（共 ${f.n(p.npidle)} 个空闲）。`,

  // ---- sysmon ----
  'gmp.retake.syscall': (p, f) =>
    `sysmon：${f.g(p.g)} 正阻塞在 ${f.m(p.m)} 上的系统调用里${f.n(p.dur) > 0 ? `（已持续 ${f.dur(p.dur)}，超过一个 sysmon 周期）` : ''}，于是 retake 把 ${f.p(p.p)} 从 ${f.m(p.m)} 手里拿走（takeP）。`,
  'gmp.preemptone': (p, f) =>
    `sysmon：自 sysmon 第一次看到 ${f.p(p.p)} 的 schedtick 为 ${f.n(p.schedtick)} 以来已过去 ${f.dur(p.ran)}，不少于 forcePreemptNS（10 毫秒），于是 retake 调用 preemptone 让 ${f.g(p.g)} 停下。`,
  'gmp.gopreempt_m': (p, f) => `${f.g(p.g)} 响应抢占请求停下：gopreempt_m 把它放到全局队列队尾（现有 ${f.n(p.len)} 个），而不是本地队列，${f.p(p.p)} 重新调度。`,
  'gmp.gosched': (p, f) => `${f.g(p.g)} 调用 runtime.Gosched：gosched_m 把它放到全局队列队尾（现有 ${f.n(p.len)} 个），${f.p(p.p)} 重新调度。`,

  // ---- goroutines ----
  'gmp.newproc': (p, f) => `${f.g(p.parent)} 执行 go 语句：newproc 在 ${f.p(p.p)} 上创建 ${f.g(p.g)}。`,
  'gmp.newproc.reader': (p, f) => `你在 ${f.p(p.p)} 上创建了 ${f.g(p.g)}：调用 newproc，效果等同于 ${f.p(p.p)} 上运行的 goroutine 执行了一条 go 语句。`,
  'gmp.goexit': (p, f) => `${f.g(p.g)} 返回：goexit0 把它标记为 _Gdead，${f.m(p.m)} 重新调度。`,
  'gmp.exit': () => `main 返回：runtime.main 调用 exit(0)，程序结束。`,
  'gmp.exit.alive': (p, f) => `main 返回：runtime.main 调用 exit(0)；其余 ${f.n(p.alive)} 个仍存活的 goroutine 随进程一起结束。`,
  'gmp.exit.leak': (p, f) => `main 返回：runtime.main 调用 exit(0)，此时仍有 ${f.n(p.blocked)} 个 goroutine 阻塞（${f.s(p.gs)}），永远不会有人唤醒它们：这就是 goroutine 泄漏。`,

  // ---- netpoll / timers ----
  'gmp.netpoll.block': (p, f) => `${f.m(p.m)} 没有找到工作；由于还有定时器（${f.g(p.g)}）未到期，findRunnable 让它阻塞在 netpoll 中等到那时，而不是 stopm。`,
  'gmp.netpoll.timer': (p, f) => `定时器到期：${f.m(p.m)} 从 netpoll 中醒来（findRunnable），取得空闲的 ${f.p(p.p)}（pidleget），回到 findRunnable 开头去运行它。`,
  'gmp.netpoll.nop': (p, f) => `${f.m(p.m)} 从 netpoll 中醒来，但没有空闲的 P：findRunnable 让它停止（stopm），由忙碌的 P 来运行定时器。`,

  // ---- the end ----
  'gmp.checkdead': (p, f) => `checkdead：没有 M 在运行，也没有待触发的定时器，却有 ${f.n(p.n)} 个 goroutine 阻塞（${f.s(p.gs)}）。fatal error: all goroutines are asleep - deadlock!`,
  'gmp.checkdead.nogoroutines': () => `checkdead：一个 goroutine 也没有了（main 调用了 runtime.Goexit）：no goroutines (main called runtime.Goexit) - deadlock!`,
  'gmp.checkdead.runnable': (p, f) => `checkdead：有可运行的 goroutine（${f.s(p.gs)}），却没有 M 去运行它们——模型中出现了丢失的唤醒（真实的 runtime 会抛出“checkdead: runnable g”）。`,
  'gmp.checkmcount': () => `checkmcount：程序超过了 10000 个线程的上限。fatal error: thread exhaustion。`,

  // ---- interventions ----
  'gmp.procresize.shrink': (p, f) =>
    `runtime.GOMAXPROCS(${f.n(p.n)})：stop the world，procresize 把 P 从 ${f.n(p.old)} 个减到 ${f.n(p.n)} 个。被移除的 P 上排队的 ${f.n(p.moved)} 个 goroutine 移到全局队列的队首（现有 ${f.n(p.global)} 个）；有工作的 ${f.n(p.running)} 个 P 重新分配 M 运行。`,
  'gmp.procresize.grow': (p, f) =>
    `runtime.GOMAXPROCS(${f.n(p.n)})：stop the world，procresize 把 P 从 ${f.n(p.old)} 个增加到 ${f.n(p.n)} 个；新的 P 处于空闲状态，有工作的 ${f.n(p.running)} 个 P 重新分配 M（原先运行的 goroutine 在各自 P 的 runnext 中等待）。`,
  'gmp.procresize.same': (p, f) => `runtime.GOMAXPROCS(${f.n(p.n)})：GOMAXPROCS 已经是 ${f.n(p.n)}，直接返回，不会 stop the world（不调用 procresize）。`,
  'gmp.invalidAction': (p, f) => `这个操作没有生效（${f.s(p.func)}）：${invalidZh(f.s(p.reason), f.s(p.detail))}。`,
};

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
