// The scrubber knows the run's length: a second, private timeline runs ahead to the end in
// small slices, so the page stays responsive even for 100,000-step scenarios. While the run plays,
// only in idle time (requestIdleCallback): the frames come first. Otherwise a slice after each
// task, so the scrubber soon reaches every step.
import { createTimeline } from '../../../simulators/core/timeline.ts';
import type { Engine, TimedAction } from '../../../simulators/core/types.ts';

const SLICE_MS = 8;

export type LengthProbe = { cancel(): void };

/**
 * Calls `progress(n, done)` as the run's length becomes known: `n` positions so far, `done` when
 * the run ends (or hits the timeline's cap).
 */
export function measureLength<C, S, A>(
  engine: Engine<C, S, A>,
  config: C,
  seed: number,
  actions: readonly TimedAction<A>[],
  progress: (n: number, done: boolean) => void,
  playing: () => boolean = () => false,
): LengthProbe {
  // Few checkpoints and no cache: this timeline is only walked forward, once.
  const tl = createTimeline(engine, config, seed, actions, { checkpointEvery: 1 << 20, maxCheckpoints: 2, cacheSize: 1 });
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  // While playing: idle time when the browser has it, at least one slice a second when it never does.
  const next = () => {
    if (playing() && typeof requestIdleCallback === 'function') idle = requestIdleCallback(slice, { timeout: 1000 });
    else timer = setTimeout(slice, 0);
  };
  const slice = (deadline?: IdleDeadline) => {
    if (cancelled) return;
    // An idle period's own length; a short slice when forced by the timeout (no idle time while a
    // run plays), so it costs one frame little.
    const room = !deadline ? SLICE_MS : deadline.didTimeout ? SLICE_MS / 2 : Math.max(1, deadline.timeRemaining());
    const until = performance.now() + Math.min(SLICE_MS, room);
    let moved = true;
    try {
      while (moved && performance.now() < until) for (let i = 0; i < 64 && (moved = tl.forward()); i++);
    } catch {
      moved = false; // the main timeline will show the engine's error; the length stays open
      progress(tl.position, false);
      return;
    }
    if (!moved) progress(tl.knownEnd ?? tl.position, true);
    else {
      progress(tl.position, false);
      next();
    }
  };
  next();
  return {
    cancel() {
      cancelled = true;
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    },
  };
}
