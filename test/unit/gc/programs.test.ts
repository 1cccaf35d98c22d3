// The barrier table, produced by explore, checked against the published facts:
// design/17503-eliminate-rescan.md and the go-weave yuasa model (aclements/go-misc):
// Dijkstra needs the stack re-scan, Yuasa needs stacks scanned first, the hybrid barrier needs
// neither but needs allocate-black.
import { describe, expect, it } from 'vitest';
import { barrierTable, check, classicPrograms, init, step, withOptions } from '../../../simulators/gc/index.ts';
import type { BarrierTableRow, ProgramId } from '../../../simulators/gc/index.ts';

const table = barrierTable();
const lost = (r: BarrierTableRow): ProgramId[] => classicPrograms.filter((p) => r.results[p.id].lost).map((p) => p.id);
const rows = (f: (r: BarrierTableRow) => boolean) => table.filter(f);

describe('barrierTable (explore on the four classic programs)', () => {
  it('covers every barrier × re-scan × stacks-first × allocate-black, exhaustively', () => {
    expect(table).toHaveLength(40);
    for (const r of table) for (const p of classicPrograms) expect(r.results[p.id].complete).toBe(true);
  });

  it('Dijkstra loses the stack-hidden object unless stacks are re-scanned', () => {
    for (const r of rows((r) => r.barrier === 'dijkstra')) {
      if (r.rescanStacks) expect(lost(r), JSON.stringify(r)).toEqual([]);
      else expect(lost(r)).toContain('stack-hide');
    }
  });

  it('Yuasa loses the stack-to-black move unless stacks are scanned first; with stacks first and allocate-black it loses nothing', () => {
    for (const r of rows((r) => r.barrier === 'yuasa')) {
      if (!r.stackBeforeHeap) expect(lost(r)).toContain('stack-to-black');
      else expect(lost(r)).not.toContain('stack-to-black');
      if (r.stackBeforeHeap && r.allocBlack) expect(lost(r)).toEqual([]);
    }
  });

  it('the hybrid barrier (both variants) needs neither re-scan nor stacks first, but needs allocate-black', () => {
    for (const r of rows((r) => r.barrier === 'hybrid' || r.barrier === 'hybrid-go')) {
      if (r.allocBlack || r.rescanStacks) expect(lost(r), JSON.stringify(r)).toEqual([]);
      else expect(lost(r)).toEqual(['new-on-scanned-stack']);
    }
  });

  it('with allocate-white and no re-scan, every barrier loses a new object kept on a scanned stack', () => {
    for (const r of rows((r) => !r.allocBlack && !r.rescanStacks)) expect(lost(r)).toContain('new-on-scanned-stack');
  });

  it('no barrier loses the heap-only move whatever the collector does', () => {
    for (const r of rows((r) => r.barrier === 'none')) expect(lost(r)).toContain('heap-move');
  });

  it('every loss comes with a schedule that reproduces it', () => {
    for (const r of table) {
      for (const p of classicPrograms) {
        const res = r.results[p.id];
        if (!res.lost) continue;
        const cfg = { ...withOptions(p.program, r), schedule: res.schedule! };
        let s = init(cfg, 1);
        for (let i = 0; i < res.schedule!.length; i++) s = step(s).state;
        const v = check(s).filter((x) => x.rule === 'lost-object');
        expect(v.map((x) => x.message.split(' ')[0]), `${r.barrier} ${p.id}`).toEqual(res.lostObjects);
      }
    }
  });
});
