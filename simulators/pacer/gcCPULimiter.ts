// gcCPULimiterState (mgclimit.go): a leaky bucket of GOMAXPROCS × 1 s that fills with GC CPU
// time and drains with mutator time. It limits (assists are skipped) while the bucket is full.
// There is no explicit 50 % threshold in the code: because fill and drain are unweighted, a full
// bucket stays full only while GC time ≥ mutator time, i.e. GC CPU ≥ 50 %.
import { capacityPerProc } from './constants.ts';

export type LimiterBucket = { fill: number; capacity: number; enabled: boolean; overflow: number };

export function newLimiter(procs: number): LimiterBucket {
  return { fill: 0, capacity: procs * capacityPerProc, enabled: false, overflow: 0 };
}

/**
 * accumulate(mutatorTime, gcTime), exactly:
 *   headroom := capacity - fill; enabled := headroom == 0; change := gcTime - mutatorTime
 *   if change > 0 && headroom <= change { overflow += change-headroom; fill = capacity; enabled = true; return }
 *   if change < 0 && fill <= -change { fill = 0 } else { fill -= -change }
 *   if change != 0 && enabled { enabled = false }
 */
export function accumulate(b: LimiterBucket, mutatorTime: number, gcTime: number): LimiterBucket {
  const headroom = b.capacity - b.fill;
  const wasFull = headroom === 0;
  const change = gcTime - mutatorTime;
  if (change > 0 && headroom <= change) {
    return { fill: b.capacity, capacity: b.capacity, enabled: true, overflow: b.overflow + (change - headroom) };
  }
  const fill = change < 0 && b.fill <= -change ? 0 : b.fill + change;
  // `enabled` is the stored flag; Go clears it on any change once the bucket had been full.
  const enabled = change !== 0 && wasFull ? false : b.enabled;
  return { fill, capacity: b.capacity, enabled, overflow: b.overflow };
}

/**
 * updateLocked's split of a window of `windowNs` wall time: total = window × procs; while the GC
 * is enabled, GC time = assist time + total × 0.25 (background utilisation is assumed, not
 * measured); mutator time = total − GC time (idle time is subtracted from the total; this model
 * has none).
 */
export function limiterWindow(windowNs: number, procs: number, gcEnabled: boolean, assistNs: number): { mutator: number; gc: number } {
  const total = windowNs * procs;
  const gc = assistNs + (gcEnabled ? total * 0.25 : 0);
  return { mutator: total - gc, gc };
}

/** resetCapacity (on GOMAXPROCS change): capacity = procs × 1 s; a bucket over capacity is clipped and limiting. */
export function resetCapacity(b: LimiterBucket, procs: number): LimiterBucket {
  const capacity = procs * capacityPerProc;
  if (b.fill > capacity) return { fill: capacity, capacity, enabled: true, overflow: b.overflow };
  if (b.fill < capacity) return { fill: b.fill, capacity, enabled: false, overflow: b.overflow };
  return { ...b, capacity };
}
