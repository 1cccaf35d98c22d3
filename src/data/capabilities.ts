/**
 * The Go Atlas capability matrix as data.
 *
 * The same matrix is written out as Markdown tables in content/docs/roadmap/capability-matrix.md and
 * content/docs/zh-cn/roadmap/capability-matrix.md: one row per capability, in this file's order, with
 * an HTML anchor equal to its id (e.g. /roadmap/capability-matrix/#concurrency.junior.goroutine-lifecycle)
 * and one anchor per cell (e.g. #concurrency.junior). This file is the source of truth: edit it first,
 * then the tables; test/unit/site/capability-matrix.test.ts fails when they drift apart.
 *
 * Ids are stable slugs of the form `dimension.level.short-name`. They are never positions:
 * do not rename or reuse an id once published (a self-assessment may have stored it). To retire a
 * behaviour, delete it; to reword one, keep its id.
 *
 * `href` is locale-neutral: internal paths are written for the English root (no base path, trailing
 * slash). Use `localizedHref` to get the Simplified Chinese page. External links are left as they are.
 */

export type DimensionId =
  | 'concurrency'
  | 'runtime'
  | 'engineering'
  | 'operations'
  | 'architecture'
  | 'influence';

export type LevelId = 'junior' | 'mid' | 'senior' | 'architect';

import type { Locale, Localized } from '../../simulators/core/types.ts';

export type { Locale };

/** Internal pages a capability may link to (the site's published page list). */
export type InternalHref =
  | '/'
  | '/roadmap/'
  | '/roadmap/capability-matrix/'
  | '/roadmap/milestones/'
  | '/roadmap/from-your-background/'
  | '/roadmap/architect/'
  | '/roadmap/self-assessment/'
  | '/tracks/'
  | '/tracks/cloud-native/'
  | '/tracks/backend-services/'
  | '/tracks/platform-sre/'
  | '/tracks/middleware-databases/'
  | '/tracks/observability-ebpf/'
  | '/tracks/developer-tooling/'
  | '/tracks/ai-edge/'
  | '/runtime/scheduler/'
  | '/runtime/garbage-collector/'
  | '/runtime/memory-model/'
  | '/runtime/diagnostics/'
  | '/simulators/'
  | '/simulators/gmp/'
  | '/simulators/instructors/'
  | '/sources/';

export type ExternalHref = `https://${string}`;

export type Href = InternalHref | ExternalHref;

/** Names and behaviours are `Localized`, the shape every other piece of the site uses. */
export interface Dimension extends Readonly<Localized> {
  readonly id: DimensionId;
}

export interface Level extends Readonly<Localized> {
  readonly id: LevelId;
}

/** A capability whose id prefix must agree with its dimension and level. */
interface CapabilityOf<D extends DimensionId, L extends LevelId> {
  readonly id: `${D}.${L}.${string}`;
  readonly dimension: D;
  readonly level: L;
  /** One observable behaviour, in English. */
  readonly en: string;
  /** The same behaviour, written for Chinese readers. */
  readonly 'zh-cn': string;
  /** The page or simulator that teaches it. */
  readonly href: Href;
}

export type Capability = {
  [D in DimensionId]: { [L in LevelId]: CapabilityOf<D, L> }[LevelId];
}[DimensionId];

export const dimensions: readonly Dimension[] = [
  { id: 'concurrency', en: 'Concurrency model', 'zh-cn': '并发模型' },
  { id: 'runtime', en: 'Runtime & performance', 'zh-cn': '运行时与性能' },
  { id: 'engineering', en: 'Engineering practice', 'zh-cn': '工程实践' },
  { id: 'operations', en: 'Production operations', 'zh-cn': '生产运维' },
  { id: 'architecture', en: 'Architecture & design', 'zh-cn': '架构与设计' },
  { id: 'influence', en: 'Influence & leadership', 'zh-cn': '影响力与领导力' },
];

export const levels: readonly Level[] = [
  { id: 'junior', en: 'Junior', 'zh-cn': '初级' },
  { id: 'mid', en: 'Mid', 'zh-cn': '中级' },
  { id: 'senior', en: 'Senior', 'zh-cn': '高级' },
  { id: 'architect', en: 'Architect', 'zh-cn': '架构师' },
];

export const capabilities: readonly Capability[] = [
  // ── Concurrency model ───────────────────────────────────────────────────────
  {
    id: 'concurrency.junior.goroutine-lifecycle',
    dimension: 'concurrency',
    level: 'junior',
    en: 'Starts a goroutine only after naming the event that makes it return, and waits for it with sync.WaitGroup or a channel.',
    'zh-cn': '启动 goroutine 之前能说出是什么事件让它返回，并用 sync.WaitGroup 或 channel 等它结束。',
    href: '/runtime/scheduler/',
  },
  {
    id: 'concurrency.junior.channel-close',
    dimension: 'concurrency',
    level: 'junior',
    en: 'Closes a channel only from its sending side, and ranges over a channel until it is closed.',
    'zh-cn': '只在发送方关闭 channel，并会用 for range 读 channel 直到它被关闭。',
    href: 'https://go.dev/ref/spec#Close',
  },
  {
    id: 'concurrency.junior.select-cancel',
    dimension: 'concurrency',
    level: 'junior',
    en: 'Puts a blocking send or receive in a select with ctx.Done() or a timer, so it cannot wait forever.',
    'zh-cn': '把可能阻塞的收发放进带 ctx.Done() 或定时器的 select，保证它不会永远等下去。',
    href: 'https://pkg.go.dev/context',
  },
  {
    id: 'concurrency.junior.shared-state',
    dimension: 'concurrency',
    level: 'junior',
    en: 'Protects shared maps and counters with sync.Mutex or the sync/atomic types, and explains why two goroutines writing one map is a data race.',
    'zh-cn': '用 sync.Mutex 或 sync/atomic 的类型保护共享的 map 和计数器，并能解释两个 goroutine 同时写一个 map 为什么是数据竞争。',
    href: '/runtime/memory-model/',
  },
  {
    id: 'concurrency.mid.context-propagation',
    dimension: 'concurrency',
    level: 'mid',
    en: 'Passes context.Context through every blocking call on a request path, so work stops when the caller gives up.',
    'zh-cn': '把 context.Context 传到请求链路上每一个会阻塞的调用，调用方放弃时下游工作随之停止。',
    href: 'https://pkg.go.dev/context',
  },
  {
    id: 'concurrency.mid.bounded-pool',
    dimension: 'concurrency',
    level: 'mid',
    en: 'Builds a worker pool or semaphore that caps concurrency and shuts down leaving no goroutine behind.',
    'zh-cn': '能写出限制并发数的 worker pool 或信号量，关闭后不残留任何 goroutine。',
    href: '/roadmap/',
  },
  {
    id: 'concurrency.mid.race-detector',
    dimension: 'concurrency',
    level: 'mid',
    en: 'Runs go test -race in CI and fixes a reported race by changing who owns the data, not by adding sleeps.',
    'zh-cn': '在 CI 中运行 go test -race，修复它报出的竞争时，靠的是调整数据归属，而不是加 sleep。',
    href: '/runtime/memory-model/',
  },
  {
    id: 'concurrency.mid.gmp-walkthrough',
    dimension: 'concurrency',
    level: 'mid',
    en: "Steps through the GMP simulator and says where a new goroutine is queued (the current P's runnext) and when an idle P steals work.",
    'zh-cn': '能在 GMP 模拟器里单步演示，说出新建的 goroutine 放在哪里（当前 P 的 runnext），以及空闲的 P 什么时候会去别的 P 那里偷 goroutine。',
    href: '/simulators/gmp/',
  },
  {
    id: 'concurrency.senior.happens-before',
    dimension: 'concurrency',
    level: 'senior',
    en: 'Justifies an atomics-based or lock-free design with explicit happens-before edges from the Go memory model.',
    'zh-cn': '能用 Go 内存模型中明确的 happens-before 关系，论证一个基于原子操作或无锁的设计是正确的。',
    href: '/runtime/memory-model/',
  },
  {
    id: 'concurrency.senior.leak-diagnosis',
    dimension: 'concurrency',
    level: 'senior',
    en: 'Finds a goroutine leak from a goroutine profile (or the goroutineleak profile, Go 1.27) and names the operation it is blocked on.',
    'zh-cn': '能从 goroutine profile（或 Go 1.27 的 goroutineleak profile）中找出泄漏的 goroutine，并指出它阻塞在哪个操作上。',
    href: '/runtime/diagnostics/',
  },
  {
    id: 'concurrency.senior.contention',
    dimension: 'concurrency',
    level: 'senior',
    en: 'Reads mutex and block profiles to locate contention, then chooses between sharding, channels and sync/atomic on that evidence.',
    'zh-cn': '能读 mutex 和 block profile 找到锁竞争，再依据数据在分片、channel 和 sync/atomic 之间做选择。',
    href: '/runtime/diagnostics/',
  },
  {
    id: 'concurrency.senior.deterministic-tests',
    dimension: 'concurrency',
    level: 'senior',
    en: 'Writes deterministic tests for time-dependent concurrent code with testing/synctest (Go 1.25) instead of sleeps.',
    'zh-cn': '用 testing/synctest（Go 1.25）为依赖时间的并发代码写出确定性测试，而不是靠 sleep。',
    href: 'https://pkg.go.dev/testing/synctest',
  },
  {
    id: 'concurrency.architect.concurrency-contracts',
    dimension: 'concurrency',
    level: 'architect',
    en: 'Defines concurrency contracts for shared packages (who owns each goroutine, who closes each channel, what is safe for concurrent use) and makes review enforce them.',
    'zh-cn': '为公共包定义并发约定（每个 goroutine 归谁、每个 channel 由谁关闭、哪些类型可并发使用），并让 code review 落实这些约定。',
    href: '/roadmap/architect/',
  },
  {
    id: 'concurrency.architect.backpressure',
    dimension: 'concurrency',
    level: 'architect',
    en: 'Designs backpressure and load shedding across services, so overload turns into rejected requests rather than unbounded queues.',
    'zh-cn': '跨服务设计背压和过载保护（load shedding）机制，让过载表现为请求被拒绝，而不是队列无限增长。',
    href: '/tracks/backend-services/',
  },
  {
    id: 'concurrency.architect.container-cpu',
    dimension: 'concurrency',
    level: 'architect',
    en: "Explains to other teams how GOMAXPROCS, container CPU limits and goroutine counts interact, including Go 1.25's cgroup-aware default and why a module whose go.mod still says go 1.24 does not get it.",
    'zh-cn': '能向其他团队讲清 GOMAXPROCS、容器 CPU limit 与 goroutine 数量之间的关系，包括 Go 1.25 起按 cgroup 限额设置默认值的行为，以及为什么 go.mod 仍写着 go 1.24 的模块享受不到它。',
    href: '/runtime/scheduler/',
  },

  // ── Runtime & performance ───────────────────────────────────────────────────
  {
    id: 'runtime.junior.cpu-profile',
    dimension: 'runtime',
    level: 'junior',
    en: 'Captures a CPU profile with go test -cpuprofile or net/http/pprof and opens it with go tool pprof.',
    'zh-cn': '能用 go test -cpuprofile 或 net/http/pprof 采集 CPU profile，并用 go tool pprof 打开。',
    href: '/runtime/diagnostics/',
  },
  {
    id: 'runtime.junior.benchmark',
    dimension: 'runtime',
    level: 'junior',
    en: 'Writes a benchmark with testing.B and reports ns/op and allocs/op using -benchmem.',
    'zh-cn': '能用 testing.B 写基准测试，并用 -benchmem 给出 ns/op 和 allocs/op。',
    href: 'https://pkg.go.dev/testing#hdr-Benchmarks',
  },
  {
    id: 'runtime.junior.escape-analysis',
    dimension: 'runtime',
    level: 'junior',
    en: 'Reads go build -gcflags=-m output and says which values escape to the heap.',
    'zh-cn': '能读懂 go build -gcflags=-m 的输出，说出哪些值逃逸到了堆上。',
    href: '/runtime/garbage-collector/',
  },
  {
    id: 'runtime.mid.gctrace',
    dimension: 'runtime',
    level: 'mid',
    en: 'Reads a GODEBUG=gctrace=1 line: heap size at start, at end and live, the heap goal, and the share of CPU spent in GC.',
    'zh-cn': '能读懂一行 GODEBUG=gctrace=1 输出：GC 开始、结束时的堆大小和存活堆大小、堆目标，以及 GC 占用的 CPU 比例。',
    href: '/runtime/garbage-collector/',
  },
  {
    id: 'runtime.mid.schedtrace',
    dimension: 'runtime',
    level: 'mid',
    en: 'Reads a GODEBUG=schedtrace=1000 line and explains why a P is idle or why the global run queue is growing.',
    'zh-cn': '能读懂一行 GODEBUG=schedtrace=1000 输出，并解释某个 P 为什么空闲、全局运行队列为什么在增长。',
    href: '/runtime/scheduler/',
  },
  {
    id: 'runtime.mid.alloc-reduction',
    dimension: 'runtime',
    level: 'mid',
    en: 'Cuts allocations on a hot path (preallocation, reuse, sync.Pool) and shows the change is real with benchstat.',
    'zh-cn': '能减少热点路径上的内存分配（预分配、复用、sync.Pool），并用 benchstat 证明改进确实存在。',
    href: 'https://pkg.go.dev/golang.org/x/perf/cmd/benchstat',
  },
  {
    id: 'runtime.mid.execution-trace',
    dimension: 'runtime',
    level: 'mid',
    en: 'Records an execution trace and uses go tool trace to see goroutines waiting on the network, syscalls or the scheduler.',
    'zh-cn': '能录制执行 trace，并用 go tool trace 看出 goroutine 是在等网络、等系统调用还是等调度。',
    href: '/runtime/diagnostics/',
  },
  {
    id: 'runtime.senior.gogc-gomemlimit',
    dimension: 'runtime',
    level: 'senior',
    en: "Sets GOGC and GOMEMLIMIT for a container's memory limit and explains the CPU/memory trade-off with the GC guide's cost model.",
    'zh-cn': '能根据容器内存上限设置 GOGC 和 GOMEMLIMIT，并用 GC 指南里的成本模型解释 CPU 与内存之间的取舍。',
    href: 'https://go.dev/doc/gc-guide',
  },
  {
    id: 'runtime.senior.write-barrier',
    dimension: 'runtime',
    level: 'senior',
    en: 'Explains tri-colour marking and the hybrid write barrier (Go 1.8) well enough to say why goroutine stacks need no re-scan.',
    'zh-cn': '能讲清三色标记和混合写屏障（Go 1.8 引入），并说明为什么不再需要重新扫描 goroutine 栈。',
    href: '/runtime/garbage-collector/',
  },
  {
    id: 'runtime.senior.pgo',
    dimension: 'runtime',
    level: 'senior',
    en: 'Applies profile-guided optimisation (default.pgo, Go 1.21) and keeps it only if a benchmark confirms the gain.',
    'zh-cn': '能使用 PGO（default.pgo，Go 1.21 起正式可用），并且只在基准测试确认有收益时才保留。',
    href: 'https://go.dev/doc/pgo',
  },
  {
    id: 'runtime.senior.tail-latency',
    dimension: 'runtime',
    level: 'senior',
    en: 'Ties a p99 latency regression to a specific cause (GC assists, lock contention, scheduling delay) using profiles or traces.',
    'zh-cn': '能借助 profile 或 trace，把 p99 延迟劣化归因到具体原因（GC 辅助标记、锁竞争、调度延迟）。',
    href: '/runtime/diagnostics/',
  },
  {
    id: 'runtime.architect.performance-budgets',
    dimension: 'runtime',
    level: 'architect',
    en: 'Sets performance budgets (latency, memory and CPU per request) for a system and makes regressions visible in CI.',
    'zh-cn': '为系统设定性能预算（每个请求的延迟、内存和 CPU），并让回归在 CI 中可见。',
    href: '/roadmap/architect/',
  },
  {
    id: 'runtime.architect.runtime-source',
    dimension: 'runtime',
    level: 'architect',
    en: 'Settles a design argument by reading the runtime source at a release tag (proc.go, mgc.go) rather than blog posts.',
    'zh-cn': '遇到设计争议时，直接读某个发布 tag 下的运行时源码（proc.go、mgc.go）来下结论，而不是引用博客文章。',
    href: 'https://github.com/golang/go/blob/go1.27.0/src/runtime/proc.go',
  },
  {
    id: 'runtime.architect.teach-runtime',
    dimension: 'runtime',
    level: 'architect',
    en: 'Runs a runtime workshop for other engineers with the simulators and the instructor notes.',
    'zh-cn': '能借助模拟器和讲师指南，为其他工程师组织一次运行时工作坊。',
    href: '/simulators/instructors/',
  },

  // ── Engineering practice ────────────────────────────────────────────────────
  {
    id: 'engineering.junior.modules',
    dimension: 'engineering',
    level: 'junior',
    en: 'Creates a module with go mod init, adds and upgrades dependencies with go get, and keeps go.mod clean with go mod tidy.',
    'zh-cn': '能用 go mod init 创建模块，用 go get 添加和升级依赖，用 go mod tidy 保持 go.mod 整洁。',
    href: 'https://go.dev/doc/modules/managing-dependencies',
  },
  {
    id: 'engineering.junior.table-tests',
    dimension: 'engineering',
    level: 'junior',
    en: 'Writes table-driven tests with t.Run subtests and reads go test -cover output.',
    'zh-cn': '能用 t.Run 子测试写表驱动测试，并看懂 go test -cover 的输出。',
    href: 'https://pkg.go.dev/testing',
  },
  {
    id: 'engineering.junior.error-values',
    dimension: 'engineering',
    level: 'junior',
    en: 'Returns errors instead of panicking, wraps them with fmt.Errorf and %w, and checks them with errors.Is and errors.As.',
    'zh-cn': '返回 error 而不是 panic，用 fmt.Errorf 加 %w 包装错误，用 errors.Is 和 errors.As 判断错误。',
    href: 'https://pkg.go.dev/errors',
  },
  {
    id: 'engineering.junior.vet-gofmt',
    dimension: 'engineering',
    level: 'junior',
    en: 'Keeps code gofmt-clean and go vet-clean before asking for review.',
    'zh-cn': '提交 review 之前，代码已经通过 gofmt 和 go vet。',
    href: 'https://pkg.go.dev/cmd/vet',
  },
  {
    id: 'engineering.mid.small-interfaces',
    dimension: 'engineering',
    level: 'mid',
    en: 'Defines small interfaces where they are consumed and uses them to swap in fakes for tests.',
    'zh-cn': '在使用方定义小接口，并借助它们在测试里替换成假实现。',
    href: 'https://go.dev/doc/effective_go#interfaces',
  },
  {
    id: 'engineering.mid.package-layout',
    dimension: 'engineering',
    level: 'mid',
    en: 'Splits a service into packages without import cycles and uses internal/ to hide what callers must not import.',
    'zh-cn': '能把服务拆成没有循环依赖的包，并用 internal/ 隐藏不该被外部导入的代码。',
    href: 'https://go.dev/doc/modules/layout',
  },
  {
    id: 'engineering.mid.fuzzing',
    dimension: 'engineering',
    level: 'mid',
    en: 'Adds a fuzz test (go test -fuzz) for a parser or decoder and turns each crash it finds into a regression test.',
    'zh-cn': '能为解析器或解码器加 fuzz 测试（go test -fuzz），并把发现的每个崩溃转成回归测试。',
    href: 'https://go.dev/doc/security/fuzz/',
  },
  {
    id: 'engineering.mid.ci-gates',
    dimension: 'engineering',
    level: 'mid',
    en: 'Builds a CI pipeline that runs go vet, race-enabled tests and govulncheck on every change.',
    'zh-cn': '能搭建 CI 流水线，每次改动都运行 go vet、开启 -race 的测试和 govulncheck。',
    href: 'https://go.dev/doc/security/vuln/',
  },
  {
    id: 'engineering.senior.api-compatibility',
    dimension: 'engineering',
    level: 'senior',
    en: 'Evolves a public package without breaking callers, and knows when a change needs a new major version (a /v2 module path).',
    'zh-cn': '能在不破坏调用方的前提下演进公共包，并判断什么样的改动需要发布新的主版本（/v2 模块路径）。',
    href: 'https://go.dev/doc/modules/major-version',
  },
  {
    id: 'engineering.senior.generics-judgement',
    dimension: 'engineering',
    level: 'senior',
    en: 'Uses type parameters where they remove real duplication, and explains why an interface reads better elsewhere.',
    'zh-cn': '只在能消除真实重复时才用泛型，并能说明在其他场景下为什么接口更清晰。',
    href: 'https://go.dev/doc/tutorial/generics',
  },
  {
    id: 'engineering.senior.analyzers',
    dimension: 'engineering',
    level: 'senior',
    en: 'Writes a code generator or a golang.org/x/tools/go/analysis checker that enforces a team rule automatically.',
    'zh-cn': '能写代码生成器，或基于 golang.org/x/tools/go/analysis 写检查器，让团队规则自动执行。',
    href: '/tracks/developer-tooling/',
  },
  {
    id: 'engineering.senior.review-depth',
    dimension: 'engineering',
    level: 'senior',
    en: 'Reviews for goroutine ownership, error paths and resource cleanup, not only for style.',
    'zh-cn': 'code review 关注 goroutine 归属、错误路径和资源释放，而不只是代码风格。',
    href: '/roadmap/milestones/',
  },
  {
    id: 'engineering.architect.golden-path',
    dimension: 'engineering',
    level: 'architect',
    en: "Maintains the organisation's service template (layout, CI, telemetry defaults) so a new service starts production-ready.",
    'zh-cn': '维护组织的服务模板（目录结构、CI、可观测性默认配置），让新服务一创建就具备上线条件。',
    href: '/tracks/platform-sre/',
  },
  {
    id: 'engineering.architect.dependency-policy',
    dimension: 'engineering',
    level: 'architect',
    en: 'Sets the policy for Go toolchain upgrades, vulnerability response and vetting third-party modules.',
    'zh-cn': '制定 Go 工具链升级、漏洞响应和第三方模块准入的规范。',
    href: 'https://go.dev/doc/toolchain',
  },
  {
    id: 'engineering.architect.design-docs',
    dimension: 'engineering',
    level: 'architect',
    en: 'Writes design documents the way Go proposals are written: problem, options, decision, compatibility impact.',
    'zh-cn': '按 Go proposal 的写法写设计文档：问题、备选方案、决定、兼容性影响。',
    href: 'https://github.com/golang/proposal',
  },

  // ── Production operations ───────────────────────────────────────────────────
  {
    id: 'operations.junior.structured-logs',
    dimension: 'operations',
    level: 'junior',
    en: 'Emits structured logs with log/slog, including a request id, so one request can be followed through a service.',
    'zh-cn': '用 log/slog 输出带请求 id 的结构化日志，从而能在服务内部追踪单个请求。',
    href: 'https://pkg.go.dev/log/slog',
  },
  {
    id: 'operations.junior.graceful-shutdown',
    dimension: 'operations',
    level: 'junior',
    en: 'Adds a health endpoint and graceful shutdown (http.Server.Shutdown on SIGTERM) to a service.',
    'zh-cn': '能给服务加上健康检查接口和优雅退出（收到 SIGTERM 时调用 http.Server.Shutdown）。',
    href: 'https://pkg.go.dev/net/http#Server.Shutdown',
  },
  {
    id: 'operations.junior.static-build',
    dimension: 'operations',
    level: 'junior',
    en: 'Builds a static binary with CGO_ENABLED=0 and packages it in a minimal container image.',
    'zh-cn': '能用 CGO_ENABLED=0 构建静态二进制，并打包成精简的容器镜像。',
    href: '/tracks/cloud-native/',
  },
  {
    id: 'operations.mid.metrics',
    dimension: 'operations',
    level: 'mid',
    en: 'Exposes request rate, errors and duration plus Go runtime metrics (runtime/metrics), and builds a dashboard from them.',
    'zh-cn': '能暴露请求速率、错误数、耗时以及 Go 运行时指标（runtime/metrics），并据此搭建监控面板。',
    href: '/tracks/observability-ebpf/',
  },
  {
    id: 'operations.mid.tracing',
    dimension: 'operations',
    level: 'mid',
    en: 'Instruments HTTP and gRPC paths with the OpenTelemetry Go SDK and follows one request across services.',
    'zh-cn': '能用 OpenTelemetry Go SDK 给 HTTP 和 gRPC 链路埋点，并跨服务追踪同一个请求。',
    href: 'https://opentelemetry.io/docs/languages/go/',
  },
  {
    id: 'operations.mid.live-profiling',
    dimension: 'operations',
    level: 'mid',
    en: 'Exposes net/http/pprof on an internal-only port and pulls a profile from a running pod.',
    'zh-cn': '只在内部端口暴露 net/http/pprof，并能从运行中的 Pod 拉取 profile。',
    href: '/runtime/diagnostics/',
  },
  {
    id: 'operations.mid.timeouts',
    dimension: 'operations',
    level: 'mid',
    en: 'Sets server timeouts (ReadHeaderTimeout and friends) and client deadlines through context, and can explain each one.',
    'zh-cn': '能设置服务端超时（ReadHeaderTimeout 等）和通过 context 传递的客户端截止时间，并解释每一个的作用。',
    href: 'https://pkg.go.dev/net/http#Server',
  },
  {
    id: 'operations.senior.slo-alerting',
    dimension: 'operations',
    level: 'senior',
    en: 'Defines SLOs and alerts on error-budget burn rather than on every CPU spike.',
    'zh-cn': '能定义 SLO，并按错误预算消耗速度告警，而不是每次 CPU 飙高都告警。',
    href: '/tracks/platform-sre/',
  },
  {
    id: 'operations.senior.incident-lead',
    dimension: 'operations',
    level: 'senior',
    en: 'Leads an incident: forms hypotheses from traces, profiles and metrics, mitigates first, then writes a blameless review.',
    'zh-cn': '能主导故障处理：依据 trace、profile 和指标提出假设，先止损，再写不追责的复盘。',
    href: '/tracks/platform-sre/',
  },
  {
    id: 'operations.senior.flight-recorder',
    dimension: 'operations',
    level: 'senior',
    en: 'Keeps a runtime/trace FlightRecorder (Go 1.25) running and snapshots the last seconds of trace when a latency spike fires.',
    'zh-cn': '让 runtime/trace 的 FlightRecorder（Go 1.25）常驻运行，在延迟毛刺出现时保存最近几秒的 trace。',
    href: 'https://pkg.go.dev/runtime/trace#FlightRecorder',
  },
  {
    id: 'operations.senior.container-tuning',
    dimension: 'operations',
    level: 'senior',
    en: 'Sets GOMAXPROCS and GOMEMLIMIT deliberately for containers and checks the values the runtime actually chose.',
    'zh-cn': '为容器有意识地设置 GOMAXPROCS 和 GOMEMLIMIT，并核对运行时实际采用的值。',
    href: '/runtime/scheduler/',
  },
  {
    id: 'operations.architect.failure-modes',
    dimension: 'operations',
    level: 'architect',
    en: 'Keeps a catalogue of failure modes for each critical system and runs regular fault-injection exercises against it.',
    'zh-cn': '为每个关键系统维护故障模式清单，并定期据此做故障注入演练。',
    href: '/roadmap/architect/',
  },
  {
    id: 'operations.architect.telemetry-standard',
    dimension: 'operations',
    level: 'architect',
    en: "Sets the organisation's telemetry conventions (context propagation, semantic conventions, sampling) so every team's data joins up.",
    'zh-cn': '制定组织级的遥测规范（上下文传播、语义约定、采样策略），让各团队的数据能拼成完整链路。',
    href: 'https://opentelemetry.io/docs/concepts/semantic-conventions/',
  },
  {
    id: 'operations.architect.capacity-model',
    dimension: 'operations',
    level: 'architect',
    en: 'Builds a capacity model from load tests and production profiles and revisits it after every major change.',
    'zh-cn': '基于压测和线上 profile 建立容量模型，并在每次重大变更后重新校验。',
    href: '/tracks/backend-services/',
  },

  // ── Architecture & design ───────────────────────────────────────────────────
  {
    id: 'architecture.junior.request-path',
    dimension: 'architecture',
    level: 'junior',
    en: "Draws the request path of the service they work on: handler, dependencies, datastore, and where each can fail.",
    'zh-cn': '能画出自己服务的请求路径：handler、依赖、存储，以及每一环可能失败的地方。',
    href: '/tracks/backend-services/',
  },
  {
    id: 'architecture.junior.http-service',
    dimension: 'architecture',
    level: 'junior',
    en: 'Builds a small HTTP/JSON service with net/http, input validation and tests.',
    'zh-cn': '能用 net/http 写一个带输入校验和测试的小型 HTTP/JSON 服务。',
    href: 'https://pkg.go.dev/net/http',
  },
  {
    id: 'architecture.junior.explicit-dependencies',
    dimension: 'architecture',
    level: 'junior',
    en: 'Passes dependencies explicitly through constructors instead of using package globals or init() side effects.',
    'zh-cn': '通过构造函数显式传入依赖，而不是依赖包级全局变量或 init() 的副作用。',
    href: 'https://go.dev/doc/effective_go',
  },
  {
    id: 'architecture.mid.protocol-reading',
    dimension: 'architecture',
    level: 'mid',
    en: 'Reads the protocol under a client library (HTTP/2 frames, gRPC status codes, a database wire protocol) when its behaviour surprises them.',
    'zh-cn': '当客户端库的行为出乎意料时，会去看它下面的协议（HTTP/2 帧、gRPC 状态码、数据库通信协议）。',
    href: '/roadmap/milestones/',
  },
  {
    id: 'architecture.mid.idempotent-retries',
    dimension: 'architecture',
    level: 'mid',
    en: 'Designs retries with backoff, deadlines and idempotency keys, so a retried request cannot apply twice.',
    'zh-cn': '设计带退避、截止时间和幂等键的重试，保证重试的请求不会被执行两次。',
    href: '/tracks/backend-services/',
  },
  {
    id: 'architecture.mid.consistency-choice',
    dimension: 'architecture',
    level: 'mid',
    en: 'Chooses between a local transaction, an outbox and a saga for a multi-step workflow, and writes down why.',
    'zh-cn': '面对多步骤业务流程，能在本地事务、outbox 和 Saga 之间做选择，并写下理由。',
    href: '/tracks/backend-services/',
  },
  {
    id: 'architecture.mid.reconciler',
    dimension: 'architecture',
    level: 'mid',
    en: 'Writes a Kubernetes controller that reconciles towards desired state and is safe to run again on the same input.',
    'zh-cn': '能写一个向期望状态收敛、对同一输入重复执行也安全的 Kubernetes 控制器。',
    href: '/tracks/cloud-native/',
  },
  {
    id: 'architecture.senior.boundaries',
    dimension: 'architecture',
    level: 'senior',
    en: 'Draws service and module boundaries from the domain and team ownership, and can state what each boundary costs.',
    'zh-cn': '依据业务领域和团队归属划分服务与模块边界，并能说出每条边界的代价。',
    href: '/roadmap/architect/',
  },
  {
    id: 'architecture.senior.etcd-semantics',
    dimension: 'architecture',
    level: 'senior',
    en: 'Explains what etcd guarantees to a watcher (revisions, compaction, watch restarts) and designs a controller that survives missed events.',
    'zh-cn': '能讲清 etcd 对 watch 方的保证（revision、压缩、watch 重建），并设计出丢事件也不出错的控制器。',
    href: 'https://etcd.io/docs/',
  },
  {
    id: 'architecture.senior.decision-records',
    dimension: 'architecture',
    level: 'senior',
    en: 'Records significant decisions as short decision records with the options considered and the consequences.',
    'zh-cn': '把重要决策写成简短的决策记录（ADR），包含考虑过的方案和后果。',
    href: '/roadmap/architect/',
  },
  {
    id: 'architecture.senior.resilience-layer',
    dimension: 'architecture',
    level: 'senior',
    en: 'Puts timeouts, circuit breaking, bulkheads and rate limits at the right layer: in code, in the mesh or at the gateway.',
    'zh-cn': '把超时、熔断、舱壁隔离和限流放在合适的层次：代码里、服务网格里，还是网关上。',
    href: '/tracks/backend-services/',
  },
  {
    id: 'architecture.architect.technical-direction',
    dimension: 'architecture',
    level: 'architect',
    en: 'Writes a technical direction for the coming quarters that also names what the organisation will stop doing.',
    'zh-cn': '写出未来几个季度的技术方向，并明确组织将停止做哪些事情。',
    href: '/roadmap/architect/',
  },
  {
    id: 'architecture.architect.explicit-tradeoffs',
    dimension: 'architecture',
    level: 'architect',
    en: 'Weighs cost, reliability, security and delivery speed across teams and puts the trade-off in writing.',
    'zh-cn': '跨团队权衡成本、可靠性、安全和交付速度，并把取舍写成文字。',
    href: '/roadmap/architect/',
  },
  {
    id: 'architecture.architect.policy-as-code',
    dimension: 'architecture',
    level: 'architect',
    en: 'Turns architectural rules into automated checks (analyzers, OPA/Gatekeeper policies, CI gates) instead of review comments.',
    'zh-cn': '把架构规则变成自动化检查（静态分析器、OPA/Gatekeeper 策略、CI 门禁），而不是靠 review 评论。',
    href: 'https://www.openpolicyagent.org/docs/',
  },
  {
    id: 'architecture.architect.build-or-adopt',
    dimension: 'architecture',
    level: 'architect',
    en: 'Decides whether to build or adopt infrastructure (queues, storage, gateways), with an exit plan for each choice.',
    'zh-cn': '决定基础设施（队列、存储、网关）是自研还是采用现成方案，并为每个选择准备退出方案。',
    href: '/tracks/middleware-databases/',
  },

  // ── Influence & leadership ──────────────────────────────────────────────────
  {
    id: 'influence.junior.good-questions',
    dimension: 'influence',
    level: 'junior',
    en: 'Asks for help with a minimal reproduction (a Go Playground link where possible), the command run and the output seen.',
    'zh-cn': '求助时附上最小复现（尽量给 Go Playground 链接）、执行的命令和看到的输出。',
    href: 'https://go.dev/play/',
  },
  {
    id: 'influence.junior.acts-on-review',
    dimension: 'influence',
    level: 'junior',
    en: 'Answers each review comment with a code change or a stated trade-off, and does not repeat the same issue in the next change.',
    'zh-cn': '对每条 review 意见，要么改代码，要么说明取舍，并且下一次改动不再犯同样的问题。',
    href: '/roadmap/self-assessment/',
  },
  {
    id: 'influence.junior.explains-why',
    dimension: 'influence',
    level: 'junior',
    en: 'Writes commit messages and change descriptions that explain why, not only what.',
    'zh-cn': '提交信息和变更描述写清楚“为什么”，而不只是“改了什么”。',
    href: 'https://go.dev/doc/contribute#commit_messages',
  },
  {
    id: 'influence.mid.onboarding',
    dimension: 'influence',
    level: 'mid',
    en: 'Onboards a new teammate and pairs with them on their first production change.',
    'zh-cn': '能带新同事上手，并和他结对完成第一次上线改动。',
    href: '/roadmap/from-your-background/',
  },
  {
    id: 'influence.mid.runbooks',
    dimension: 'influence',
    level: 'mid',
    en: 'Writes runbooks that someone else has used successfully during an incident.',
    'zh-cn': '写的运维手册曾被别人在故障中成功使用。',
    href: '/tracks/platform-sre/',
  },
  {
    id: 'influence.mid.upstream-report',
    dimension: 'influence',
    level: 'mid',
    en: 'Files an upstream issue with a reproducer or failing test, or sends a small fix, to an open-source dependency.',
    'zh-cn': '向开源依赖提交附带复现步骤或失败用例的 issue，或提交小的修复。',
    href: 'https://go.dev/doc/contribute',
  },
  {
    id: 'influence.senior.design-review',
    dimension: 'influence',
    level: 'senior',
    en: 'Runs design reviews that end with a decision, an owner and a date.',
    'zh-cn': '主持的设计评审最后都有结论、负责人和时间点。',
    href: '/roadmap/architect/',
  },
  {
    id: 'influence.senior.default-path',
    dimension: 'influence',
    level: 'senior',
    en: "Raises a team's practice (profiling, tracing, race-enabled CI) by putting it on the default path instead of asking people to remember it.",
    'zh-cn': '通过把实践（profiling、链路追踪、开启 -race 的 CI）放进默认流程来提升团队水平，而不是靠大家记得去做。',
    href: '/roadmap/milestones/',
  },
  {
    id: 'influence.senior.teaches-internals',
    dimension: 'influence',
    level: 'senior',
    en: "Teaches the team runtime internals with the simulators, including where the simplified model differs from the real runtime.",
    'zh-cn': '用模拟器给团队讲运行时原理，并讲清简化模型与真实运行时的差别。',
    href: '/simulators/',
  },
  {
    id: 'influence.senior.open-source',
    dimension: 'influence',
    level: 'senior',
    en: 'Contributes regularly to, or maintains, an open-source Go project the team depends on.',
    'zh-cn': '长期为团队依赖的某个 Go 开源项目做贡献，或担任维护者。',
    href: 'https://go.dev/doc/contribute',
  },
  {
    id: 'influence.architect.grows-seniors',
    dimension: 'influence',
    level: 'architect',
    en: 'Grows other engineers into senior and architect roles, and can name the people they have sponsored.',
    'zh-cn': '把其他工程师培养成高级工程师或架构师，并能说出自己举荐过的人。',
    href: '/roadmap/architect/',
  },
  {
    id: 'influence.architect.cross-team-adoption',
    dimension: 'influence',
    level: 'architect',
    en: 'Gets several teams to adopt a shared standard by showing evidence and making the standard the easiest path.',
    'zh-cn': '用数据说话，并把规范做成最省事的选择，从而让多个团队采纳同一套规范。',
    href: '/roadmap/architect/',
  },
  {
    id: 'influence.architect.business-translation',
    dimension: 'influence',
    level: 'architect',
    en: 'Explains a technical risk or investment to non-engineering leaders in terms of cost, risk and time.',
    'zh-cn': '能用成本、风险和时间，向非技术管理者解释一项技术风险或技术投入。',
    href: '/roadmap/architect/',
  },
  {
    id: 'influence.architect.community',
    dimension: 'influence',
    level: 'architect',
    en: 'Represents the organisation in the Go or cloud-native community through proposals, talks or maintained projects.',
    'zh-cn': '通过提案、演讲或维护的项目，在 Go 或云原生社区中代表所在组织。',
    href: 'https://github.com/golang/proposal',
  },
];

/** The internal page in the requested locale; external links are returned unchanged. */
export function localizedHref(href: Href, locale: Locale): string {
  if (locale === 'en' || !href.startsWith('/')) return href;
  return `/zh-cn${href}`;
}

/** Capabilities of one cell (dimension × level), in matrix order. */
export function capabilitiesIn(dimension: DimensionId, level: LevelId): Capability[] {
  return capabilities.filter((c) => c.dimension === dimension && c.level === level);
}
