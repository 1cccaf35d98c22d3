// Named presets for the GMP simulator. Each program is written out as plausible Go; its ops
// carry `line` numbers into that source (found by a unique snippet, so edits to the source
// cannot silently shift them). `spin(n)` in the sources stands for n µs of pure CPU work.
import { goSource, lineOf } from '../core/source-lines.ts';
import type { Scenario } from '../core/types.ts';
import type { GmpAction, GmpConfig, Op } from './types.ts';

type GmpScenario = Scenario<GmpConfig, GmpAction>;

/** 1-based numbers of the lines of `src` containing `needle`. */
const src = goSource;

const SPIN = [
  '// spin burns about n microseconds of CPU.',
  'func spin(n int) {',
  '\tfor end := time.Now().Add(time.Duration(n) * time.Microsecond); time.Now().Before(end); {',
  '\t}',
  '}',
];

function repeat<T>(n: number, f: (i: number) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(...f(i));
  return out;
}

// ---- 1. go-runnext -----------------------------------------------------------------------

const runnextSrc = src([
  'package main',
  '',
  'import (',
  '\t"runtime"',
  '\t"time"',
  ')',
  '',
  'func work(done chan<- int) {',
  '\tspin(200) // a little CPU work',
  '\tdone <- 1',
  '}',
  '',
  'func main() {',
  '\truntime.GOMAXPROCS(1)',
  '\tdone := make(chan int)',
  '\tgo work(done) // G2 lands in runnext',
  '\tgo work(done) // G3 takes runnext; G2 is kicked to the local queue',
  '\tgo work(done) // G4 takes runnext; G3 is kicked too',
  '\tfor i := 0; i < 3; i++ {',
  '\t\t<-done',
  '\t}',
  '}',
  '',
  ...SPIN,
]);

function runnextWork(): Op[] {
  return [
    { op: 'compute', us: 200, line: lineOf(runnextSrc, 'spin(200)') },
    { op: 'send', ch: 'done', line: lineOf(runnextSrc, '\tdone <- 1') },
  ];
}

const goRunnext: GmpScenario = {
  id: 'go-runnext',
  title: { en: 'go statement → runnext', 'zh-cn': 'go 语句 → runnext' },
  summary: {
    en: 'Each go statement puts the new goroutine in the P\'s runnext slot, and the goroutine that was there is kicked to the tail of the local queue. When main blocks, the last one created runs first — inheriting main\'s time slice — then the others in order.',
    'zh-cn': '每条 go 语句都把新 goroutine 放进 P 的 runnext，原来在 runnext 里的 goroutine 被踢到本地队列队尾。main 阻塞后，最后创建的 goroutine 最先运行（沿用 main 的时间片），其余的按顺序运行。',
  },
  config: {
    gomaxprocs: 1,
    channels: { done: { cap: 0 } },
    main: [
      { op: 'go', body: runnextWork(), line: lineOf(runnextSrc, 'G2 lands in runnext') },
      { op: 'go', body: runnextWork(), line: lineOf(runnextSrc, 'G3 takes runnext') },
      { op: 'go', body: runnextWork(), line: lineOf(runnextSrc, 'G4 takes runnext') },
      ...repeat(3, (): Op[] => [{ op: 'recv', ch: 'done', line: lineOf(runnextSrc, '\t\t<-done') }]),
    ],
  },
  seed: 1,
  actions: [],
  source: runnextSrc,
};

// ---- 2. runq-overflow ---------------------------------------------------------------------

const overflowSrc = src([
  'package main',
  '',
  'import (',
  '\t"runtime"',
  '\t"time"',
  ')',
  '',
  'func work() {',
  '\tspin(50)',
  '}',
  '',
  'func main() {',
  '\truntime.GOMAXPROCS(1)',
  '\tfor i := 0; i < 300; i++ {',
  '\t\tgo work() // the 258th overflows the local queue',
  '\t}',
  '\ttime.Sleep(20 * time.Millisecond)',
  '}',
  '',
  ...SPIN,
]);

const runqOverflow: GmpScenario = {
  id: 'runq-overflow',
  title: { en: 'Local queue overflow → runqputslow', 'zh-cn': '本地队列溢出 → runqputslow' },
  summary: {
    en: 'main starts 300 goroutines on one P. runnext plus 256 local slots hold the first 257; the 258th go statement finds the queue full, and runqputslow moves 128 of them plus the kicked goroutine — 129 — to the global queue in one batch. Press play, or jump to step 258.',
    'zh-cn': 'main 在一个 P 上启动 300 个 goroutine。runnext 加上 256 个本地槽位装下前 257 个；第 258 条 go 语句发现队列已满，runqputslow 把其中 128 个连同被踢出的那个（共 129 个）一次性移到全局队列。点击播放，或直接跳到第 258 步。',
  },
  config: {
    gomaxprocs: 1,
    main: [
      ...repeat(300, (): Op[] => [{ op: 'go', body: [{ op: 'compute', us: 50, line: lineOf(overflowSrc, 'spin(50)') }], line: lineOf(overflowSrc, 'go work()') }]),
      { op: 'sleep', us: 20_000, line: lineOf(overflowSrc, 'time.Sleep(20') },
    ],
  },
  seed: 2,
  actions: [],
  source: overflowSrc,
};

// ---- 3. work-stealing (flagship) ----------------------------------------------------------

const stealSrc = src([
  'package main',
  '',
  'import (',
  '\t"runtime"',
  '\t"time"',
  ')',
  '',
  'func work(done chan<- int) {',
  '\tspin(2000) // 2 ms of CPU',
  '\tdone <- 1',
  '}',
  '',
  'func main() {',
  '\truntime.GOMAXPROCS(2)',
  '\tdone := make(chan int)',
  '\tfor i := 0; i < 12; i++ {',
  '\t\tgo work(done) // all land on P0',
  '\t}',
  '\tfor i := 0; i < 12; i++ {',
  '\t\t<-done',
  '\t}',
  '}',
  '',
  ...SPIN,
]);

const workStealing: GmpScenario = {
  id: 'work-stealing',
  title: { en: 'Work stealing', 'zh-cn': '工作窃取' },
  summary: {
    en: 'All twelve goroutines are created on P0. The first go statement wakes a spinning M for idle P1 (wakep); finding its own and the global queue empty, it steals half of P0\'s local queue — rounded up — and runs the last one it took. Press → and watch P1 steal around step 16.',
    'zh-cn': '十二个 goroutine 都在 P0 上创建。第一条 go 语句为空闲的 P1 唤醒一个自旋的 M（wakep）；它发现自己的队列和全局队列都为空，就从 P0 的本地队列偷走一半（向上取整），并运行最后偷到的那个。按 → 逐步前进，大约第 16 步可以看到 P1 偷取。',
  },
  config: {
    gomaxprocs: 2,
    channels: { done: { cap: 0 } },
    main: [
      ...repeat(12, (): Op[] => [
        {
          op: 'go',
          line: lineOf(stealSrc, 'all land on P0'),
          body: [
            { op: 'compute', us: 2000, line: lineOf(stealSrc, 'spin(2000)') },
            { op: 'send', ch: 'done', line: lineOf(stealSrc, '\tdone <- 1') },
          ],
        },
      ]),
      ...repeat(12, (): Op[] => [{ op: 'recv', ch: 'done', line: lineOf(stealSrc, '\t\t<-done') }]),
    ],
  },
  seed: 3,
  actions: [],
  source: stealSrc,
};

// ---- 4. syscall-handoff -------------------------------------------------------------------

const syscallSrc = src([
  'package main',
  '',
  'import (',
  '\t"os"',
  '\t"runtime"',
  '\t"time"',
  ')',
  '',
  'func work(done chan<- int) {',
  '\tspin(3000) // 3 ms of CPU',
  '\tdone <- 1',
  '}',
  '',
  'func main() {',
  '\truntime.GOMAXPROCS(1)',
  '\tdone := make(chan int)',
  '\tgo work(done)',
  '\tgo work(done)',
  '\tconfig, _ := os.ReadFile("/slow/nfs/config") // blocks in read(2) for 1 ms',
  '\t<-done',
  '\t<-done',
  '\tlog, _ := os.ReadFile("/slow/nfs/log") // a slower one: 20 ms',
  '\t_, _ = config, log',
  '}',
  '',
  ...SPIN,
]);

function syscallWork(): Op[] {
  return [
    { op: 'compute', us: 3000, line: lineOf(syscallSrc, 'spin(3000)') },
    { op: 'send', ch: 'done', line: lineOf(syscallSrc, '\tdone <- 1') },
  ];
}

const syscallHandoff: GmpScenario = {
  id: 'syscall-handoff',
  title: { en: 'Blocking syscall → handoffp', 'zh-cn': '阻塞系统调用 → handoffp' },
  summary: {
    en: 'main blocks in a 1 ms read(2) while two goroutines wait on its P. The P stays with the blocked M until sysmon has seen the syscall for a tick; then retake takes it and handoffp gives it to a new M that runs the waiting goroutines. When the read returns no P is free, so main goes to the global queue. The second read is retaken too (later: sysmon sleeps longer when idle), and when it returns an idle P is waiting.',
    'zh-cn': 'main 阻塞在一个 1 毫秒的 read(2) 中，两个 goroutine 在它的 P 上等待。P 一直跟着被阻塞的 M，直到 sysmon 观察到这个系统调用超过一个周期；随后 retake 收回 P，handoffp 把它交给一个新的 M 去运行等待的 goroutine。读返回时没有空闲的 P，main 进入全局队列。第二次读时 P 同样被收回（更晚一些：sysmon 空闲时睡得更久），返回时已有一个空闲的 P 在等它。',
  },
  config: {
    gomaxprocs: 1,
    channels: { done: { cap: 0 } },
    main: [
      { op: 'go', body: syscallWork(), line: lineOf(syscallSrc, 'go work(done)', 0) },
      { op: 'go', body: syscallWork(), line: lineOf(syscallSrc, 'go work(done)', 1) },
      { op: 'syscall', us: 1000, line: lineOf(syscallSrc, '/slow/nfs/config') },
      { op: 'recv', ch: 'done', line: lineOf(syscallSrc, '\t<-done', 0) },
      { op: 'recv', ch: 'done', line: lineOf(syscallSrc, '\t<-done', 1) },
      { op: 'syscall', us: 20_000, line: lineOf(syscallSrc, '/slow/nfs/log') },
    ],
  },
  seed: 4,
  actions: [],
  source: syscallSrc,
};

// ---- 5. preempt-hog -----------------------------------------------------------------------

const hogSrc = src([
  'package main',
  '',
  'import (',
  '\t"runtime"',
  '\t"time"',
  ')',
  '',
  'func hog(done chan<- int) {',
  '\tspin(25000) // 25 ms without a single blocking call',
  '\tdone <- 1',
  '}',
  '',
  'func main() {',
  '\truntime.GOMAXPROCS(1)',
  '\tdone := make(chan int)',
  '\tgo hog(done)',
  '\tgo hog(done)',
  '\t<-done',
  '\t<-done',
  '}',
  '',
  ...SPIN,
]);

function hogBody(): Op[] {
  return [
    { op: 'compute', us: 25_000, line: lineOf(hogSrc, 'spin(25000)') },
    { op: 'send', ch: 'done', line: lineOf(hogSrc, '\tdone <- 1') },
  ];
}

const preemptHog: GmpScenario = {
  id: 'preempt-hog',
  title: { en: 'A CPU hog is preempted', 'zh-cn': 'CPU 密集的 goroutine 被抢占' },
  summary: {
    en: 'Two goroutines each want 25 ms of CPU on one P. sysmon checks every P: once the same schedtick has lasted 10 ms (forcePreemptNS), retake calls preemptone, and the hog goes to the tail of the GLOBAL queue while the other one gets the P. sysmon sleeps longer and longer (up to 10 ms) while nothing happens, so a hog can run 10 to 20 ms before it is noticed.',
    'zh-cn': '两个 goroutine 在一个 P 上各需要 25 毫秒 CPU。sysmon 检查每个 P：同一个 schedtick 持续了 10 毫秒（forcePreemptNS）后，retake 调用 preemptone，这个 goroutine 被放到全局队列队尾，另一个得到 P。由于无事发生时 sysmon 的睡眠越来越长（最长 10 毫秒），一个 goroutine 可能运行 10 到 20 毫秒才被发现。',
  },
  config: {
    gomaxprocs: 1,
    channels: { done: { cap: 0 } },
    main: [
      { op: 'go', body: hogBody(), line: lineOf(hogSrc, 'go hog(done)', 0) },
      { op: 'go', body: hogBody(), line: lineOf(hogSrc, 'go hog(done)', 1) },
      { op: 'recv', ch: 'done', line: lineOf(hogSrc, '\t<-done', 0) },
      { op: 'recv', ch: 'done', line: lineOf(hogSrc, '\t<-done', 1) },
    ],
  },
  seed: 5,
  actions: [],
  source: hogSrc,
};

// ---- 6. chan-pingpong ---------------------------------------------------------------------

const pingSrc = src([
  'package main',
  '',
  'import (',
  '\t"runtime"',
  '\t"time"',
  ')',
  '',
  'func player(in <-chan int, out chan<- int) {',
  '\tfor {',
  '\t\tv := <-in',
  '\t\tspin(250)',
  '\t\tout <- v + 1',
  '\t}',
  '}',
  '',
  'func main() {',
  '\truntime.GOMAXPROCS(1)',
  '\tping, pong := make(chan int), make(chan int)',
  '\tgo player(ping, pong)',
  '\tgo player(pong, ping)',
  '\tping <- 0 // serve',
  '\ttime.Sleep(5 * time.Millisecond)',
  '}',
  '',
  ...SPIN,
]);

const ROUNDS = 30;

const chanPingpong: GmpScenario = {
  id: 'chan-pingpong',
  title: { en: 'Ping-pong shares one time slice', 'zh-cn': '乒乓 goroutine 共用一个时间片' },
  summary: {
    en: 'Two goroutines bounce a value over unbuffered channels. Each send readies the partner into runnext, and a G taken from runnext inherits the time slice, so schedtick does not move and main — queued behind them — starves. Only when sysmon sees the same schedtick for 10 ms does it preempt the pair; then main finally runs.',
    'zh-cn': '两个 goroutine 通过无缓冲 channel 来回传值。每次发送都把对方放进 runnext，而从 runnext 取出的 G 沿用当前时间片，所以 schedtick 不变，排在后面的 main 得不到运行。直到 sysmon 发现同一个 schedtick 持续了 10 毫秒才抢占它们，main 这才运行。',
  },
  config: {
    gomaxprocs: 1,
    channels: { ping: { cap: 0 }, pong: { cap: 0 } },
    main: [
      {
        op: 'go',
        line: lineOf(pingSrc, 'go player(ping, pong)'),
        body: repeat(ROUNDS, (): Op[] => [
          { op: 'recv', ch: 'ping', line: lineOf(pingSrc, 'v := <-in') },
          { op: 'compute', us: 250, line: lineOf(pingSrc, 'spin(250)') },
          { op: 'send', ch: 'pong', line: lineOf(pingSrc, 'out <- v + 1') },
        ]),
      },
      {
        op: 'go',
        line: lineOf(pingSrc, 'go player(pong, ping)'),
        body: repeat(ROUNDS, (i): Op[] => [
          { op: 'recv', ch: 'pong', line: lineOf(pingSrc, 'v := <-in') },
          { op: 'compute', us: 250, line: lineOf(pingSrc, 'spin(250)') },
          ...(i < ROUNDS - 1 ? [{ op: 'send', ch: 'ping', line: lineOf(pingSrc, 'out <- v + 1') } as Op] : []),
        ]),
      },
      { op: 'send', ch: 'ping', line: lineOf(pingSrc, 'ping <- 0') },
      { op: 'sleep', us: 5000, line: lineOf(pingSrc, 'time.Sleep(5') },
    ],
  },
  seed: 6,
  actions: [],
  source: pingSrc,
};

// ---- 7. global-fairness -------------------------------------------------------------------

const fairSrc = src([
  'package main',
  '',
  'import (',
  '\t"runtime"',
  '\t"time"',
  ')',
  '',
  'func work() {',
  '\tspin(100)',
  '}',
  '',
  'func main() {',
  '\truntime.GOMAXPROCS(1)',
  '\tfor i := 0; i < 80; i++ {',
  '\t\tgo work()',
  '\t}',
  '\truntime.Gosched() // main goes to the GLOBAL queue',
  '\tprintln("main is back")',
  '\ttime.Sleep(10 * time.Millisecond)',
  '}',
  '',
  ...SPIN,
]);

const globalFairness: GmpScenario = {
  id: 'global-fairness',
  title: { en: 'Fairness: schedtick % 61', 'zh-cn': '公平性：schedtick % 61' },
  summary: {
    en: 'main starts 80 goroutines, then calls runtime.Gosched, which puts it on the global queue. P0 always has local work, yet when its schedtick reaches a multiple of 61, findRunnable takes ONE goroutine — main — from the global queue first, so the global queue is never starved. Play to step 204.',
    'zh-cn': 'main 启动 80 个 goroutine，然后调用 runtime.Gosched，自己进入全局队列。P0 的本地队列一直有工作，但当 schedtick 到达 61 的倍数时，findRunnable 会先从全局队列取一个 goroutine——main，所以全局队列不会被饿死。播放到第 204 步。',
  },
  config: {
    gomaxprocs: 1,
    main: [
      ...repeat(80, (): Op[] => [{ op: 'go', body: [{ op: 'compute', us: 100, line: lineOf(fairSrc, 'spin(100)') }], line: lineOf(fairSrc, 'go work()') }]),
      { op: 'gosched', line: lineOf(fairSrc, 'runtime.Gosched()') },
      { op: 'compute', us: 10, line: lineOf(fairSrc, 'println(') },
      { op: 'sleep', us: 10_000, line: lineOf(fairSrc, 'time.Sleep(10') },
    ],
  },
  seed: 7,
  actions: [],
  source: fairSrc,
};

// ---- 8. goroutine-leak --------------------------------------------------------------------

const leakSrc = src([
  'package main',
  '',
  'import "time"',
  '',
  'func fetch(results chan<- int) {',
  '\tspin(300) // slower than the caller is willing to wait',
  '\tresults <- 42 // nobody will ever receive: blocked forever',
  '}',
  '',
  'func handle() {',
  '\tresults := make(chan int) // unbuffered: the bug',
  '\tgo fetch(results)',
  '\tselect {',
  '\tcase <-results:',
  '\tcase <-time.After(100 * time.Microsecond): // gives up first',
  '\t}',
  '}',
  '',
  'func main() {',
  '\tfor i := 0; i < 3; i++ {',
  '\t\thandle()',
  '\t\tspin(1000) // other work',
  '\t}',
  '}',
  '',
  ...SPIN,
]);

const goroutineLeak: GmpScenario = {
  id: 'goroutine-leak',
  title: { en: 'A goroutine leak', 'zh-cn': 'goroutine 泄漏' },
  summary: {
    en: 'Each request starts fetch and waits at most 100 µs for its result. fetch is slower, and by the time it sends, nobody is listening on the unbuffered channel: it parks on the send queue forever. main carries on, one more goroutine leaks per request, and they are still blocked when main returns.',
    'zh-cn': '每个请求启动 fetch，最多等 100 微秒拿结果。fetch 比这慢，等它发送时，无缓冲 channel 上已经没有接收者：它永远挂在发送等待队列上。main 继续运行，每个请求泄漏一个 goroutine，main 返回时它们仍然阻塞着。',
  },
  config: {
    gomaxprocs: 2,
    main: repeat(3, (i): Op[] => [
      {
        op: 'go',
        line: lineOf(leakSrc, 'go fetch(results)'),
        body: [
          { op: 'compute', us: 300, line: lineOf(leakSrc, 'spin(300)') },
          { op: 'send', ch: `results${i + 1}`, line: lineOf(leakSrc, 'results <- 42') },
        ],
      },
      // The select's timeout wins (fetch takes 300 µs): modelled as the 100 µs timer alone.
      { op: 'sleep', us: 100, line: lineOf(leakSrc, 'time.After(100') },
      { op: 'compute', us: 1000, line: lineOf(leakSrc, 'spin(1000)') },
    ]),
  },
  seed: 8,
  actions: [],
  source: leakSrc,
};

// ---- 9. gomaxprocs-1 / gomaxprocs-4 -------------------------------------------------------

function procsSrc(n: number): string {
  return src([
    'package main',
    '',
    'import (',
    '\t"os"',
    '\t"runtime"',
    '\t"time"',
    ')',
    '',
    'func work(done chan<- int) {',
    '\tspin(1000)',
    '\tos.ReadFile("/data/chunk") // 500 µs in read(2)',
    '\tspin(1000)',
    '\tdone <- 1',
    '}',
    '',
    'func main() {',
    `\truntime.GOMAXPROCS(${n})`,
    '\tdone := make(chan int)',
    '\tfor i := 0; i < 8; i++ {',
    '\t\tgo work(done)',
    '\t}',
    '\tfor i := 0; i < 8; i++ {',
    '\t\t<-done',
    '\t}',
    '}',
    '',
    ...SPIN,
  ]);
}

function procsScenario(n: 1 | 4): GmpScenario {
  const s = procsSrc(n);
  const body: Op[] = [
    { op: 'compute', us: 1000, line: lineOf(s, '\tspin(1000)', 0) },
    { op: 'syscall', us: 500, line: lineOf(s, 'os.ReadFile') },
    { op: 'compute', us: 1000, line: lineOf(s, '\tspin(1000)', 1) },
    { op: 'send', ch: 'done', line: lineOf(s, '\tdone <- 1') },
  ];
  const same = {
    en: 'The same program — eight goroutines, each 1 ms of CPU, a 500 µs read and 1 ms more — at GOMAXPROCS 1 and 4. Compare the virtual time at the end, how often Ps are handed off during the reads, and how many threads (Ms) each run needs.',
    'zh-cn': '同一个程序——八个 goroutine，各自 1 毫秒 CPU、一次 500 微秒的读和再 1 毫秒 CPU——分别在 GOMAXPROCS 为 1 和 4 时运行。比较结束时的虚拟时间、读操作期间 P 被交接的次数，以及各自需要多少线程（M）。',
  };
  return {
    id: `gomaxprocs-${n}`,
    title: { en: `Same program, GOMAXPROCS=${n}`, 'zh-cn': `同一程序，GOMAXPROCS=${n}` },
    summary: same,
    config: {
      gomaxprocs: n,
      channels: { done: { cap: 0 } },
      main: [
        ...repeat(8, (): Op[] => [{ op: 'go', body, line: lineOf(s, 'go work(done)') }]),
        ...repeat(8, (): Op[] => [{ op: 'recv', ch: 'done', line: lineOf(s, '\t\t<-done') }]),
      ],
    },
    seed: 9,
    actions: [],
    source: s,
  };
}

export const scenarios: GmpScenario[] = [
  goRunnext,
  runqOverflow,
  workStealing,
  syscallHandoff,
  preemptHog,
  chanPingpong,
  globalFairness,
  goroutineLeak,
  procsScenario(1),
  procsScenario(4),
];

/** A scenario by id (part of the engine's public API since issue 3). */
export function scenarioById(id: string): Scenario<GmpConfig, GmpAction> | undefined {
  return scenarios.find((s) => s.id === id);
}
