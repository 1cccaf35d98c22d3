// Channel send and receive (runtime/chan.go: chansend, chanrecv). Values are not modelled,
// only who waits where: hchan.recvq / sendq, and the buffer count for buffered channels.
import { emit, wChan, wG, type Ctx } from './ctx.ts';
import { gopark, goready } from './gopark.ts';

const CHAN = 'runtime/chan.go';

/** ch <- v by G gid on M mid. Returns true when the G keeps running (op done). */
export function chansend(c: Ctx, mid: number, gid: number, name: string): boolean {
  const ch = wChan(c, name);
  // A receiver is waiting: hand the value straight to it and goready it (send → goready).
  if (ch.recvq.length > 0) {
    const r = ch.recvq.shift()!;
    wG(c, gid).pc += 1;
    emit(c, 'chansend', { g: [gid, r], m: [mid], ch: [name] }, { g: gid, to: r, ch: name }, { key: 'gmp.chansend.direct', file: CHAN });
    goready(c, mid, r, gid);
    return true;
  }
  // Room in the buffer.
  if (ch.qcount < ch.cap) {
    ch.qcount += 1;
    wG(c, gid).pc += 1;
    emit(c, 'chansend', { g: [gid], m: [mid], ch: [name] }, { g: gid, ch: name, qcount: ch.qcount, cap: ch.cap }, { key: 'gmp.chansend.buffer', file: CHAN });
    return true;
  }
  // Block: enqueue on sendq and gopark(…, waitReasonChanSend).
  ch.sendq.push(gid);
  emit(c, 'chansend', { g: [gid], m: [mid], ch: [name] }, { g: gid, ch: name, cap: ch.cap }, { key: 'gmp.chansend.block', file: CHAN });
  gopark(c, mid, gid, 'chan send', name);
  return false;
}

/** <-ch by G gid on M mid. Returns true when the G keeps running (op done). */
export function chanrecv(c: Ctx, mid: number, gid: number, name: string): boolean {
  const ch = wChan(c, name);
  if (ch.sendq.length > 0) {
    // A sender is waiting. Unbuffered: take its value directly. Buffered (so the buffer is
    // full): take the head of the buffer and move the sender's value to the tail.
    const s = ch.sendq.shift()!;
    wG(c, gid).pc += 1;
    emit(c, 'chanrecv', { g: [gid, s], m: [mid], ch: [name] }, { g: gid, from: s, ch: name, cap: ch.cap }, {
      key: ch.cap === 0 ? 'gmp.chanrecv.direct' : 'gmp.chanrecv.full',
      file: CHAN,
    });
    goready(c, mid, s, gid);
    return true;
  }
  if (ch.qcount > 0) {
    ch.qcount -= 1;
    wG(c, gid).pc += 1;
    emit(c, 'chanrecv', { g: [gid], m: [mid], ch: [name] }, { g: gid, ch: name, qcount: ch.qcount, cap: ch.cap }, { key: 'gmp.chanrecv.buffer', file: CHAN });
    return true;
  }
  ch.recvq.push(gid);
  emit(c, 'chanrecv', { g: [gid], m: [mid], ch: [name] }, { g: gid, ch: name }, { key: 'gmp.chanrecv.block', file: CHAN });
  gopark(c, mid, gid, 'chan receive', name);
  return false;
}
