// Captions of the GMP engine's events in English. DOM-free. The browser loads only the reader's
// locale (src/simulators/gmp/mechanism.ts); the engine's tests load both through narration.ts.
import type { Template } from './shared.ts';

export const en: Record<string, Template> = {
  // ---- run queues ----
  'gmp.runqput.runnext': (p, f) => `runqput puts ${f.g(p.g)} in ${f.p(p.p)}'s runnext slot: it will run next on ${f.p(p.p)}.`,
  'gmp.runqput.kick': (p, f) =>
    `runqput puts ${f.g(p.g)} in ${f.p(p.p)}'s runnext and kicks the previous runnext, ${f.g(p.kicked)}, to the tail of ${f.p(p.p)}'s local queue (now ${f.n(p.len)} long).`,
  'gmp.runqput.tail': (p, f) => `runqput puts ${f.g(p.g)} at the tail of ${f.p(p.p)}'s local queue (now ${f.n(p.len)} long).`,
  'gmp.runqputslow': (p, f) =>
    `${f.p(p.p)}'s local queue is full (256): runqputslow moves its first ${f.n(p.half)} goroutines plus ${f.g(p.g)} — ${f.n(p.n)} in all — to the tail of the global queue in one batch.`,
  'gmp.runqputslow.kick': (p, f) =>
    `${f.g(p.runnext)} takes ${f.p(p.p)}'s runnext, but the kicked ${f.g(p.g)} finds the local queue full (256): runqputslow moves the first ${f.n(p.half)} goroutines plus ${f.g(p.g)} — ${f.n(p.n)} in all — to the global queue.`,
  'gmp.runqget.runnext': (p, f) => `findRunnable → runqget: ${f.p(p.p)} takes ${f.g(p.g)} from runnext first.`,
  'gmp.runqget.runq': (p, f) => `findRunnable → runqget: ${f.p(p.p)} takes ${f.g(p.g)} from the head of its local queue (${f.n(p.len)} left).`,
  'gmp.globrunqget.fairness': (p, f) =>
    `${f.p(p.p)}'s schedtick is ${f.n(p.schedtick)}, a multiple of 61: for fairness findRunnable takes ONE goroutine, ${f.g(p.g)}, from the global queue (globrunqget) before its own queue.`,
  'gmp.globrunqget.batch': (p, f) => {
    const size = f.n(p.size);
    const procs = f.n(p.gomaxprocs);
    const rest = f.s(p.rest);
    return `${f.p(p.p)}'s local queue is empty: globrunqgetbatch takes min(128, ${size}, ${size}/${procs}+1) = ${f.n(p.n)} goroutine${f.n(p.n) === 1 ? '' : 's'} from the global queue; it runs ${f.g(p.g)}${rest ? ` and queues ${rest} locally` : ''}.`;
  },
  'gmp.globrunqget.recheck': (p, f) => `Before giving up ${f.p(p.p)}, findRunnable checks the global queue again and finds work: globrunqgetbatch takes ${f.n(p.n)}, starting with ${f.g(p.g)}.`,
  'gmp.runqsteal': (p, f) =>
    `stealWork (pass ${f.n(p.pass)} of 4): ${f.p(p.p)} stole ${f.n(p.n)} goroutine${f.n(p.n) === 1 ? '' : 's'} (${f.s(p.gs)}) from the head of ${f.p(p.victim)}'s local queue — half, rounded up (runqsteal) — and will run ${f.g(p.g)} now; ${f.p(p.victim)} keeps ${f.n(p.left)}.`,
  'gmp.runqsteal.runnext': (p, f) =>
    `stealWork (pass ${f.n(p.pass)} of 4): ${f.p(p.victim)}'s local queue is empty, so only on this last pass — after backing off 3 µs if ${f.p(p.victim)} is running — does ${f.p(p.p)} take ${f.p(p.victim)}'s runnext, ${f.g(p.g)} (runqsteal), and run it.`,
  'gmp.stealWork.none': (p, f) => `stealWork: ${f.n(p.tries)} passes over every P in random order found nothing for ${f.p(p.p)} to steal.`,

  // ---- scheduling ----
  'gmp.execute': (p, f) => `execute runs ${f.g(p.g)} on ${f.p(p.p)} (${f.m(p.m)}) with a new time slice: schedtick is now ${f.n(p.schedtick)}.`,
  'gmp.execute.inherit': (p, f) =>
    `execute runs ${f.g(p.g)} on ${f.p(p.p)} (${f.m(p.m)}) in the current time slice: it came from runnext, so schedtick stays ${f.n(p.schedtick)} and sysmon's 10 ms clock keeps running.`,
  'gmp.findRunnable.becomeSpinning': (p, f) =>
    `findRunnable: nothing in ${f.p(p.p)}'s local queue or the global queue. Spinning Ms are fewer than half the busy Ps, so ${f.m(p.m)} becomes spinning (becomeSpinning, nmspinning=${f.n(p.nmspinning)}) and will try stealWork.`,
  'gmp.findRunnable.steal': (p, f) => `findRunnable: nothing in ${f.p(p.p)}'s local queue or the global queue; spinning ${f.m(p.m)} goes on to stealWork.`,
  'gmp.findRunnable.nospin': (p, f) =>
    `findRunnable: nothing to run on ${f.p(p.p)}, and 2×nmspinning (${2 * f.n(p.nmspinning)}) is not below the busy Ps (${f.n(p.busy)}), so ${f.m(p.m)} does not spin; it gives up the P.`,
  'gmp.findRunnable.recheck': (p, f) =>
    `After ${f.m(p.m)} stopped spinning, findRunnable's final recheck sees work queued on ${f.p(p.victim)}: it takes idle ${f.p(p.p)} and spins again (the "delicate dance").`,
  'gmp.becomeSpinning.needspinning': (p, f) =>
    `${f.m(p.m)} was about to give up ${f.p(p.p)}, but needspinning is set (someone found work with no idle P): becomeSpinning, and findRunnable starts over.`,
  'gmp.pidleput': (p, f) => `findRunnable found nothing: ${f.m(p.m)} releases ${f.p(p.p)} and pidleput puts it at the head of the idle P list (${f.n(p.npidle)} idle).`,
  'gmp.wakep': (p, f) => `wakep: ${f.p(p.p)} is idle and no M is spinning, so it starts a spinning M for ${f.p(p.p)}.`,
  'gmp.startm.reuse': (p, f) => `startm wakes idle ${f.m(p.m)} (mget) and hands it ${f.p(p.p)}${f.n(p.spinning) ? ' as a spinning M' : ''}.`,
  'gmp.startm.new': (p, f) => `startm finds no idle M, so newm creates thread ${f.m(p.m)} and hands it ${f.p(p.p)}${f.n(p.spinning) ? ' as a spinning M' : ''}.`,
  'gmp.resetspinning': (p, f) =>
    f.n(p.nmspinning) === 0
      ? `${f.m(p.m)} found work and stops spinning (resetspinning). It was the last spinning M, so it calls wakep for the next one.`
      : `${f.m(p.m)} found work and stops spinning (resetspinning); ${f.n(p.nmspinning)} M still spinning.`,
  'gmp.stopm': (p, f) => `stopm: ${f.m(p.m)} has nothing to do and parks on the idle M list.`,

  // ---- blocking and readying ----
  'gmp.gopark': (p, f) =>
    `${f.g(p.g)} blocks: gopark (waitreason "${f.s(p.reason)}"${f.s(p.ch) ? ` on ${f.s(p.ch)}` : ''}); ${f.m(p.m)} goes back to schedule().`,
  'gmp.goready': (p, f) => `goready: ${f.g(p.g)} is runnable again (woken by ${f.g(p.by)}) and goes into ${f.p(p.p)}'s runnext — the readier's P.`,
  'gmp.goready.timer': (p, f) => `${f.g(p.g)}'s timer has fired (time.Sleep is over): timers.check calls goready, which puts it into ${f.p(p.p)}'s runnext.`,
  'gmp.chansend.direct': (p, f) => `${f.g(p.g)} sends on ${f.s(p.ch)}: chansend finds ${f.g(p.to)} waiting to receive and hands the value straight to it.`,
  'gmp.chansend.buffer': (p, f) => `${f.g(p.g)} sends on ${f.s(p.ch)}: chansend puts the value in the buffer (${f.n(p.qcount)} of ${f.n(p.cap)}) and carries on.`,
  'gmp.chansend.block': (p, f) =>
    `${f.g(p.g)} sends on ${f.s(p.ch)}: no receiver is waiting and ${f.n(p.cap) === 0 ? 'the channel is unbuffered' : 'the buffer is full'}, so chansend parks ${f.g(p.g)} on the channel's send queue.`,
  'gmp.chanrecv.direct': (p, f) => `${f.g(p.g)} receives from ${f.s(p.ch)}: chanrecv takes the value straight from waiting sender ${f.g(p.from)}.`,
  'gmp.chanrecv.full': (p, f) => `${f.g(p.g)} receives from ${f.s(p.ch)}: chanrecv takes the oldest buffered value, and waiting sender ${f.g(p.from)}'s value takes its place.`,
  'gmp.chanrecv.buffer': (p, f) => `${f.g(p.g)} receives from ${f.s(p.ch)}: chanrecv takes a buffered value (${f.n(p.qcount)} of ${f.n(p.cap)} left).`,
  'gmp.chanrecv.block': (p, f) => `${f.g(p.g)} receives from ${f.s(p.ch)}: nothing there, so chanrecv parks ${f.g(p.g)} on the channel's receive queue.`,

  // ---- system calls ----
  'gmp.entersyscall': (p, f) =>
    `${f.g(p.g)} enters a blocking system call for ${f.dur(p.dur)} (entersyscall). ${f.m(p.m)} blocks in the kernel with it; ${f.p(p.p)} stays attached to ${f.m(p.m)} unless sysmon takes it.`,
  'gmp.exitsyscall.fast': (p, f) => `${f.g(p.g)}'s system call returns and ${f.p(p.p)} is still attached: exitsyscall takes the fast path and ${f.g(p.g)} runs on.`,
  'gmp.exitsyscall.oldp': (p, f) =>
    `${f.g(p.g)}'s system call returns without a P: exitsyscall takes its old ${f.p(p.p)} back from ${f.m(p.other)}, whose goroutine is itself in a system call.`,
  'gmp.exitsyscall.idle': (p, f) => `${f.g(p.g)}'s system call returns, but its P was taken: exitsyscall takes idle ${f.p(p.p)} (pidleget) and ${f.g(p.g)} runs on ${f.m(p.m)}.`,
  'gmp.exitsyscall.nop': (p, f) =>
    `${f.g(p.g)}'s system call returns, but there is no P to be had: exitsyscall puts ${f.g(p.g)} on the global queue (${f.n(p.len)} long) and ${f.m(p.m)} stops.`,
  'gmp.handoffp.work': (p, f) => `handoffp: ${f.p(p.p)} has work (${f.n(p.local)} local, ${f.n(p.global)} global), so it must not sit idle: startm gives it to another M.`,
  'gmp.handoffp.spin': (p, f) => `handoffp: ${f.p(p.p)} has no work, but no M is spinning and no P is idle, so it starts a spinning M for ${f.p(p.p)}.`,
  'gmp.handoffp.last': (p, f) => `handoffp: ${f.p(p.p)} is the last running P and no M waits in netpoll, so it starts an M for ${f.p(p.p)} to watch for timers.`,
  'gmp.handoffp.idle': (p, f) => `handoffp: no work for ${f.p(p.p)}, so pidleput puts it on the idle P list (${f.n(p.npidle)} idle).`,

  // ---- sysmon ----
  'gmp.retake.syscall': (p, f) =>
    `sysmon: ${f.g(p.g)} is blocked in a system call on ${f.m(p.m)}${f.n(p.dur) > 0 ? ` (seen there for ${f.dur(p.dur)}, more than one sysmon tick)` : ''}, so retake takes ${f.p(p.p)} away from ${f.m(p.m)} (takeP).`,
  'gmp.preemptone': (p, f) =>
    `sysmon: ${f.p(p.p)}'s schedtick has stayed ${f.n(p.schedtick)} since sysmon first saw it ${f.dur(p.ran)} ago — at least forcePreemptNS (10 ms) — so retake calls preemptone to stop ${f.g(p.g)}.`,
  'gmp.gopreempt_m': (p, f) =>
    `${f.g(p.g)} stops at the preemption request: gopreempt_m puts it at the tail of the GLOBAL queue (${f.n(p.len)} long), not the local one, and ${f.p(p.p)} schedules again.`,
  'gmp.gosched': (p, f) => `${f.g(p.g)} calls runtime.Gosched: gosched_m puts it at the tail of the global queue (${f.n(p.len)} long) and ${f.p(p.p)} schedules again.`,

  // ---- goroutines ----
  'gmp.newproc': (p, f) => `${f.g(p.parent)} runs a go statement: newproc creates ${f.g(p.g)} on ${f.p(p.p)}.`,
  'gmp.newproc.reader': (p, f) => `You spawned ${f.g(p.g)} on ${f.p(p.p)}: newproc, as if a goroutine running on ${f.p(p.p)} had run a go statement.`,
  'gmp.goexit': (p, f) => `${f.g(p.g)} returns: goexit0 marks it dead (_Gdead) and ${f.m(p.m)} schedules again.`,
  'gmp.exit': () => `main returned: runtime.main calls exit(0) and the program ends.`,
  'gmp.exit.alive': (p, f) => `main returned: runtime.main calls exit(0); the ${f.n(p.alive)} other goroutine${f.n(p.alive) === 1 ? '' : 's'} still alive die with the process.`,
  'gmp.exit.leak': (p, f) =>
    `main returned: runtime.main calls exit(0) with ${f.n(p.blocked)} goroutine${f.n(p.blocked) === 1 ? '' : 's'} still blocked (${f.s(p.gs)}). Nothing would ever have woken ${f.n(p.blocked) === 1 ? 'it' : 'them'}: a goroutine leak.`,

  // ---- netpoll / timers ----
  'gmp.netpoll.block': (p, f) => `${f.m(p.m)} found no work; a timer is pending (${f.g(p.g)}), so findRunnable blocks it in netpoll until then instead of stopm.`,
  'gmp.netpoll.timer': (p, f) => `A timer is due: ${f.m(p.m)} wakes from netpoll (findRunnable), takes idle ${f.p(p.p)} (pidleget) and goes back to the top of findRunnable to run it.`,
  'gmp.netpoll.nop': (p, f) => `${f.m(p.m)} wakes from netpoll, but no P is idle: findRunnable stops it (stopm); a busy P will run the timer.`,

  // ---- the end ----
  'gmp.checkdead': (p, f) =>
    `checkdead: no M is running and no timer is pending, yet ${f.n(p.n)} goroutine${f.n(p.n) === 1 ? ' is' : 's are'} blocked (${f.s(p.gs)}). fatal error: all goroutines are asleep - deadlock!`,
  'gmp.checkdead.nogoroutines': () => `checkdead: no goroutines (main called runtime.Goexit) - deadlock!`,
  'gmp.checkdead.runnable': (p, f) => `checkdead: goroutines are runnable (${f.s(p.gs)}) but no M will run them — a lost wake-up in the model (the runtime would throw "checkdead: runnable g").`,
  'gmp.checkmcount': () => `checkmcount: the program exceeds the 10000-thread limit. fatal error: thread exhaustion.`,

  // ---- interventions ----
  'gmp.procresize.shrink': (p, f) =>
    `runtime.GOMAXPROCS(${f.n(p.n)}): stop the world, procresize from ${f.n(p.old)} to ${f.n(p.n)} Ps. The ${f.n(p.moved)} goroutines queued on removed Ps go to the HEAD of the global queue (${f.n(p.global)} there now); Ms restart on the ${f.n(p.running)} Ps with work.`,
  'gmp.procresize.grow': (p, f) =>
    `runtime.GOMAXPROCS(${f.n(p.n)}): stop the world, procresize from ${f.n(p.old)} to ${f.n(p.n)} Ps; the new Ps start idle and Ms restart on the ${f.n(p.running)} Ps with work (running goroutines wait in their P's runnext).`,
  'gmp.procresize.same': (p, f) => `runtime.GOMAXPROCS(${f.n(p.n)}): GOMAXPROCS is already ${f.n(p.n)}, so it returns without stopping the world (no procresize).`,
  'gmp.invalidAction': (p, f) => `That intervention was not applied (${f.s(p.func)}): ${invalidEn(f.s(p.reason), f.s(p.detail))}.`,
};

function invalidEn(reason: string, detail: string): string {
  switch (reason) {
    case 'halted':
      return `the program has already ended (${detail})`;
    case 'no-such-p':
      return `there is no ${detail}`;
    case 'too-many-goroutines':
      return `the simulator holds at most ${detail} goroutines`;
    case 'schema':
      return `the action is malformed (${detail})`;
    default:
      return detail || reason;
  }
}
