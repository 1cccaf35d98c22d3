// Runtime constants the pacer model uses, with where they come from. Values checked in:
//   mgcpacer.go, mgc.go, mgcmark.go — a Go 1.26-development copy (the same code paths as the
//     release; read as wow-look-at-my/gosmopolitan@2c385994, whose only edits are wasm-only);
//     memoryLimitHeapGoal's 3 % / 1 MiB headroom also in go1.21.0; go1.19.8 (local) for 1.19.
//   mgclimit.go — achille-roussel/go@1fc23992 (Go 1.23+, internal/runtime/atomic).
//   proc.go — go1.19.8 (forcegcperiod), unchanged since.
export const MiB = 1 << 20;

/** gcBackgroundUtilization = gcGoalUtilization = 0.25 (mgcpacer.go). */
export const gcBackgroundUtilization = 0.25;
export const gcGoalUtilization = gcBackgroundUtilization;
/** defaultHeapMinimum = 4 << 20 without the HeapMinimum512KiB experiment (mgcpacer.go). */
export const defaultHeapMinimum = 4 << 20;
/** memoryLimitHeapGoalHeadroomPercent = 3 (mgcpacer.go, Go 1.21+; go.dev/issue/57069). */
export const memoryLimitHeapGoalHeadroomPercent = 3;
/** memoryLimitMinHeapGoalHeadroom = 1 << 20 (Go 1.21+); Go 1.19–1.20 used a fixed memoryLimitHeapGoalHeadroom = 1 << 20. */
export const memoryLimitMinHeapGoalHeadroom = 1 << 20;
/** trigger bounds: triggerRatioDen = 64, minTriggerRatioNum = 45 (~0.7), maxTriggerRatioNum = 61 (~0.95). */
export const triggerRatioDen = 64;
export const minTriggerRatioNum = 45;
export const maxTriggerRatioNum = 61;
/** heapGoalInternal: `const minRunway = 64 << 10` above the point the cycle triggered. */
export const minRunway = 64 << 10;
/** sweepMinHeapDistance = 1024 * 1024 (mgc.go), used by commit when the sweep is not done. */
export const sweepMinHeapDistance = 1024 * 1024;
/** revise(): `const maxOvershoot = 1.1` once the heap is past even the extrapolated goal. */
export const maxOvershoot = 1.1;
/** revise(): scanWorkRemaining never below 1000. */
export const minScanWorkRemaining = 1000;
/** gcOverAssistWork = 64 << 10 (mgcpacer.go); the fluid model does not need it (see SIMPLIFICATIONS). */
export const gcOverAssistWork = 64 << 10;
/** revise(): with GOGC=off a forced cycle paces as if GOGC were 100000. */
export const gcPercentWhenOff = 100000;
/** mgclimit.go: capacityPerProc = 1e9 (1 s), gcCPULimiterUpdatePeriod = 10e6 (10 ms). */
export const capacityPerProc = 1e9;
export const gcCPULimiterUpdatePeriod = 10e6;
/** proc.go: forcegcperiod = 2 * 60 * 1e9 — sysmon forces a GC after 2 minutes without one (not with GOGC=off). */
export const forcegcperiod = 2 * 60 * 1e9;
/** endCycle keeps the last 4 measured cons/mark values and uses the maximum. */
export const lastConsMarkLen = 4;
/** math.MaxInt64: what GOMEMLIMIT=off stores (readGOMEMLIMIT). */
export const MaxInt64 = 9223372036854775807n;

// Model constants (ours, not the runtime's): the two stop-the-world pauses of a cycle.
// go1.19.8 on 2 CPUs printed 0.058 and 0.019 ms for them (runtime-facts.md §2.7).
/** Wall time of the sweep-termination pause (gcStart → tMark). */
export const STW_SWEEP_TERM_NS = 50_000;
/** Wall time of the mark-termination pause (tMarkTerm → tEnd). */
export const STW_MARK_TERM_NS = 30_000;
/** Default mark speed: bytes of heap, stack or globals scanned per GC CPU-second (the GC guide uses 1024 MiB/s). */
export const DEFAULT_SCAN_RATE = 1024 * MiB;
