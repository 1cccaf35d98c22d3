// The same values through a buffered channel, `make(chan int, capacity)`, counted with the same
// two-core cache-line model, so a view can put the two side by side.
//
// A buffered channel is a ring under one lock (runtime/chan.go, chansend/chanrecv, read in
// go1.19.8 here): every send and receive takes c.lock, reads c.closed and c.qcount, moves its
// index (sendx/recvx) and qcount, and unlocks. hchan's layout (amd64, go1.19.8; newer releases
// add a timer and a synctest field before elemtype and lock, which moves lock further down but
// keeps it off line 0):
//   line 0: qcount 0, dataqsiz 8, buf 16, elemsize 24, closed 28, elemtype 32, sendx 40, recvx 48, recvq.first 56
//   line 1: recvq.last 64, sendq 72..87, lock 88; for int elements the buffer follows in the
//           same allocation at hchanSize = 96, so slots 0..3 share line 1 with the lock.
// A side that finds the buffer full (empty) parks on sendq (recvq) with a sudog and gopark; the
// other side hands the value over directly (send/sendDirect, or recv's swap through the slot),
// writes the parked goroutine's sudog and g, and goready wakes it.
// Simplified: one whole send or receive is one step (the lock makes them atomic); each goroutine
// stays on its own core after a wakeup (in reality goready puts it in the waker's runnext);
// scheduler structures touched by gopark/goready are not counted.
import { nextInt, seedPrng } from '../core/prng.ts';
import { access, MOVED, type Core } from './coherence.ts';
import { settings } from './schema.ts';
import type { SpscConfig } from './types.ts';
import { init } from './init.ts';
import { isTerminal, step } from './step.ts';

export type ChanCounters = {
  /** Sends and receives completed. */
  ops: number;
  lockAcquisitions: number;
  /** Loads of the shared count (qcount, with sendx/recvx): every operation that does not meet a parked partner. */
  remoteIndexLoads: number;
  lineTransfers: number;
  /** gopark calls: a send on a full or a receive on an empty channel. */
  parks: number;
  /** Values handed straight to a parked goroutine (or swapped through the slot for a parked sender). */
  directHandoffs: number;
  received: number[];
};

type Line = 'h0' | 'h1' | 'stackP' | 'stackC' | 'gP' | 'gC' | 'sudogP' | 'sudogC' | `s${number}`;

/** Line of slot i: the buffer starts at byte 96 of the hchan allocation. */
function slotLine(i: number): Line {
  const ln = Math.floor((96 + 8 * i) / 64);
  return ln === 1 ? 'h1' : `s${ln}`;
}

export function channelCounters(config: SpscConfig, seed = 0): ChanCounters {
  const c = settings(config);
  const cap = c.capacity;
  const lines = new Map<Line, number>();
  const k: ChanCounters = { ops: 0, lockAcquisitions: 0, remoteIndexLoads: 0, lineTransfers: 0, parks: 0, directHandoffs: 0, received: [] };
  const touch = (core: Core, line: Line, write: boolean) => {
    const r = access(lines.get(line) ?? 0, core, write);
    lines.set(line, r & ~MOVED);
    if (r & MOVED) k.lineTransfers++;
  };
  const buf: (number | null)[] = new Array(cap).fill(null);
  let qcount = 0;
  let sendx = 0;
  let recvx = 0;
  let sent = 0;
  // A parked side: 'send' holds the value it waits to send; 'recv' waits for one.
  let parkedP = false;
  let parkedC = false;
  let wokenP = false;
  let wokenC = false;
  let handed: number | null = null;
  let rng = seedPrng(seed);

  const lock = (core: Core) => {
    k.lockAcquisitions++;
    touch(core, 'h1', true); // lock2: atomic exchange on c.lock.key
    touch(core, 'h0', false); // c.closed
  };
  const unlock = (core: Core) => touch(core, 'h1', true);

  const send = () => {
    const P: Core = 0;
    const v = c.producer[sent]!;
    lock(P);
    touch(P, 'h0', false); // c.recvq.dequeue reads recvq.first
    if (parkedC) {
      // send: sendDirect copies v onto the receiver's stack, then goready.
      touch(P, 'h0', true);
      touch(P, 'h1', true); // recvq.first/last
      touch(P, 'sudogC', false);
      touch(P, 'stackC', true);
      touch(P, 'sudogC', true); // sg.elem = nil
      unlock(P);
      touch(P, 'gC', true); // gp.param = sg
      handed = v;
      parkedC = false;
      wokenC = true;
      k.directHandoffs++;
      sent++;
      k.ops++;
      return;
    }
    k.remoteIndexLoads++;
    touch(P, 'h0', false); // qcount, dataqsiz
    if (qcount < cap) {
      touch(P, 'h0', false); // buf, sendx, elemsize (chanbuf)
      touch(P, slotLine(sendx), true);
      buf[sendx] = v;
      sendx = (sendx + 1) % cap;
      qcount++;
      touch(P, 'h0', true); // c.sendx++, c.qcount++
      unlock(P);
      sent++;
      k.ops++;
      return;
    }
    // Full: enqueue a sudog on sendq and gopark (the value stays on our stack).
    touch(P, 'stackP', true);
    touch(P, 'sudogP', true);
    touch(P, 'gP', true); // gp.waiting
    touch(P, 'h1', true); // sendq.enqueue
    unlock(P);
    parkedP = true;
    k.parks++;
  };

  const recv = () => {
    const C: Core = 1;
    lock(C);
    touch(C, 'h1', false); // c.sendq.dequeue reads sendq.first
    if (parkedP) {
      // recv on a full buffer with a parked sender: take the head, put the sender's value in its slot.
      touch(C, 'h1', true); // sendq
      touch(C, 'h0', false); // recvx, buf
      touch(C, slotLine(recvx), false);
      const v = buf[recvx]!;
      touch(C, 'sudogP', false);
      touch(C, 'stackP', false); // sg.elem: the sender's value
      touch(C, slotLine(recvx), true);
      buf[recvx] = c.producer[sent]!;
      recvx = (recvx + 1) % cap;
      sendx = recvx;
      touch(C, 'h0', true); // recvx, sendx
      touch(C, 'sudogP', true); // sg.elem = nil
      unlock(C);
      touch(C, 'gP', true); // gp.param = sg
      parkedP = false;
      wokenP = true;
      sent++;
      k.directHandoffs++;
      k.received.push(v);
      k.ops++;
      return;
    }
    k.remoteIndexLoads++;
    touch(C, 'h0', false); // c.qcount
    if (qcount > 0) {
      touch(C, 'h0', false); // buf, recvx, elemsize
      touch(C, slotLine(recvx), false);
      const v = buf[recvx]!;
      touch(C, slotLine(recvx), true); // memclr
      buf[recvx] = null;
      recvx = (recvx + 1) % cap;
      qcount--;
      touch(C, 'h0', true); // c.recvx++, c.qcount--
      unlock(C);
      touch(C, 'stackC', true); // into the receiver's variable
      k.received.push(v);
      k.ops++;
      return;
    }
    touch(C, 'sudogC', true);
    touch(C, 'gC', true);
    touch(C, 'h0', true);
    touch(C, 'h1', true); // recvq.enqueue: first (line 0) and last (line 1)
    unlock(C);
    parkedC = true;
    k.parks++;
  };

  // A woken goroutine finishes its chansend/chanrecv after gopark returns.
  const resumeP = () => {
    touch(0, 'gP', false); // gp.waiting, gp.param
    touch(0, 'sudogP', true); // mysg.c = nil; releaseSudog
    wokenP = false;
    k.ops++;
  };
  const resumeC = () => {
    touch(1, 'gC', false);
    touch(1, 'sudogC', true);
    touch(1, 'stackC', false); // the value sendDirect wrote
    k.received.push(handed!);
    handed = null;
    wokenC = false;
    k.ops++;
  };

  const pDone = () => sent >= c.producer.length && !parkedP && !wokenP;
  const cDone = () => k.received.length >= c.pops && !parkedC && !wokenC;
  for (let guard = 0; guard < 10 * (c.producer.length + c.pops) + 10; guard++) {
    const pCan = !pDone() && !parkedP;
    const cCan = !cDone() && !parkedC;
    if (!pCan && !cCan) break;
    let side: 0 | 1;
    if (pCan && cCan) {
      const [r, n] = nextInt(rng, 2);
      rng = n;
      side = r === 0 ? 0 : 1;
    } else side = pCan ? 0 : 1;
    if (side === 0) (wokenP ? resumeP : send)();
    else (wokenC ? resumeC : recv)();
  }
  return k;
}

export type Comparison = {
  ring: { steps: number; remoteIndexLoads: number; lineTransfers: number; spins: number; received: number };
  channel: ChanCounters;
};

/** The ring (run to its end with this seed) next to a buffered channel with the same values. */
export function compareWithChannel(config: SpscConfig, seed = 0, maxSteps = 5_000_000): Comparison {
  let s = init(config, seed);
  while (!isTerminal(s) && s.steps < maxSteps) s = step(s).state;
  return {
    ring: {
      steps: s.steps,
      remoteIndexLoads: s.counters.remoteIndexLoads,
      lineTransfers: s.counters.lineTransfers,
      spins: s.producer.spins + s.consumer.spins,
      received: s.receivedCount,
    },
    channel: channelCounters(config, seed),
  };
}
