// Named presets. The losing ones carry a schedule found by explore (stored here, and checked by
// test/unit/gc/scenarios.test.ts: explore still finds a loss, and the stored schedule still
// reproduces it), so stepping the scenario shows the loss the same way every time.
import type { Scenario } from '../core/types.ts';
import { buildLargeHeap } from './large-heap.ts';
import { classicPrograms, type Program, type ProgramId } from './programs.ts';
import { scheduleFor } from './schedule.ts';
import { FOUR_SRC, HEAP_MOVE_SRC, LARGE_SRC, lineOf, NEW_ON_STACK_SRC, STACK_HIDE_SRC, STACK_TO_BLACK_SRC } from './sources.ts';
import type { GcAction, GcConfig, GcOp } from './types.ts';

export type GcScenario = Scenario<GcConfig, GcAction>;

function program(id: ProgramId): Program {
  return classicPrograms.find((p) => p.id === id)!.program;
}

/** The program with its ops pointed at `lines` (one line per op, in order). */
function withLines(p: Program, lines: number[][]): Program {
  return {
    ...p,
    goroutines: p.goroutines.map((g, i) => ({ ...g, ops: g.ops.map((op, k): GcOp => ({ ...op, line: lines[i]![k]! })) })),
  };
}

// Schedules found by explore() (see the header). Each entry indexes enabledMoves (moves.ts).
export const STORED_SCHEDULES: Readonly<Record<'no-barrier' | 'dijkstra-stack' | 'yuasa-stack' | 'alloc-white', readonly number[]>> = {
  // gcStart, scan the (empty) stack and the globals, blacken A; then a.f = b.f and b.f = nil
  // before B is scanned.
  'no-barrier': [0, 0, 0, 0, 1, 1, 0, 0, 0],
  // gcStart, scan main's stack and the globals; p := a.f and a.f = nil before A is scanned.
  'dijkstra-stack': [0, 0, 0, 1, 1, 0, 0, 0],
  // gcStart, scan the globals and blacken A before main's stack; a.f = p and p = nil.
  'yuasa-stack': [0, 1, 1, 1, 1, 0, 0, 0],
  // gcStart, scan main's stack; p := new(T) allocates white.
  'alloc-white': [0, 0, 0, 1, 0, 0],
};

const heapMove = withLines(program('heap-move'), [[lineOf(HEAP_MOVE_SRC, 'a.f = b.f'), lineOf(HEAP_MOVE_SRC, 'b.f = nil')]]);
const stackHide = withLines(program('stack-hide'), [[lineOf(STACK_HIDE_SRC, 'p := a.f'), lineOf(STACK_HIDE_SRC, 'a.f = nil')]]);
const stackToBlack = withLines(program('stack-to-black'), [[lineOf(STACK_TO_BLACK_SRC, 'a.f = p'), lineOf(STACK_TO_BLACK_SRC, 'p = nil')]]);
const newOnStack = withLines(program('new-on-scanned-stack'), [[lineOf(NEW_ON_STACK_SRC, 'p := new(T)')]]);

/** The four classic programs side by side, one goroutine each (objects renamed per program). */
export const fourPrograms: Program = {
  heap: { A1: ['B1', null], B1: [null, null], A2: [null, null], B2: [null, null], A3: [null, null], B3: ['C3', null], C3: [null, null] },
  globals: ['A1', 'A2', 'A3', 'B3'],
  goroutines: [
    { stack: [null], ops: [{ op: 'write', dst: 's0', src: 'g0.0', line: lineOf(FOUR_SRC, 'p := a1.f') }, { op: 'write', dst: 'g0.0', src: 'nil', line: lineOf(FOUR_SRC, 'a1.f = nil') }] },
    { stack: ['B2'], ops: [{ op: 'write', dst: 'g1.0', src: 's0', line: lineOf(FOUR_SRC, 'a2.f = p') }, { op: 'write', dst: 's0', src: 'nil', line: lineOf(FOUR_SRC, 'p = nil') }] },
    { stack: [], ops: [{ op: 'write', dst: 'g2.0', src: 'g3.0', line: lineOf(FOUR_SRC, 'a3.f = b3.f') }, { op: 'write', dst: 'g3.0', src: 'nil', line: lineOf(FOUR_SRC, 'b3.f = nil') }] },
    { stack: [null], ops: [{ op: 'new', dst: 's0', line: lineOf(FOUR_SRC, 'q := new(T)') }] },
  ],
};

// The race staged for the hybrid barrier: every trick runs at the moment that defeats some
// other barrier — G1 and G3 after their (black) stacks are scanned, G2 into black A2 while its
// stack is grey, G4 on a black stack. The seeded PRNG takes over afterwards.
const FOUR_RACE = [
  'gcStart', 'markroot:0', 'markroot:2', 'markroot:globals', 'scanobject:A2', 'scanobject:A3',
  'g:0', 'g:0', 'g:1', 'g:1', 'g:2', 'g:2', 'markroot:3', 'g:3',
];

const large = buildLargeHeap({
  load: lineOf(LARGE_SRC, 'p := lists[i]'),
  drop: lineOf(LARGE_SRC, 'p.data = p.data.next'),
  alloc: lineOf(LARGE_SRC, 'p.data = new(T)'),
  advance: lineOf(LARGE_SRC, 'p = p.next'),
});
// Before gcStart the move list is [gcStart, G1, G2, G3, G4]: twelve rounds of 1..4 let every
// goroutine drop six nodes' data before the cycle begins (that garbage is white and freed).
const LARGE_WARMUP = Array.from({ length: 48 }, (_, i) => 1 + (i % 4));

export const scenarios: readonly GcScenario[] = [
  {
    id: 'no-barrier',
    title: { en: 'No write barrier: a reachable object is freed', 'zh-cn': '没有写屏障：可达对象被释放' },
    summary: {
      en: 'a.f = b.f; b.f = nil moves object C from B into A. The collector has already blackened A and has not yet scanned B, and nothing tells it about the move: C stays white and sweep frees it while a.f still points to it.',
      'zh-cn': 'a.f = b.f; b.f = nil 把对象 C 从 B 移到 A。回收器已把 A 涂黑、尚未扫描 B，又没有任何机制通知它：C 始终是白色，清扫时被释放，而 a.f 仍指向它。',
    },
    config: { barrier: 'none', ...heapMove, schedule: [...STORED_SCHEDULES['no-barrier']] },
    seed: 1,
    actions: [],
    source: HEAP_MOVE_SRC,
  },
  {
    id: 'dijkstra-stack',
    title: { en: 'Dijkstra barrier: an object hidden on a scanned stack', 'zh-cn': 'Dijkstra 写屏障：藏在已扫描栈上的对象' },
    summary: {
      en: "After main's stack is scanned, p := a.f copies B onto it (stack writes have no barrier) and a.f = nil removes the heap's pointer. shade(ptr) shades only nil, so B is lost unless the stacks are re-scanned.",
      'zh-cn': 'main 的栈扫描完后，p := a.f 把 B 复制到栈上（写栈没有屏障），a.f = nil 又删掉了堆上的指针。shade(ptr) 只会置灰 nil，除非重新扫描栈，否则 B 会丢失。',
    },
    config: { barrier: 'dijkstra', ...stackHide, schedule: [...STORED_SCHEDULES['dijkstra-stack']] },
    seed: 1,
    actions: [],
    source: STACK_HIDE_SRC,
  },
  {
    id: 'dijkstra-rescan',
    title: { en: 'Dijkstra barrier with the STW stack re-scan (Go 1.5–1.7)', 'zh-cn': 'Dijkstra 写屏障加 STW 栈重扫（Go 1.5–1.7）' },
    summary: {
      en: 'The same program and the same interleaving as the previous scenario, but mark termination re-scans every stack with the world stopped: it finds B on main\'s stack and marks it. That pause grew with the number of goroutines, which is why Go 1.8 replaced it.',
      'zh-cn': '程序和交错顺序与上一个场景相同，但标记终止在 STW 中重新扫描所有栈：在 main 的栈上找到 B 并标记它。这次停顿随 goroutine 数量增长，所以 Go 1.8 取消了它。',
    },
    config: { barrier: 'dijkstra', rescanStacks: true, ...stackHide, schedule: [...STORED_SCHEDULES['dijkstra-stack']] },
    seed: 1,
    actions: [],
    source: STACK_HIDE_SRC,
  },
  {
    id: 'yuasa-stack',
    title: { en: 'Yuasa barrier without stacks first', 'zh-cn': '不先扫描栈的 Yuasa 写屏障' },
    summary: {
      en: "The collector blackens A before scanning main's stack. a.f = p stores B into black A; the deletion barrier shades only the old a.f (nil). Then p = nil empties the stack before it is scanned, and B is lost.",
      'zh-cn': '回收器先把 A 涂黑，还没扫描 main 的栈。a.f = p 把 B 存进黑色的 A；删除屏障只置灰旧的 a.f（nil）。随后 p = nil 在栈被扫描前清空了它，B 丢失。',
    },
    config: { barrier: 'yuasa', ...stackToBlack, schedule: [...STORED_SCHEDULES['yuasa-stack']] },
    seed: 1,
    actions: [],
    source: STACK_TO_BLACK_SRC,
  },
  {
    id: 'yuasa-stacks-first',
    title: { en: 'Yuasa barrier with every stack scanned first', 'zh-cn': '先扫描所有栈的 Yuasa 写屏障' },
    summary: {
      en: 'The same program, but no heap object (and not the globals) is blackened until every stack is black. B is shaded when the stack is scanned, so it cannot be hidden. The price: heap marking waits for all stacks.',
      'zh-cn': '程序相同，但在所有栈变黑之前，不涂黑任何堆对象（也不扫描全局变量）。扫描栈时 B 已被置灰，无法被藏起来。代价是堆标记要等所有栈扫描完。',
    },
    // The moves that lost B in the previous scenario, as far as stacks-first allows them.
    config: {
      barrier: 'yuasa',
      stackBeforeHeap: true,
      ...stackToBlack,
      schedule: scheduleFor({ barrier: 'yuasa', stackBeforeHeap: true, ...stackToBlack }, ['gcStart', 'markroot:0', 'markroot:globals', 'scanobject:A', 'g:0', 'g:0']),
    },
    seed: 1,
    actions: [],
    source: STACK_TO_BLACK_SRC,
  },
  {
    id: 'hybrid-four',
    title: { en: 'The hybrid barrier against all four tricks', 'zh-cn': '混合写屏障对抗四种隐藏手法' },
    summary: {
      en: "Four goroutines each try one way of hiding an object: into a stack, from a stack into a black object, within the heap, and a new object on a scanned stack. shade(*slot), shade(ptr) while the writer's stack is grey, and allocate-black catch every one, with no stack re-scan.",
      'zh-cn': '四个 goroutine 各用一种方式隐藏对象：藏进栈、从栈移入黑色对象、在堆内移动、把新对象放在已扫描的栈上。shade(*slot)、写者栈为灰色时的 shade(ptr) 以及分配即黑把它们全部拦住，无需重扫栈。',
    },
    config: { barrier: 'hybrid', ...fourPrograms, schedule: scheduleFor({ barrier: 'hybrid', ...fourPrograms }, FOUR_RACE) },
    seed: 1,
    actions: [],
    source: FOUR_SRC,
  },
  {
    id: 'alloc-white',
    title: { en: 'Hybrid barrier with allocate-white', 'zh-cn': '混合写屏障配合“分配即白”' },
    summary: {
      en: "main's stack is scanned, then p := new(T) allocates a white object that only that black stack holds. Stack writes have no barrier and the stack is never scanned again, so it is freed: the hybrid barrier needs allocate-black.",
      'zh-cn': 'main 的栈扫描完后，p := new(T) 分配了一个白色对象，只有这个黑色栈引用它。写栈没有屏障，栈也不会再被扫描，于是它被释放：混合写屏障必须配合分配即黑。',
    },
    config: { barrier: 'hybrid', allocBlack: false, ...newOnStack, schedule: [...STORED_SCHEDULES['alloc-white']] },
    seed: 1,
    actions: [],
    source: NEW_ON_STACK_SRC,
  },
  {
    id: 'large-heap',
    title: { en: 'A larger heap marked concurrently', 'zh-cn': '并发标记一个更大的堆' },
    summary: {
      en: "256 objects in four circular lists, churned by four goroutines while the collector marks with Go's barrier. Watch the grey wavefront move along the lists; data dropped after it was shaded survives as floating garbage, data dropped earlier is freed.",
      'zh-cn': '四个循环链表共 256 个对象，四个 goroutine 在回收器标记期间不断改动它们（使用 Go 实际的写屏障）。观察灰色波前沿着链表推进；被置灰后才丢弃的数据成为浮动垃圾留到下一轮，更早丢弃的则被释放。',
    },
    config: { ...large, schedule: LARGE_WARMUP },
    seed: 7,
    actions: [],
    source: LARGE_SRC,
  },
];

export function scenarioById(id: string): GcScenario | undefined {
  return scenarios.find((s) => s.id === id);
}
