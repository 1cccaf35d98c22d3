// The chapter's barrier table: computed from explore, its conditions the shortest true ones, and
// each "watch it" link a real URL that replays a loss in the simulator.
import { describe, expect, it } from 'vitest';
import { decodeUrlState } from '../../../simulators/core/url-state.ts';
import { barrierTable, gcUrlSpec, init, isTerminal, lostObjects, step, type BarrierTableRow } from '../../../simulators/gc/index.ts';
import type { GcConfig } from '../../../simulators/gc/types.ts';
import { describe as words, minimalConditions, summaryTable } from '../../../src/simulators/gc/barrier-table.ts';

const rows: BarrierTableRow[] = barrierTable();

describe('minimalConditions', () => {
  it('finds the shortest description of when a program loses', () => {
    expect(minimalConditions(() => false)).toEqual([]);
    expect(minimalConditions(() => true)).toEqual([{}]);
    expect(minimalConditions((a) => !a.rescanStacks)).toEqual([{ rescanStacks: false }]);
    expect(minimalConditions((a) => a.allocWhite && !a.rescanStacks)).toEqual([{ rescanStacks: false, allocWhite: true }]);
    const either = minimalConditions((a) => !a.rescanStacks || !a.stackBeforeHeap);
    expect(either).toHaveLength(2);
  });

  it('writes conditions as words in both locales', () => {
    expect(words([{ rescanStacks: false }], 'en')).toBe('without re-scan');
    expect(words([{ rescanStacks: false, allocWhite: true }], 'en')).toBe('without re-scan, allocating white');
    expect(words([{}], 'en')).toBe('whatever the options');
    expect(words([{ stackBeforeHeap: false }], 'zh-cn')).toBe('不先扫栈时');
    expect(words([{ rescanStacks: false }, { stackBeforeHeap: false }], 'en')).toBe('without re-scan; or without stacks first');
  });
});

describe('summaryTable', () => {
  const table = summaryTable('en', rows);
  const cell = (b: string, p: string) => table.find((r) => r.barrier === b)!.cells.find((c) => c.program === p)!;

  it('says what design 17503 says: Dijkstra needs the re-scan, Yuasa stacks first, hybrid allocate-black', () => {
    expect(cell('dijkstra', 'stack-hide')).toMatchObject({ lost: 'B', when: 'without re-scan' });
    expect(cell('yuasa', 'stack-to-black')).toMatchObject({ lost: 'B', when: 'without stacks first' });
    for (const b of ['hybrid', 'hybrid-go']) {
      for (const p of ['stack-hide', 'stack-to-black', 'heap-move']) expect(cell(b, p).lost, `${b} ${p}`).toBeNull();
      expect(cell(b, 'new-on-scanned-stack')).toMatchObject({ lost: 'n0_0', when: 'without re-scan, allocating white' });
    }
    expect(cell('none', 'heap-move')).toMatchObject({ lost: 'C', when: 'whatever the options' });
  });

  it('links every losing cell to the simulator on an interleaving that loses that object', () => {
    for (const row of table) {
      for (const c of row.cells) {
        if (c.lost === null) {
          expect(c.href).toBeNull();
          continue;
        }
        expect(c.href).toMatch(/^\/simulators\/gc-marking\/\?sim=gc&sc=[a-z-]+&step=0&cfg=/);
        const u = decodeUrlState(new URLSearchParams(c.href!.split('?')[1]), { sims: { gc: gcUrlSpec } });
        expect(u.ok, `${row.barrier} ${c.program}`).toBe(true);
        if (!u.ok) continue;
        const config = u.value.config as GcConfig;
        expect(config.barrier).toBe(row.barrier);
        let s = init(config, 1);
        while (!isTerminal(s)) s = step(s).state;
        expect(lostObjects(s), `${row.barrier} ${c.program}`).toEqual([c.lost]);
      }
    }
  });

  it('links the Chinese table to the Chinese page', () => {
    expect(summaryTable('zh-cn', rows)[0]!.cells[0]!.href).toMatch(/^\/zh-cn\/simulators\/gc-marking\//);
  });
});
