// Where each object lives in the picture, decided once per program so objects never jump while
// pointers change: a grid of lanes (one per root slot: the globals' slots, then each goroutine's
// stack slots) and columns (distance from the roots in the program as it starts). Objects the
// program allocates get a place in advance too: next to the stack slot they are stored in, or in
// their goroutine's "new" lane. Objects nothing reaches at the start go to a "no root" lane.
import type { GcConfig, GcState } from '../../../simulators/gc/types.ts';

export type LaneKind = { kind: 'global'; slot: number } | { kind: 'stack'; g: number; slot: number } | { kind: 'alloc'; g: number } | { kind: 'empty'; root: number } | { kind: 'none' } | { kind: 'extra' };

export type Lane = LaneKind & { rows: number };

/** A root box: the globals, one goroutine's stack, or the "no root" group; spans `lanes`. */
export type RootGroup = { kind: 'globals' | 'stack' | 'none' | 'extra'; g?: number; lanes: number[] };

export type Cell = { lane: number; col: number; row: number };

export type Plan = {
  lanes: Lane[];
  groups: RootGroup[];
  cells: Map<string, Cell>;
  /** Number of columns (≥ 1). */
  cols: number;
  /** Many objects: small dots, no labels, no arrowheads. */
  dense: boolean;
  /** Objects placed on first sight (the reader's own allocations), in order. */
  extra: string[];
};

/** Above this many objects (initial plus allocated) the picture switches to dots. */
export const DENSE_OVER = 40;

type Prog = Pick<Required<GcConfig>, 'heap' | 'globals' | 'goroutines'>;

/** The name mallocgc gives goroutine g's allocation at statement pc (simulators/gc/step.ts). */
export function allocName(g: number, pc: number): string {
  return `n${g}_${pc}`;
}

export function buildPlan(p: Prog): Plan {
  const lanes: Lane[] = [];
  const groups: RootGroup[] = [];
  const cells = new Map<string, Cell>();
  const count = new Map<string, number>(); // "lane:col" → objects in that cell
  const put = (name: string, lane: number, col: number): void => {
    const k = `${lane}:${col}`;
    const row = count.get(k) ?? 0;
    count.set(k, row + 1);
    cells.set(name, { lane, col, row });
  };

  // Lanes, one per root slot, in root order; a root with no slot still gets one (empty) lane.
  const slotLane: { lane: number; ptr: string | null }[] = [];
  const gl: number[] = [];
  p.globals.forEach((ptr, slot) => {
    gl.push(lanes.length);
    slotLane.push({ lane: lanes.length, ptr });
    lanes.push({ kind: 'global', slot, rows: 1 });
  });
  if (gl.length === 0) {
    gl.push(lanes.length);
    lanes.push({ kind: 'empty', root: -1, rows: 1 });
  }
  groups.push({ kind: 'globals', lanes: gl });
  const stackLane: number[][] = [];
  p.goroutines.forEach((g, gi) => {
    const ls: number[] = [];
    g.stack.forEach((ptr, slot) => {
      ls.push(lanes.length);
      slotLane.push({ lane: lanes.length, ptr });
      lanes.push({ kind: 'stack', g: gi, slot, rows: 1 });
    });
    stackLane.push(ls.slice());
    if (ls.length === 0) {
      ls.push(lanes.length);
      lanes.push({ kind: 'empty', root: gi, rows: 1 });
    }
    groups.push({ kind: 'stack', g: gi, lanes: ls });
  });

  // Breadth first from every root slot at once: column = distance, lane = the slot that got there first.
  let frontier: { name: string; lane: number; col: number }[] = [];
  for (const { lane, ptr } of slotLane) {
    if (ptr !== null && !cells.has(ptr) && p.heap[ptr]) {
      put(ptr, lane, 1);
      frontier.push({ name: ptr, lane, col: 1 });
    }
  }
  const walk = (start: typeof frontier): void => {
    let f = start;
    while (f.length > 0) {
      const next: typeof frontier = [];
      for (const { name, lane, col } of f) {
        for (const q of p.heap[name] ?? []) {
          if (q !== null && !cells.has(q) && p.heap[q]) {
            put(q, lane, col + 1);
            next.push({ name: q, lane, col: col + 1 });
          }
        }
      }
      f = next;
    }
  };
  walk(frontier);
  frontier = [];

  // Unreachable at the start: their own lane, laid out from each chain's head.
  const rest = Object.keys(p.heap).filter((n) => !cells.has(n));
  if (rest.length > 0) {
    const lane = lanes.length;
    lanes.push({ kind: 'none', rows: 1 });
    groups.push({ kind: 'none', lanes: [lane] });
    const pointed = new Set(rest.flatMap((n) => p.heap[n]!.filter((q): q is string => q !== null)));
    const heads = rest.filter((n) => !pointed.has(n));
    for (const n of [...heads, ...rest]) {
      if (cells.has(n)) continue;
      put(n, lane, 1);
      walk([{ name: n, lane, col: 1 }]);
    }
  }

  let cols = 1;
  for (const c of cells.values()) cols = Math.max(cols, c.col);

  // Allocations: beside the stack slot they are stored in, else in the goroutine's own lane.
  let allocated = 0;
  p.goroutines.forEach((g, gi) => {
    let allocLane = -1;
    let nextCol = 1;
    g.ops.forEach((op, pc) => {
      if (op.op !== 'new') return;
      allocated++;
      const m = /^s(\d+)$/.exec(op.dst);
      const slotLaneIdx = m ? stackLane[gi]?.[Number(m[1])] : undefined;
      if (slotLaneIdx !== undefined) {
        let col = 1;
        while (count.has(`${slotLaneIdx}:${col}`)) col++;
        put(allocName(gi, pc), slotLaneIdx, col);
        cols = Math.max(cols, col);
        return;
      }
      if (allocLane < 0) {
        allocLane = lanes.length;
        lanes.push({ kind: 'alloc', g: gi, rows: 1 });
        groups.find((gr) => gr.kind === 'stack' && gr.g === gi)!.lanes.push(allocLane);
      }
      put(allocName(gi, pc), allocLane, nextCol++);
    });
  });
  // An alloc lane wraps onto more rows when it has more objects than there are columns.
  for (const [name, c] of cells) {
    const lane = lanes[c.lane]!;
    if (lane.kind === 'alloc' && c.col > cols) cells.set(name, { lane: c.lane, col: ((c.col - 1) % cols) + 1, row: Math.floor((c.col - 1) / cols) });
  }
  for (const [name, c] of cells) {
    void name;
    const lane = lanes[c.lane]!;
    lane.rows = Math.max(lane.rows, c.row + 1);
  }

  // Stacks are grouped in root order; the "no root" group goes last.
  const none = groups.findIndex((g) => g.kind === 'none');
  if (none >= 0) groups.push(groups.splice(none, 1)[0]!);

  return { lanes, groups, cells, cols, dense: Object.keys(p.heap).length + allocated > DENSE_OVER, extra: [] };
}

const plans = new WeakMap<object, Plan>();

/** The plan for `state`'s program (cached by the program's goroutines, which every state shares). */
export function planFor(state: GcState): Plan {
  const key = state.config.goroutines;
  let plan = plans.get(key);
  if (!plan || plan.lanes.length === 0) {
    plan = buildPlan(state.config);
    plans.set(key, plan);
  }
  // Objects the reader's interventions allocated ('r0', 'r1'…) get a lane of their own, in order.
  for (const name in state.objects) {
    if (plan.cells.has(name)) continue;
    let lane = plan.lanes.findIndex((l) => l.kind === 'extra');
    if (lane < 0) {
      lane = plan.lanes.length;
      plan.lanes.push({ kind: 'extra', rows: 1 });
      plan.groups.push({ kind: 'extra', lanes: [lane] });
    }
    const i = plan.extra.length;
    plan.extra.push(name);
    const cell = { lane, col: (i % plan.cols) + 1, row: Math.floor(i / plan.cols) };
    plan.cells.set(name, cell);
    plan.lanes[lane]!.rows = Math.max(plan.lanes[lane]!.rows, cell.row + 1);
  }
  return plan;
}
