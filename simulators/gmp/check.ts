// check(state): the scheduler's invariants. Empty when they hold.
import type { Violation } from '../core/types.ts';
import { RUNQ_SIZE } from './globrunq.ts';
import type { GmpState } from './types.ts';

export function check(s: GmpState): Violation[] {
  const out: Violation[] = [];
  const bad = (rule: string, message: string) => {
    if (out.length < 50) out.push({ rule, message });
  };

  // ---- shape ----
  if (s.gomaxprocs !== s.ps.length) bad('gomaxprocs', `gomaxprocs=${s.gomaxprocs} but ${s.ps.length} Ps`);
  s.ps.forEach((p, i) => p.id !== i && bad('ids', `ps[${i}].id = ${p.id}`));
  s.ms.forEach((m, i) => m.id !== i && bad('ids', `ms[${i}].id = ${m.id}`));
  s.gs.forEach((g, i) => g && g.id !== i && bad('ids', `gs[${i}].id = ${g.id}`));
  if (s.gs[0] !== null && s.gs[0] !== undefined) bad('ids', 'gs[0] must be unused');

  // ---- where every G is ----
  const places = new Map<number, string[]>();
  const at = (g: number, where: string) => {
    const l = places.get(g);
    if (l) l.push(where);
    else places.set(g, [where]);
  };
  for (const p of s.ps) {
    if (p.runq.length > RUNQ_SIZE) bad('runq-size', `P${p.id} runq has ${p.runq.length} > ${RUNQ_SIZE}`);
    if (p.runnext !== null) at(p.runnext, `P${p.id}.runnext`);
    for (const g of p.runq) at(g, `P${p.id}.runq`);
  }
  for (const g of s.globrunq) at(g, 'globrunq');
  for (const m of s.ms) if (m.curg !== null) at(m.curg, `M${m.id}.curg`);
  for (const [name, ch] of Object.entries(s.chans)) {
    for (const g of ch.recvq) at(g, `chan ${name} recvq`);
    for (const g of ch.sendq) at(g, `chan ${name} sendq`);
    if (ch.qcount < 0 || ch.qcount > ch.cap) bad('chan', `chan ${name}: qcount ${ch.qcount} outside 0…${ch.cap}`);
    if (ch.recvq.length > 0 && (ch.qcount > 0 || ch.sendq.length > 0)) bad('chan', `chan ${name}: receivers wait while values or senders are there`);
    if (ch.sendq.length > 0 && ch.qcount < ch.cap) bad('chan', `chan ${name}: senders wait while the buffer has room`);
  }
  for (let i = 0; i < s.timers.length; i++) {
    const t = s.timers[i]!;
    at(t.g, 'timer');
    const prev = s.timers[i - 1];
    if (prev && (prev.when > t.when || (prev.when === t.when && prev.seq > t.seq))) bad('timers', 'timers not sorted');
  }

  let runnable = 0;
  for (const g of s.gs) {
    if (!g) continue;
    const where = places.get(g.id) ?? [];
    const desc = `G${g.id} (${g.status}) is in ${where.length === 0 ? 'no place' : where.join(' and ')}`;
    switch (g.status) {
      case 'dead':
        if (where.length > 0) bad('g-place', desc);
        break;
      case 'running': {
        const ok = where.length === 1 && where[0]!.endsWith('.curg');
        if (!ok) bad('g-place', desc);
        else {
          const m = s.ms[g.m ?? -1];
          if (!m || m.curg !== g.id || m.phase !== 'run' || m.p === null) bad('g-place', `running G${g.id} is not run by an M with a P`);
        }
        break;
      }
      case 'syscall': {
        const ok = where.length === 1 && where[0]!.endsWith('.curg');
        const m = s.ms.find((x) => x.curg === g.id);
        if (!ok || !m || m.phase !== 'syscall') bad('g-place', desc);
        break;
      }
      case 'runnable':
        runnable++;
        if (where.length !== 1 || !/runnext|runq/.test(where[0]!)) bad('g-place', desc);
        break;
      case 'waiting': {
        const ok = where.length === 1 && (where[0]!.startsWith('chan') ? g.waitch !== null : where[0] === 'timer' && g.waitreason === 'sleep');
        if (!ok) bad('g-place', desc);
        break;
      }
    }
  }
  for (const [g] of places) if (!s.gs[g]) bad('g-place', `unknown G${g} is queued`);

  // ---- P ↔ M ----
  const pidle = new Set(s.sched.pidle);
  if (pidle.size !== s.sched.pidle.length) bad('pidle', 'a P is on the idle list twice');
  let idleCount = 0;
  for (const p of s.ps) {
    if (p.status === 'idle') {
      idleCount++;
      if (!pidle.has(p.id)) bad('pidle', `idle P${p.id} is not on the idle list`);
      if (p.m !== null) bad('p-m', `idle P${p.id} has M${p.m}`);
      if (p.runnext !== null || p.runq.length > 0) bad('idle-p-work', `idle P${p.id} has goroutines queued`);
    } else if (p.status === 'running') {
      if (pidle.has(p.id)) bad('pidle', `running P${p.id} is on the idle list`);
      const m = p.m === null ? undefined : s.ms[p.m];
      if (!m) bad('p-m', `running P${p.id} has no M`);
      else if (m.p !== p.id) bad('p-m', `P${p.id}.m = M${m.id} but M${m.id}.p = ${m.p}`);
    } else if (pidle.has(p.id)) bad('pidle', `P${p.id} (${p.status}) is on the idle list`);
  }
  for (const id of s.sched.pidle) if (id < 0 || id >= s.ps.length) bad('pidle', `P${id} on the idle list does not exist`);
  if (s.sched.npidle !== s.sched.pidle.length || s.sched.npidle !== idleCount) {
    bad('npidle', `npidle=${s.sched.npidle}, idle list ${s.sched.pidle.length}, idle Ps ${idleCount}`);
  }

  const midle = new Set(s.sched.midle);
  if (midle.size !== s.sched.midle.length || s.sched.nmidle !== s.sched.midle.length) bad('midle', 'idle M list and nmidle disagree');
  let spinning = 0;
  let netpolling = 0;
  const heldBy = new Map<number, number>();
  for (const m of s.ms) {
    if (m.spinning) spinning++;
    if (m.p !== null) {
      const p = s.ps[m.p];
      if (!p) bad('p-m', `M${m.id} holds P${m.p}, which does not exist`);
      else if (p.m !== m.id) bad('p-m', `M${m.id}.p = P${m.p} but P${m.p}.m = ${p.m}`);
      if (heldBy.has(m.p)) bad('p-m', `P${m.p} held by M${heldBy.get(m.p)} and M${m.id}`);
      heldBy.set(m.p, m.id);
    }
    const g = m.curg === null ? null : s.gs[m.curg];
    switch (m.phase) {
      case 'idle':
        if (!midle.has(m.id)) bad('midle', `idle M${m.id} is not on the idle M list`);
        if (m.p !== null || m.curg !== null || m.spinning) bad('m-phase', `idle M${m.id} holds something`);
        break;
      case 'run':
        if (m.p === null || !g || g.status !== 'running') bad('m-phase', `M${m.id} runs without a P or a running G`);
        break;
      case 'sched':
      case 'steal':
        if (m.p === null || m.curg !== null) bad('m-phase', `M${m.id} schedules without a P or with a G`);
        if (m.phase === 'steal' && !m.spinning) bad('m-phase', `M${m.id} steals without spinning`);
        break;
      case 'syscall':
        if (!g || g.status !== 'syscall') bad('m-phase', `M${m.id} in a syscall without a G in one`);
        break;
      case 'netpoll':
        netpolling++;
        if (m.p !== null || m.curg !== null || m.spinning) bad('m-phase', `M${m.id} in netpoll holds something`);
        break;
    }
    if (m.phase !== 'idle' && midle.has(m.id)) bad('midle', `M${m.id} (${m.phase}) is on the idle M list`);
    if (m.spinning) {
      const p = m.p === null ? undefined : s.ps[m.p];
      if (!p) bad('spinning', `spinning M${m.id} has no P`);
      else if (p.runnext !== null || p.runq.length > 0) bad('spinning', `spinning M${m.id} owns P${p.id} with local work`);
    }
    if (m.phase !== 'idle' && m.when < s.now) bad('time', `M${m.id} acts at ${m.when} < now ${s.now}`);
  }
  if (netpolling > 1) bad('netpoll', `${netpolling} Ms blocked in netpoll (at most one)`);
  if (s.sched.nmspinning !== spinning) bad('nmspinning', `nmspinning=${s.sched.nmspinning} but ${spinning} Ms spin`);
  if (s.sched.needspinning !== 0 && s.sched.needspinning !== 1) bad('needspinning', `needspinning=${s.sched.needspinning}`);
  if (s.sysmon.pd.length !== s.ps.length) bad('sysmon', 'one sysmontick per P');
  if (s.halted === null && s.sysmon.next < 0 && s.sched.npidle < s.gomaxprocs) bad('sysmon', 'sysmon sleeps while a P is active');
  if (s.sysmon.next >= 0 && s.sysmon.next < s.now) bad('time', `sysmon acts at ${s.sysmon.next} < now ${s.now}`);

  // ---- liveness: work conservation ----
  // Runnable goroutines while every P is idle would never run (a lost wake-up).
  if (s.halted === null && runnable > 0 && s.sched.npidle === s.gomaxprocs) {
    bad('lost-wakeup', `${runnable} runnable goroutines but every P is idle`);
  }
  return out;
}
