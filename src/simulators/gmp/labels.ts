// Reader-facing words of the GMP view, text alternative and source panel, in both locales.
// Runtime identifiers (runnext, schedtick, sched.runq…) stay as they are in Go's source.
import type { MPhase, PStatus, WaitReason } from '../../../simulators/gmp/types.ts';

export type Locale = 'en' | 'zh-cn';

export type GmpLabels = {
  globalRunq: string;
  idlePs: string;
  parkedMs: string;
  otherMs: string;
  spinningMs: string;
  spinning: string;
  inSyscall: string;
  syscallHolding: string;
  sleeping: string;
  channels: string;
  threads: string;
  runnext: string;
  runq: string;
  curg: string;
  schedtick: string;
  empty: string;
  unbuffered: string;
  buffer: string;
  dead: string;
  leaked: string;
  waiting: string;
  goroutines: string;
  time: string;
  pStatus: Record<PStatus, string>;
  gStatus: Record<'running' | 'runnable' | 'waiting' | 'syscall', string>;
  mPhase: Record<MPhase, string>;
  waitReason: Record<WaitReason, string>;
  halted: { exit: string; deadlock: string; throw: string };
  holdsP: (p: number) => string;
  releasedP: string;
  onP: (g: number, p: number) => string;
  onM: (g: number, m: number) => string;
  syscallOn: (g: number, m: number) => string;
  more: (n: number) => string;
  // text alternative
  psCaption: string;
  schedCaption: string;
  waitCaption: string;
  colP: string;
  colStatus: string;
  colM: string;
  colRunning: string;
  colRunq: string;
  colWhere: string;
  colGs: string;
  wakesAt: (g: string, when: string) => string;
  chanRow: (name: string, qcount: number, cap: number) => string;
  recvq: string;
  sendq: string;
  timers: string;
  none: string;
  gomaxprocs: string;
  virtualTime: string;
  schedtraceCaption: string;
};

const en: GmpLabels = {
  globalRunq: 'global run queue',
  idlePs: 'idle Ps',
  parkedMs: 'parked Ms',
  otherMs: 'other Ms without a P',
  spinningMs: 'spinning Ms',
  spinning: 'spinning',
  inSyscall: 'in syscall',
  syscallHolding: 'in syscall, still holding the P',
  sleeping: 'sleeping Gs (timers)',
  channels: 'channels',
  threads: 'Ps and Ms off CPU',
  runnext: 'runnext',
  runq: 'local runq',
  curg: 'running G',
  schedtick: 'schedtick',
  empty: 'empty',
  unbuffered: 'unbuffered',
  buffer: 'buffer',
  dead: 'dead',
  leaked: 'leaked',
  waiting: 'waiting',
  goroutines: 'goroutines',
  time: 'time',
  pStatus: { running: 'running', idle: 'idle', gcstop: 'gcstop' },
  gStatus: { running: 'running', runnable: 'runnable', waiting: 'waiting', syscall: 'in syscall' },
  mPhase: { run: 'running', sched: 'scheduling', steal: 'stealing', syscall: 'in syscall', netpoll: 'in netpoll', idle: 'parked' },
  waitReason: { 'chan send': 'chan send', 'chan receive': 'chan receive', sleep: 'sleep' },
  halted: { exit: 'program exited', deadlock: 'deadlock', throw: 'fatal error' },
  holdsP: (p) => `holds P${p}`,
  releasedP: 'P taken away',
  onP: (g, p) => `G${g} on P${p}`,
  onM: (g, m) => `G${g} on M${m}`,
  syscallOn: (g, m) => `G${g} in syscall (M${m})`,
  more: (n) => `and ${n} more`,
  psCaption: 'Processors (P)',
  schedCaption: 'Scheduler queues and threads (M)',
  waitCaption: 'Waiting goroutines',
  colP: 'P',
  colStatus: 'Status',
  colM: 'M',
  colRunning: 'Running G',
  colRunq: 'Local run queue',
  colWhere: 'Waiting on',
  colGs: 'Goroutines',
  wakesAt: (g, when) => `${g} wakes at ${when}`,
  chanRow: (name, q, cap) => (cap === 0 ? `channel ${name} (unbuffered)` : `channel ${name} (buffer ${q}/${cap})`),
  recvq: 'receivers (recvq)',
  sendq: 'senders (sendq)',
  timers: 'timers (time.Sleep)',
  none: 'none',
  gomaxprocs: 'GOMAXPROCS',
  virtualTime: 'Virtual time',
  schedtraceCaption: 'GODEBUG=schedtrace line',
};

const zh: GmpLabels = {
  globalRunq: '全局运行队列',
  idlePs: '空闲 P',
  parkedMs: '休眠的 M',
  otherMs: '其他没有 P 的 M',
  spinningMs: '自旋的 M',
  spinning: '自旋',
  inSyscall: '系统调用中',
  syscallHolding: '系统调用中，仍持有 P',
  sleeping: '睡眠中的 G（定时器）',
  channels: 'channel',
  threads: '未运行的 P 和 M',
  runnext: 'runnext',
  runq: '本地队列',
  curg: '运行中的 G',
  schedtick: 'schedtick',
  empty: '空',
  unbuffered: '无缓冲',
  buffer: '缓冲',
  dead: '已结束',
  leaked: '泄漏',
  waiting: '等待中',
  goroutines: '个 goroutine',
  time: '时间',
  pStatus: { running: '运行中', idle: '空闲', gcstop: 'GC 停止' },
  gStatus: { running: '运行中', runnable: '可运行', waiting: '等待中', syscall: '系统调用中' },
  mPhase: { run: '运行中', sched: '调度中', steal: '窃取中', syscall: '系统调用中', netpoll: '阻塞于 netpoll', idle: '休眠' },
  waitReason: { 'chan send': 'channel 发送', 'chan receive': 'channel 接收', sleep: '睡眠' },
  halted: { exit: '程序已退出', deadlock: '死锁', throw: '致命错误' },
  holdsP: (p) => `持有 P${p}`,
  releasedP: 'P 已被拿走',
  onP: (g, p) => `G${g} 在 P${p} 上`,
  onM: (g, m) => `G${g} 在 M${m} 上`,
  syscallOn: (g, m) => `G${g} 系统调用中（M${m}）`,
  more: (n) => `另有 ${n} 个`,
  psCaption: '处理器（P）',
  schedCaption: '调度队列与线程（M）',
  waitCaption: '等待中的 goroutine',
  colP: 'P',
  colStatus: '状态',
  colM: 'M',
  colRunning: '运行中的 G',
  colRunq: '本地运行队列',
  colWhere: '等待对象',
  colGs: 'goroutine',
  wakesAt: (g, when) => `${g} 于 ${when} 唤醒`,
  chanRow: (name, q, cap) => (cap === 0 ? `channel ${name}（无缓冲）` : `channel ${name}（缓冲 ${q}/${cap}）`),
  recvq: '接收者（recvq）',
  sendq: '发送者（sendq）',
  timers: '定时器（time.Sleep）',
  none: '无',
  gomaxprocs: 'GOMAXPROCS',
  virtualTime: '虚拟时间',
  schedtraceCaption: 'GODEBUG=schedtrace 输出',
};

export function gmpLabels(locale: Locale): GmpLabels {
  return locale === 'zh-cn' ? zh : en;
}

export { fmtTime } from '../shell/format.ts';
