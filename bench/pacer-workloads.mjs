// The GC pacer's presets stretched to ten minutes of program time (the engine and frame benches).
import { WORKLOADS } from '../simulators/pacer/index.ts';

export function tenMinutes(id) {
  const phases = WORKLOADS[id];
  const last = phases[phases.length - 1];
  const before = phases.slice(0, -1).reduce((a, p) => a + p.duration, 0);
  return [...phases.slice(0, -1), { ...last, duration: 600 - before }];
}
