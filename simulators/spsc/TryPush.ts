// The producer's steps: (*Ring[T]).TryPush of ring.go, one atomic step per call of `pushStep`.
// A step is one access to shared memory; the private comparison that follows a load (the
// full check) runs in the same step, since the consumer cannot observe it.
import { addFault, atomicSrc, emit, ringSrc, setUnread, slotUnread, touch, wSeq, wSlots, type Ctx } from './ctx.ts';
import { isFull, next, slotOf, used } from './indices.ts';
import type { ProducerState } from './types.ts';

const SIDE = 'producer';

function wP(c: Ctx): ProducerState {
  if (c.s.producer === c.base.producer) c.s.producer = { ...c.s.producer };
  return c.s.producer;
}

/** TryPush returned: true (pushed) or false (full: the caller yields and calls again). */
function finish(c: Ctx, ok: boolean): void {
  const p = wP(c);
  if (ok) {
    p.pushed++;
    p.retries = 0;
  } else {
    p.spins++;
    p.retries++;
  }
  p.t = 0;
  p.pc = p.pushed >= c.s.config.producer.length ? 'done' : 'load';
}

export function pushStep(c: Ctx): void {
  const cfg = c.s.config;
  const p = wP(c);
  const after = cfg.publish === 'after-write';
  switch (p.pc) {
    case 'load': {
      // t := r.tail.Load(): the producer's own index, which only it writes.
      const t = c.s.tail;
      touch(c, SIDE, 'tail', false, true);
      p.t = t;
      if (!cfg.cachedIndices) {
        p.pc = 'remote';
        emit(c, 'tail.Load', atomicSrc(c, 'Load'), { side: [SIDE] }, 'spsc.push.load.own', { t });
        return;
      }
      // if t-r.cachedHead == uint64(len(r.buf)): private field and the slice length.
      touch(c, SIDE, 'cachedHead', false, false);
      touch(c, SIDE, 'hdr', false, false);
      const cached = c.s.cachedHead;
      if (isFull(cfg, t, cached)) {
        p.pc = 'remote';
        emit(c, 'tail.Load', atomicSrc(c, 'Load'), { side: [SIDE] }, 'spsc.push.load.looksFull', { t, cached, cap: cfg.capacity });
      } else {
        p.pc = after ? 'write' : 'store';
        emit(c, 'tail.Load', atomicSrc(c, 'Load'), { side: [SIDE] }, 'spsc.push.load.room', { t, cached, used: used(cfg, t, cached), cap: cfg.capacity });
      }
      return;
    }
    case 'remote': {
      // r.cachedHead = r.head.Load() (or h := r.head.Load()): the consumer's index.
      const h = c.s.head;
      touch(c, SIDE, 'head', false, true);
      if (c.model) c.s.counters.remoteIndexLoads++;
      if (cfg.cachedIndices) {
        touch(c, SIDE, 'cachedHead', true, false);
        c.s.cachedHead = h;
      }
      touch(c, SIDE, 'hdr', false, false);
      const t = p.t;
      if (isFull(cfg, t, h)) {
        finish(c, false);
        emit(c, 'head.Load', atomicSrc(c, 'Load'), { side: [SIDE] }, 'spsc.push.remote.full', { h, t, cap: cfg.capacity, spins: c.s.producer.spins });
      } else {
        p.pc = after ? 'write' : 'store';
        emit(c, 'head.Load', atomicSrc(c, 'Load'), { side: [SIDE] }, 'spsc.push.remote.room', { h, t, used: used(cfg, t, h), cap: cfg.capacity });
      }
      return;
    }
    case 'write': {
      // r.buf[t&r.mask] = v: a plain store into the slot.
      const slot = slotOf(cfg, p.t);
      const value = cfg.producer[p.pushed]!;
      touch(c, SIDE, 'hdr', false, false);
      touch(c, SIDE, 'slot', true, false, slot);
      const wasUnread = slotUnread(c.s, slot);
      const lostSeq = c.s.slotSeq[slot]!;
      const lostValue = c.s.slots[slot]!;
      wSlots(c)[slot] = value;
      wSeq(c)[slot] = p.pushed;
      setUnread(c, slot, true);
      const actors = { side: [SIDE], slot: [slot] };
      if (wasUnread) {
        addFault(c, { rule: 'overwrite', slot, lost: lostSeq, value: lostValue });
      }
      if (after) {
        p.pc = 'store';
        if (wasUnread) emit(c, 'TryPush', ringSrc('TryPush'), actors, 'spsc.push.write.overwrite', { slot, value, lost: lostValue ?? 0 });
        else emit(c, 'TryPush', ringSrc('TryPush'), actors, 'spsc.push.write', { slot, value, t: p.t });
      } else {
        finish(c, true);
        emit(c, 'TryPush', ringSrc('TryPush'), actors, wasUnread ? 'spsc.push.write.overwrite' : 'spsc.push.write.late', { slot, value, lost: lostValue ?? 0 });
      }
      return;
    }
    case 'store': {
      // r.tail.Store(t + 1): publish.
      const t1 = next(cfg, p.t);
      const slot = slotOf(cfg, p.t);
      touch(c, SIDE, 'tail', true, true);
      c.s.tail = t1;
      if (after) {
        const value = cfg.producer[p.pushed]!;
        finish(c, true);
        emit(c, 'tail.Store', atomicSrc(c, 'Store'), { side: [SIDE], slot: [slot] }, 'spsc.push.store', { t: t1, slot, value });
      } else {
        p.pc = 'write';
        emit(c, 'tail.Store', atomicSrc(c, 'Store'), { side: [SIDE], slot: [slot] }, 'spsc.push.store.early', { t: t1, slot });
      }
      return;
    }
    case 'done':
      throw new Error('spsc: pushStep on a finished producer');
  }
}
