// Read-outs for the view: the Go line each side is at, and each cache line's per-core state.
import { MESI_NAMES, stateOf, type Mesi } from './coherence.ts';
import { layout, type LineInfo } from './layout.ts';
import { ringSource } from './source.ts';
import type { Side, SpscState } from './types.ts';

/** Line (1-based) of ringSource(state.config).text the side will execute next; null once it has returned for good. */
export function currentLine(s: SpscState, side: Side): number | null {
  const pc = s[side].pc;
  if (pc === 'done') return null;
  const lines = ringSource(s.config).lines[side] as Record<string, number>;
  return lines[pc] ?? null;
}

export type LineState = LineInfo & { producer: Mesi; consumer: Mesi };

/** Every modelled cache line with the state of its copy in each core (I, S, E, M). */
export function lineStates(s: SpscState): LineState[] {
  return layout(s.config).lines.map((l) => {
    const packed = s.cache[l.id] ?? 0;
    return { ...l, producer: MESI_NAMES[stateOf(packed, 0)]!, consumer: MESI_NAMES[stateOf(packed, 1)]! };
  });
}
