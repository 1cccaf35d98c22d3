// "GC guide mode": the simplified model behind the interactive graphs of the Go GC guide
// (go.dev/doc/gc-guide; golang/website _content/doc/gc-guide.js, function gcModel), re-implemented
// so its numbers can be shown next to the runtime model. Units are the guide's: MiB and CPU-seconds.
// Floating-point operations are done in the guide's order so the results match it exactly.
// Not modelled: the guide's per-cycle "live heap from GC n" view (trackLive) and its fixedWindow
// option — none of its five graphs uses them.

export type GuidePhase = {
  /** CPU-seconds of mutator work. */
  duration: number;
  /** MiB allocated per CPU-second. */
  allocRate: number;
  /** MiB the GC scans per CPU-second. */
  scanRate: number;
  /** Share of this phase's allocation that stays live. */
  newSurvivalRate: number;
  /** Share of the live heap at the phase start that dies during the phase. */
  oldDeathRate: number;
};

export type GuideInputs = {
  workload: readonly GuidePhase[];
  /** GOGC, or 'off' (the guide's slider: round(2^x), off from 1024). */
  gogc: number | 'off';
  /** MiB; the guide uses 100000 for "no limit". */
  memoryLimit: number;
  /** MiB of non-heap memory. */
  otherMem: number;
  /** CPU-seconds each GC costs on top of scanning the live heap. */
  fixedCost: number;
  /** MiB live at the start (default 0). */
  initialLive?: number;
};

export type GuidePoint = { t: number; otherMem: number; live: number; newHeap: number; total: number };

export type GuideResult = {
  points: GuidePoint[];
  /** CPU-seconds including GC time, and of mutator work alone. */
  totalSeconds: number;
  mutatorSeconds: number;
  /** (total − mutator) / total, as the guide prints "GC CPU = …%". */
  gcCpuPercent: number;
  /** Largest stacked total (other + live + new), the guide's "Peak Mem". */
  peakMiB: number;
  peakLiveMiB: number;
  gcCount: number;
};

/** The guide's GOGC slider: round(2^x), and 1024 or more means off. */
export function guideGogc(x: number): number | 'off' {
  const v = Math.round(Math.pow(2, x));
  return v >= 1024 ? 'off' : v;
}

/** The guide's minimum total heap, 4 MiB, not scaled by GOGC. */
const MIN_HEAP_GOAL = 4;
/** The guide keeps the goal at least 1/16 MiB above the live heap. */
const MIN_ABOVE_LIVE = 0.0625;

export function guideModel(inputs: GuideInputs): GuideResult {
  const gogc = inputs.gogc === 'off' ? Infinity : inputs.gogc;
  const { memoryLimit, otherMem, fixedCost } = inputs;
  const initialLive = inputs.initialLive ?? 0;

  // The guide's heap goal: live × (1 + GOGC/100), pulled down to the memory limit (minus other
  // memory), then raised to the 4 MiB minimum and to just above the live heap.
  const goalFor = (live: number): number => {
    let goal = gogc === Infinity ? Infinity : live * (1.0 + gogc / 100);
    if (goal + otherMem > memoryLimit) goal = memoryLimit - otherMem;
    if (gogc !== Infinity && goal < MIN_HEAP_GOAL) goal = MIN_HEAP_GOAL;
    if (goal < live + MIN_ABOVE_LIVE) goal = live + MIN_ABOVE_LIVE;
    return goal;
  };

  let t = 0;
  let live = initialLive;
  let fresh = 0;
  let liveDelta = 0; // change of the live heap not yet seen by a GC
  let mutator = 0;
  let gcCount = 0;
  // Before any GC, the guide pretends a live heap that gives the 4 MiB minimum.
  let goal = initialLive !== 0 ? goalFor(initialLive) : goalFor(MIN_HEAP_GOAL / (1 + gogc / 100));
  const points: GuidePoint[] = [];
  const snap = () => points.push({ t, otherMem, live, newHeap: fresh, total: otherMem + live + fresh });

  snap();
  for (const ph of inputs.workload) {
    let left = ph.duration;
    const liveAtStart = live + liveDelta;
    const survives = ph.duration * ph.allocRate * ph.newSurvivalRate;
    const dies = liveAtStart * ph.oldDeathRate;
    while (left > 0) {
      let alloc = left * ph.allocRate;
      let gc = false;
      if (live + fresh + alloc > goal) {
        alloc = goal - live - fresh;
        gc = true;
      }
      fresh += alloc;
      const spent = alloc / ph.allocRate;
      left -= spent;
      t += spent;
      mutator += spent;
      liveDelta += (survives - dies) * (spent / ph.duration);
      if (gc) {
        snap();
        // The world stops: the new heap dies, the live heap absorbs this cycle's change, and the
        // GC takes live/scanRate + fixedCost seconds.
        live += liveDelta;
        liveDelta = 0;
        fresh = 0;
        t += live / ph.scanRate + fixedCost;
        gcCount++;
        snap();
        goal = goalFor(live);
      }
    }
    snap();
  }
  const totalSeconds = points.reduce((m, p) => Math.max(m, p.t), -Infinity);
  return {
    points,
    totalSeconds,
    mutatorSeconds: mutator,
    gcCpuPercent: ((totalSeconds - mutator) / totalSeconds) * 100,
    peakMiB: points.reduce((m, p) => Math.max(m, p.total), -Infinity),
    peakLiveMiB: points.reduce((m, p) => Math.max(m, p.live), -Infinity),
    gcCount,
  };
}
