// Schedules written as moves rather than indices: scheduleFor(config, ['gcStart', 'g:0', …])
// replays the moves from init and returns the index of each in enabledMoves at its turn —
// the form config.schedule and explore use. Scenarios use it to stage a race move by move.
import { init } from './init.ts';
import { enabledMoves, moveId } from './moves.ts';
import { applyMove } from './step.ts';
import type { GcConfig } from './types.ts';

export function scheduleFor(config: GcConfig, moves: readonly string[]): number[] {
  const { schedule: _ignored, ...rest } = config;
  let s = init(rest, 0);
  const out: number[] = [];
  for (const id of moves) {
    const list = enabledMoves(s);
    const k = list.findIndex((m) => moveId(m) === id);
    if (k < 0) throw new Error(`gc: move ${id} is not enabled after ${out.length} moves (enabled: ${list.map(moveId).join(' ')})`);
    out.push(k);
    s = applyMove(s, list[k]!);
  }
  return out;
}

/** The moves a schedule stands for (the inverse of scheduleFor), e.g. to label a found race. */
export function movesOf(config: GcConfig, schedule: readonly number[]): string[] {
  const { schedule: _ignored, ...rest } = config;
  let s = init(rest, 0);
  const out: string[] = [];
  for (const k of schedule) {
    const list = enabledMoves(s);
    if (list.length === 0) break;
    const m = list[k % list.length]!;
    out.push(moveId(m));
    s = applyMove(s, m);
  }
  return out;
}
