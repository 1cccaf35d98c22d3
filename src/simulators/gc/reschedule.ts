// A changed setting keeps the interleaving: the schedule is an index list into the enabled moves,
// which depend on the barrier and options, so it is carried over as moves ('markroot:0', 'g:0'…)
// and translated back for the new config, up to the first move the new config does not allow.
import { applyMove, enabledMoves, init, moveId, movesOf } from '../../../simulators/gc/index.ts';
import type { GcConfig } from '../../../simulators/gc/types.ts';

export function carrySchedule(from: GcConfig, to: GcConfig): number[] {
  const moves = movesOf(from, from.schedule ?? []);
  const { schedule: _drop, ...rest } = to;
  let s = init(rest, 0);
  const out: number[] = [];
  for (const id of moves) {
    const list = enabledMoves(s);
    const k = list.findIndex((m) => moveId(m) === id);
    if (k < 0) break;
    out.push(k);
    s = applyMove(s, list[k]!);
  }
  return out;
}

/** `c` with `change` applied and its schedule carried over. */
export function withSetting(c: GcConfig, change: Partial<GcConfig>): GcConfig {
  const next: GcConfig = { ...c, ...change };
  return { ...next, schedule: carrySchedule(c, next) };
}
