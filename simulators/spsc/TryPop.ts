// The consumer's steps: (*Ring[T]).TryPop of ring.go, one atomic step per call of `popStep`.
import { addFault, atomicSrc, emit, ringSrc, setUnread, touch, wSlots, type Ctx } from './ctx.ts';
import { next, slotOf, used } from './indices.ts';
import type { ConsumerState } from './types.ts';

const SIDE = 'consumer';

/**
 * state.received keeps every popped value up to this many, then only the latest this many
 * (receivedCount has the total). A 100,000-value stream would otherwise copy an ever longer
 * array on every pop (states are immutable), making a run quadratic. check() still sees every
 * value: each pop is compared with the producer's list as it happens (the 'fifo' fault).
 */
export const RECEIVED_WINDOW = 1024;

function wC(c: Ctx): ConsumerState {
  if (c.s.consumer === c.base.consumer) c.s.consumer = { ...c.s.consumer };
  return c.s.consumer;
}

function spin(c: Ctx): void {
  const k = wC(c);
  k.spins++;
  k.retries++;
  k.h = 0;
  k.pc = 'load';
}

export function popStep(c: Ctx): void {
  const cfg = c.s.config;
  const k = wC(c);
  switch (k.pc) {
    case 'load': {
      // h := r.head.Load(): the consumer's own index.
      const h = c.s.head;
      touch(c, SIDE, 'head', false, true);
      k.h = h;
      if (!cfg.cachedIndices) {
        k.pc = 'remote';
        emit(c, 'head.Load', atomicSrc(c, 'Load'), { side: [SIDE] }, 'spsc.pop.load.own', { h });
        return;
      }
      // if h == r.cachedTail: a private field.
      touch(c, SIDE, 'cachedTail', false, false);
      const cached = c.s.cachedTail;
      if (h === cached) {
        k.pc = 'remote';
        emit(c, 'head.Load', atomicSrc(c, 'Load'), { side: [SIDE] }, 'spsc.pop.load.looksEmpty', { h });
      } else {
        k.pc = 'read';
        emit(c, 'head.Load', atomicSrc(c, 'Load'), { side: [SIDE] }, 'spsc.pop.load.ready', { h, cached, used: used(cfg, cached, h) });
      }
      return;
    }
    case 'remote': {
      // r.cachedTail = r.tail.Load() (or t := r.tail.Load()): the producer's index.
      const t = c.s.tail;
      touch(c, SIDE, 'tail', false, true);
      if (c.model) c.s.counters.remoteIndexLoads++;
      if (cfg.cachedIndices) {
        touch(c, SIDE, 'cachedTail', true, false);
        c.s.cachedTail = t;
      }
      const h = k.h;
      if (h === t) {
        spin(c);
        emit(c, 'tail.Load', atomicSrc(c, 'Load'), { side: [SIDE] }, 'spsc.pop.remote.empty', { h, t, spins: c.s.consumer.spins });
      } else {
        k.pc = 'read';
        emit(c, 'tail.Load', atomicSrc(c, 'Load'), { side: [SIDE] }, 'spsc.pop.remote.ready', { h, t, used: used(cfg, t, h) });
      }
      return;
    }
    case 'read': {
      // v := r.buf[h&r.mask]: a plain load from the slot.
      const slot = slotOf(cfg, k.h);
      touch(c, SIDE, 'hdr', false, false);
      touch(c, SIDE, 'slot', false, false, slot);
      const v = c.s.slots[slot]!;
      const seq = c.s.slotSeq[slot]!;
      const want = c.s.receivedCount;
      k.v = v;
      k.vSeq = seq;
      setUnread(c, slot, false);
      k.pc = 'clear';
      const actors = { side: [SIDE], slot: [slot] };
      if (seq !== want) {
        addFault(c, { rule: 'stale-read', slot, want, got: seq, value: v });
        emit(c, 'TryPop', ringSrc('TryPop'), actors, 'spsc.pop.read.stale', { slot, value: v ?? 0, zero: v === null ? 1 : 0, want, got: seq });
      } else {
        emit(c, 'TryPop', ringSrc('TryPop'), actors, 'spsc.pop.read', { slot, value: v ?? 0, h: k.h });
      }
      return;
    }
    case 'clear': {
      // r.buf[h&r.mask] = zero: a plain store (drops the reference for the GC).
      const slot = slotOf(cfg, k.h);
      touch(c, SIDE, 'hdr', false, false);
      touch(c, SIDE, 'slot', true, false, slot);
      wSlots(c)[slot] = null;
      // A value the producer wrote after our read is wiped out here (only possible with before-write).
      setUnread(c, slot, false);
      k.pc = 'store';
      emit(c, 'TryPop', ringSrc('TryPop'), { side: [SIDE], slot: [slot] }, 'spsc.pop.clear', { slot });
      return;
    }
    case 'store': {
      // r.head.Store(h + 1): hand the slot back; TryPop returns v, true.
      const h1 = next(cfg, k.h);
      const slot = slotOf(cfg, k.h);
      touch(c, SIDE, 'head', true, true);
      c.s.head = h1;
      const got = k.v ?? 0;
      const index = c.s.receivedCount;
      const want = cfg.producer[index];
      const r = c.s.received;
      const rec = r.length < RECEIVED_WINDOW ? r.slice() : r.slice(1);
      rec.push(got);
      c.s.received = rec;
      c.s.receivedCount = index + 1;
      if (got !== want) addFault(c, { rule: 'fifo', index, got, want });
      k.v = null;
      k.vSeq = -1;
      k.h = 0;
      k.retries = 0;
      k.pc = c.s.receivedCount >= cfg.pops ? 'done' : 'load';
      const params: Record<string, number> = { h: h1, slot, value: got, n: index + 1 };
      if (got !== want) params['want'] = want ?? 0;
      emit(c, 'head.Store', atomicSrc(c, 'Store'), { side: [SIDE], slot: [slot] }, got === want ? 'spsc.pop.store' : 'spsc.pop.store.wrong', params);
      return;
    }
    case 'done':
      throw new Error('spsc: popStep on a finished consumer');
  }
}
