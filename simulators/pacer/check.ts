// check(state): the model's invariants. Empty when they hold.
import type { Violation } from '../core/types.ts';
import { capacityPerProc } from './constants.ts';
import { gctraceLine } from './gctrace.ts';
import { pacing } from './pacing.ts';
import { liveNow } from './progress.ts';
import type { PacerState } from './types.ts';
import { phaseNs } from './workload.ts';

const TOL = 1e-6;

function nonFinite(v: unknown, path: string, out: string[], depth = 0): void {
  if (out.length > 0 || depth > 4) return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) out.push(path);
  } else if (Array.isArray(v)) {
    v.forEach((x, i) => nonFinite(x, `${path}[${i}]`, out, depth + 1));
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) if (k !== 'cycles' && k !== 'phases') nonFinite(x, `${path}.${k}`, out, depth + 1);
  }
}

export function check(s: PacerState): Violation[] {
  const out: Violation[] = [];
  const bad = (rule: string, message: string) => out.push({ rule, message });
  const nf: string[] = [];
  nonFinite(s, 'state', nf);
  if (s.cycles.length > 0) nonFinite(s.cycles[s.cycles.length - 1], 'lastCycle', nf);
  if (nf.length > 0) {
    bad('finite', `${nf[0]} is not a finite number`);
    return out;
  }
  const rel = (x: number) => TOL * Math.max(1, Math.abs(x));

  if (s.phase < 0 || s.phase >= s.phases.length) bad('phase', `phase ${s.phase} of ${s.phases.length}`);
  else if (s.progress < -rel(0) || s.progress > phaseNs(s.phases[s.phase]!) + rel(phaseNs(s.phases[s.phase]!))) bad('progress', `progress ${s.progress} outside its phase`);
  if (s.heapLive + rel(s.heapMarked) < s.heapMarked) bad('heapLive ≥ heapMarked', `heapLive ${s.heapLive} < heapMarked ${s.heapMarked}`);
  const live = liveNow(s);
  // heapMarked is a whole number of bytes (Go's uint64), the live heap a real number: allow one byte.
  if (!s.exited && s.heapLive + 1 + rel(live) < live) bad('heapLive ≥ live heap', `heapLive ${s.heapLive} < reachable heap ${live}`);
  const l = s.limiter;
  if (l.fill < 0 || l.fill > l.capacity) bad('limiter bucket', `fill ${l.fill} outside [0, ${l.capacity}]`);
  if (l.capacity !== s.gomaxprocs * capacityPerProc) bad('limiter capacity', `capacity ${l.capacity} ≠ GOMAXPROCS × 1 s`);
  if (l.enabled && l.fill !== l.capacity) bad('limiter enabled only when full', `enabled with fill ${l.fill} of ${l.capacity}`);
  if (s.gcCpu < 0 || s.gcCpu > s.totalCpu + rel(s.totalCpu)) bad('GC CPU ≤ total CPU', `${s.gcCpu} of ${s.totalCpu}`);
  if (s.peakHeap + rel(s.heapLive) < s.heapLive) bad('peak heap', `peak ${s.peakHeap} below heapLive ${s.heapLive}`);

  const p = pacing(s);
  if (Number.isFinite(p.goal)) {
    if (p.trigger.trigger > p.goal) bad('trigger ≤ goal', `trigger ${p.trigger.trigger} > goal ${p.goal}`);
    if (p.goal < s.heapMarked && !s.mark) bad('goal ≥ heapMarked', `goal ${p.goal} < heapMarked ${s.heapMarked}`);
  }
  if (s.mark) {
    const m = s.mark;
    if (m.work < 0 || m.work > m.workTotal + rel(m.workTotal)) bad('mark work', `work ${m.work} of ${m.workTotal}`);
    if (m.bgScanCredit < 0) bad('bgScanCredit ≥ 0', String(m.bgScanCredit));
    if (s.heapLive + rel(m.heap0) < m.heap0) bad('heapLive ≥ heap0', `${s.heapLive} < ${m.heap0}`);
    if (m.procs !== s.gomaxprocs) bad('GOMAXPROCS fixed during a cycle', `${m.procs} vs ${s.gomaxprocs}`);
    if (m.liveAtStart > m.heap0 + rel(m.heap0)) bad('live ≤ heap0', `${m.liveAtStart} > ${m.heap0}`);
    if (m.n !== s.numgc + 1) bad('cycle number', `mark ${m.n} after ${s.numgc} cycles`);
  }
  if (s.cycles.length !== s.numgc) bad('cycles recorded', `${s.cycles.length} records for ${s.numgc} cycles`);
  const last = s.cycles[s.cycles.length - 1];
  if (last) {
    if (last.n !== s.numgc) bad('cycle number', `last record ${last.n}, numgc ${s.numgc}`);
    if (!(last.tSweepTerm <= last.tMark && last.tMark <= last.tMarkTerm && last.tMarkTerm <= last.tEnd && last.tEnd <= s.now))
      bad('cycle times', `${last.tSweepTerm} ${last.tMark} ${last.tMarkTerm} ${last.tEnd} now ${s.now}`);
    if (last.heap0 > last.heap1 + rel(last.heap1) || last.heap2 > last.heap1 + 1) bad('heap0 ≤ heap1, heap2 ≤ heap1', `${last.heap0}->${last.heap1}->${last.heap2}`);
    if (last.assistCpu < 0 || last.assistCpu > last.gcCpu) bad('assist ≤ GC CPU', `${last.assistCpu} of ${last.gcCpu}`);
    if (last.gctrace !== gctraceLine(last)) bad('gctrace', 'the recorded line does not match the record');
  }
  return out;
}
