// The key of a run (config, seed, actions) for the analysis cache, on its own so the page's chunk
// does not carry the analysis code (that runs in the worker).
import { settings, type SpscAction, type SpscConfig } from '../../../simulators/spsc/index.ts';
import type { TimedAction } from '../../../simulators/core/types.ts';

const valuesKey = new WeakMap<readonly number[], string>();

/** Key of a run for caches: same key, same analysis. (Called on every frame: the values' digest is remembered.) */
export function runKey(run: { config: SpscConfig; seed: number; actions: readonly TimedAction<SpscAction>[] }): string {
  const c = settings(run.config);
  let values = valuesKey.get(c.producer);
  if (values === undefined) {
    values = c.producer.length <= 64 ? c.producer.join(',') : `${c.producer.length}:${c.producer.reduce((a, x, i) => (a * 31 + x + i) % 1_000_000_007, 7)}`;
    valuesKey.set(c.producer, values);
  }
  return JSON.stringify([c.capacity, c.scheme, c.publish, c.cachedIndices, c.padding, c.indexBits, c.startIndex, c.pops, c.schedule, values, run.seed, run.actions]);
}
