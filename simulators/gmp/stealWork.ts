// stealWork / runqsteal / runqgrab (proc.go): a spinning M with an empty P takes half of
// another P's queue. Four passes over all Ps in a random order (random start, stride coprime
// with GOMAXPROCS, from the seeded PRNG); idle Ps are skipped; the victim's runnext only on
// the last pass. One step of the model = one whole stealWork call (a 3 µs back-off before
// taking a running P's runnext ends the call early; the M then tries again).
import { nextU32 } from '../core/prng.ts';
import { emit, fmtGs, mOf, pOf, wM, wP, wRunq, type Ctx } from './ctx.ts';
import { giveUpP, runFound } from './schedule.ts';

const STEAL_TRIES = 4;

const coprimeCache = new Map<number, number[]>();

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** randomOrder.reset(count): all i in 1…count with gcd(i, count) == 1. */
export function coprimes(count: number): number[] {
  let xs = coprimeCache.get(count);
  if (!xs) {
    xs = [];
    for (let i = 1; i <= count; i++) if (gcd(i, count) === 1) xs.push(i);
    coprimeCache.set(count, xs);
  }
  return xs;
}

/** randomOrder.start(i) enumerated: pos = i % count, inc = coprimes[i / count % len(coprimes)]. */
export function stealOrder(count: number, i: number): number[] {
  const cps = coprimes(count);
  let pos = i % count;
  const inc = cps[Math.floor(i / count) % cps.length]!;
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    out.push(pos);
    pos = (pos + inc) % count;
  }
  return out;
}

/** runqgrab's back-off before stealing runnext ("3us gives ~50x overshoot"). */
const RUNNEXT_BACKOFF_NS = 3000;

/**
 * runqgrab: take n - n/2 (the larger half) of the victim's queue from its head; with nothing
 * there and stealRunNextG, take its runnext.
 */
function runqgrab(c: Ctx, victim: number, stealRunNextG: boolean): number[] {
  const v = pOf(c, victim);
  const len = v.runq.length;
  const n = len - Math.floor(len / 2);
  if (n === 0) {
    if (stealRunNextG && v.runnext !== null) {
      const g = v.runnext;
      wP(c, victim).runnext = null;
      return [g];
    }
    return [];
  }
  return wRunq(c, victim).splice(0, n);
}

/**
 * Before taking a running P's runnext, runqgrab sleeps 3 µs: the G that readied it usually
 * blocks right away and its own P runs it ("back off to give pp a chance to schedule
 * runnext"). Not when the victim's G is in a syscall — that P will not schedule soon.
 */
function mustBackOff(c: Ctx, victim: number): boolean {
  const v = pOf(c, victim);
  if (v.status !== 'running' || v.m === null) return false;
  const g = mOf(c, v.m).curg;
  return g === null || c.s.gs[g]?.status !== 'syscall';
}

/** One stealWork call by the spinning M `mid` (phase 'steal'). */
export function stealWork(c: Ctx, mid: number): void {
  const pid = mOf(c, mid).p;
  if (pid === null) throw new Error(`gmp: stealWork on M${mid} without a P`);
  const n = c.s.gomaxprocs;
  // A victim whose runnext we already waited 3 µs for (see mustBackOff).
  const waited = mOf(c, mid).backoff;
  if (waited !== null) wM(c, mid).backoff = null;
  for (let pass = 0; pass < STEAL_TRIES; pass++) {
    const last = pass === STEAL_TRIES - 1;
    const [r, next] = nextU32(c.s.prng); // cheaprand()
    c.s.prng = next;
    for (const victim of stealOrder(n, r)) {
      if (victim === pid) continue;
      // "Don't bother to attempt to steal if p2 is idle."
      if (pOf(c, victim).status === 'idle') continue;
      const fromRunnext = pOf(c, victim).runq.length === 0;
      if (fromRunnext && last && pOf(c, victim).runnext !== null && victim !== waited && mustBackOff(c, victim)) {
        // usleep(3): this M sleeps; when it wakes, stealWork looks again.
        const m = wM(c, mid);
        m.backoff = victim;
        m.when = c.s.now + RUNNEXT_BACKOFF_NS;
        return;
      }
      const grabbed = runqgrab(c, victim, last);
      if (grabbed.length === 0) continue;
      // runqsteal: the batch goes on our queue; the last one grabbed is returned to run.
      const gp = grabbed[grabbed.length - 1]!;
      const rest = grabbed.slice(0, -1);
      if (rest.length > 0) {
        const q = wRunq(c, pid);
        for (const g of rest) q.push(g);
      }
      emit(
        c,
        'runqsteal',
        { g: grabbed, p: [pid, victim], m: [mid] },
        {
          p: pid,
          victim,
          n: grabbed.length,
          gs: fmtGs(grabbed),
          g: gp,
          pass: pass + 1,
          left: pOf(c, victim).runq.length,
        },
        { key: fromRunnext ? 'gmp.runqsteal.runnext' : 'gmp.runqsteal' },
      );
      runFound(c, mid, gp, false);
      return;
    }
  }
  emit(c, 'stealWork', { m: [mid], p: [pid] }, { m: mid, p: pid, tries: STEAL_TRIES }, { key: 'gmp.stealWork.none' });
  giveUpP(c, mid);
}
