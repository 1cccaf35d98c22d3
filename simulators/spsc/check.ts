// The ring's invariants. The three rules of the issue are recorded as the step that breaks them
// runs (the ghost generation of each slot tells a stale read from a correct one precisely);
// check also re-derives FIFO from `received` and checks the indices' own bounds.
import type { Violation } from '../core/types.ts';
import { usable, used } from './indices.ts';
import type { Fault, SpscState } from './types.ts';

function message(f: Fault): string {
  switch (f.rule) {
    case 'stale-read':
      return f.got < 0
        ? `the consumer read slot ${f.slot} before the producer wrote it (expected push #${f.want}, the slot was never written)`
        : `the consumer read slot ${f.slot} before the producer wrote it for this lap (expected push #${f.want}, found push #${f.got})`;
    case 'overwrite':
      return `the producer overwrote slot ${f.slot}, holding push #${f.lost} (${String(f.value)}), which was never read`;
    case 'fifo':
      return `pop #${f.index} returned ${f.got}, but the producer pushed ${String(f.want)} at that position`;
  }
}

export function check(s: SpscState): Violation[] {
  const out: Violation[] = [];
  for (const rule of ['stale-read', 'overwrite', 'fifo'] as const) {
    const f = s.faults.find((x) => x.rule === rule);
    if (f) out.push({ rule, message: message(f) });
  }
  if (!s.faults.some((f) => f.rule === 'fifo')) {
    const from = s.receivedCount - s.received.length;
    for (let i = 0; i < s.received.length; i++) {
      if (s.received[i] !== s.config.producer[from + i]) {
        out.push({ rule: 'fifo', message: `received[${i}] (pop #${from + i}) is ${s.received[i]}, not ${String(s.config.producer[from + i])}` });
        break;
      }
    }
  }
  const n = used(s.config, s.tail, s.head);
  if (n > usable(s.config)) out.push({ rule: 'index-bounds', message: `tail - head = ${n}, more than the ${usable(s.config)} values the ring can hold` });
  return out;
}
