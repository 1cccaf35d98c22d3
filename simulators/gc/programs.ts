// The four classic ways a mutator hides an object from a concurrent marker, as programs, and
// the table of which barrier (and which collector options) loses which of them. The table is
// never written by hand: barrierTable() runs explore for every combination.
import type { Localized } from '../core/types.ts';
import { explore, type ExploreResult } from './explore.ts';
import type { Barrier, GcConfig } from './types.ts';

export type ProgramId = 'stack-hide' | 'stack-to-black' | 'heap-move' | 'new-on-scanned-stack';

/** A program without collector options: heap, globals, goroutines. */
export type Program = Pick<GcConfig, 'heap' | 'globals' | 'goroutines'>;

export type ClassicProgram = { id: ProgramId; title: Localized; summary: Localized; program: Program };

export const classicPrograms: readonly ClassicProgram[] = [
  {
    id: 'stack-hide',
    title: { en: 'Hide a heap pointer in a stack', 'zh-cn': '把堆指针藏进栈' },
    summary: {
      en: 'After its stack is scanned, a goroutine copies a.f (object B) into a local and sets a.f = nil: B is now only on a black stack.',
      'zh-cn': '栈扫描之后，goroutine 把 a.f（对象 B）复制到局部变量，再令 a.f = nil：B 只剩一个黑色栈引用它。',
    },
    program: {
      heap: { A: ['B', null], B: [null, null] },
      globals: ['A'],
      goroutines: [{ stack: [null], ops: [{ op: 'write', dst: 's0', src: 'g0.0' }, { op: 'write', dst: 'g0.0', src: 'nil' }] }],
    },
  },
  {
    id: 'stack-to-black',
    title: { en: 'Move a stack pointer into a black object', 'zh-cn': '把栈上的指针移入黑色对象' },
    summary: {
      en: 'Before its stack is scanned, a goroutine stores its local p (object B) into a.f, where A is already black, then sets p = nil.',
      'zh-cn': '栈被扫描之前，goroutine 把局部变量 p（对象 B）存入已是黑色的 A 的字段 a.f，再令 p = nil。',
    },
    program: {
      heap: { A: [null, null], B: [null, null] },
      globals: ['A'],
      goroutines: [{ stack: ['B'], ops: [{ op: 'write', dst: 'g0.0', src: 's0' }, { op: 'write', dst: 's0', src: 'nil' }] }],
    },
  },
  {
    id: 'heap-move',
    title: { en: 'Move a pointer within the heap', 'zh-cn': '在堆内移动指针' },
    summary: {
      en: 'a.f = b.f; b.f = nil — object C moves from B, not yet scanned, into A, already black.',
      'zh-cn': 'a.f = b.f; b.f = nil —— 对象 C 从尚未扫描的 B 移到已是黑色的 A。',
    },
    program: {
      heap: { A: [null, null], B: ['C', null], C: [null, null] },
      globals: ['A', 'B'],
      goroutines: [{ stack: [], ops: [{ op: 'write', dst: 'g0.0', src: 'g1.0' }, { op: 'write', dst: 'g1.0', src: 'nil' }] }],
    },
  },
  {
    id: 'new-on-scanned-stack',
    title: { en: 'A new object kept only on a scanned stack', 'zh-cn': '新对象只存在于已扫描的栈上' },
    summary: {
      en: 'After its stack is scanned, a goroutine allocates an object and keeps it only in a local.',
      'zh-cn': '栈扫描之后，goroutine 分配一个对象，只用局部变量引用它。',
    },
    program: { heap: {}, globals: [], goroutines: [{ stack: [null], ops: [{ op: 'new', dst: 's0' }] }] },
  },
];

export const BARRIERS: readonly Barrier[] = ['none', 'dijkstra', 'yuasa', 'hybrid', 'hybrid-go'];

export type CollectorOptions = { barrier: Barrier; rescanStacks: boolean; stackBeforeHeap: boolean; allocBlack: boolean };

/** Every barrier × re-scan × stacks-first × allocate-black combination (40). */
export function collectorVariants(): CollectorOptions[] {
  const out: CollectorOptions[] = [];
  for (const barrier of BARRIERS) for (const rescanStacks of [false, true]) for (const stackBeforeHeap of [false, true]) for (const allocBlack of [true, false]) out.push({ barrier, rescanStacks, stackBeforeHeap, allocBlack });
  return out;
}

export function withOptions(p: Program, o: CollectorOptions): GcConfig {
  return { ...o, ...p };
}

export type BarrierTableRow = CollectorOptions & { results: Record<ProgramId, ExploreResult> };

/** explore() on every classic program under every collector variant. */
export function barrierTable(variants: readonly CollectorOptions[] = collectorVariants()): BarrierTableRow[] {
  return variants.map((o) => {
    const results = {} as Record<ProgramId, ExploreResult>;
    for (const p of classicPrograms) results[p.id] = explore(withOptions(p.program, o));
    return { ...o, results };
  });
}
