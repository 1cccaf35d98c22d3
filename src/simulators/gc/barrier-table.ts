// The chapter's barrier table, computed from explore() at build time (never typed by hand):
// for each barrier and each classic program, the collector options under which some
// interleaving loses an object, written as the shortest "with … / without …" conditions, plus a
// link that opens the simulator on one losing interleaving.
import { encodeUrlState } from '../../../simulators/core/url-state.ts';
import type { Locale } from '../../../simulators/core/types.ts';
import { barrierTable, BARRIERS, classicPrograms, scenarios, type BarrierTableRow, type ProgramId } from '../../../simulators/gc/index.ts';
import type { Barrier, GcConfig } from '../../../simulators/gc/types.ts';

/** The three collector options as boolean variables; `allocWhite` is !allocBlack. */
export type Opt = 'rescanStacks' | 'stackBeforeHeap' | 'allocWhite';
export const OPTS: readonly Opt[] = ['rescanStacks', 'stackBeforeHeap', 'allocWhite'];

/** A conjunction: each option required true, required false, or free (absent). */
export type Term = Partial<Record<Opt, boolean>>;

type Assignment = Record<Opt, boolean>;

function assignments(): Assignment[] {
  const out: Assignment[] = [];
  for (let m = 0; m < 8; m++) out.push({ rescanStacks: !!(m & 1), stackBeforeHeap: !!(m & 2), allocWhite: !!(m & 4) });
  return out;
}

function covers(t: Term, a: Assignment): boolean {
  return OPTS.every((o) => t[o] === undefined || t[o] === a[o]);
}

/**
 * The fewest terms whose disjunction is exactly `loses` (a predicate over the 8 option settings):
 * prime implicants, then the smallest cover (brute force: three variables). [] means never; [{}] always.
 */
export function minimalConditions(loses: (a: Assignment) => boolean): Term[] {
  const all = assignments();
  const on = all.filter(loses);
  if (on.length === 0) return [];
  if (on.length === all.length) return [{}];
  const terms: Term[] = [];
  for (let m = 0; m < 27; m++) {
    const t: Term = {};
    let k = m;
    for (const o of OPTS) {
      const v = k % 3;
      k = Math.floor(k / 3);
      if (v === 1) t[o] = true;
      else if (v === 2) t[o] = false;
    }
    terms.push(t);
  }
  const size = (t: Term) => Object.keys(t).length;
  const implicants = terms.filter((t) => all.every((a) => !covers(t, a) || loses(a)));
  const primes = implicants.filter((t) => !implicants.some((u) => u !== t && size(u) < size(t) && OPTS.every((o) => u[o] === undefined || u[o] === t[o])));
  let best: Term[] | null = null;
  for (let mask = 1; mask < 1 << primes.length; mask++) {
    const pick = primes.filter((_, i) => mask & (1 << i));
    if (best && pick.length >= best.length) continue;
    if (on.every((a) => pick.some((t) => covers(t, a)))) best = pick;
  }
  return best!;
}

const PHRASE: Record<Locale, Record<Opt, [string, string]>> = {
  // [when true, when false]
  en: {
    rescanStacks: ['with re-scan', 'without re-scan'],
    stackBeforeHeap: ['with stacks first', 'without stacks first'],
    allocWhite: ['allocating white', 'allocating black'],
  },
  'zh-cn': {
    rescanStacks: ['重扫栈时', '不重扫栈时'],
    stackBeforeHeap: ['先扫栈时', '不先扫栈时'],
    allocWhite: ['分配即白时', '分配即黑时'],
  },
};

/** A condition as words: "without re-scan", "without re-scan, allocating white". */
export function describe(terms: Term[], locale: Locale): string {
  const en = locale === 'en';
  if (terms.length === 0) return en ? 'never' : '从不';
  if (terms.length === 1 && Object.keys(terms[0]!).length === 0) return en ? 'whatever the options' : '无论选项如何';
  const term = (t: Term) =>
    OPTS.filter((o) => t[o] !== undefined)
      .map((o) => PHRASE[locale][o][t[o] ? 0 : 1])
      .join(en ? ', ' : '且');
  return terms.map(term).join(en ? '; or ' : '；或');
}

export type TableCell = { program: ProgramId; lost: string | null; when: string; href: string | null; moves: number | null };
export type TableRow = { barrier: Barrier; cells: TableCell[] };

/** Programs and the scenario that shows each (same goroutines, with Go source lines). */
function scenarioFor(program: ProgramId) {
  const p = classicPrograms.find((c) => c.id === program)!.program;
  const strip = (gs: GcConfig['goroutines']) => JSON.stringify(gs.map((g) => ({ stack: g.stack, ops: g.ops.map(({ line: _line, ...op }) => op) })));
  const want = strip(p.goroutines);
  return scenarios.find((s) => strip(s.config.goroutines) === want && JSON.stringify(s.config.heap) === JSON.stringify(p.heap))!;
}

/** The simulator page's link (site-root relative, without base) that replays `row`'s loss of `program`. */
export function lossLink(row: BarrierTableRow, program: ProgramId, locale: Locale): string | null {
  const r = row.results[program];
  if (!r.lost || !r.schedule) return null;
  const sc = scenarioFor(program);
  const config: GcConfig = { ...sc.config, barrier: row.barrier, rescanStacks: row.rescanStacks, stackBeforeHeap: row.stackBeforeHeap, allocBlack: row.allocBlack, schedule: r.schedule };
  const enc = encodeUrlState({ sim: 'gc', scenario: sc.id, actions: [], step: 0, config });
  if (!enc.ok) return null;
  return `${locale === 'en' ? '' : '/zh-cn'}/simulators/gc-marking/?${enc.value}`;
}

/** The whole table, from explore over every barrier × option combination. */
export function summaryTable(locale: Locale, rows: BarrierTableRow[] = barrierTable()): TableRow[] {
  const key = (o: { rescanStacks: boolean; stackBeforeHeap: boolean; allocBlack: boolean }) => `${o.rescanStacks}|${o.stackBeforeHeap}|${!o.allocBlack}`;
  return BARRIERS.map((barrier) => {
    const mine = rows.filter((r) => r.barrier === barrier);
    const byKey = new Map(mine.map((r) => [key(r), r]));
    const cells = classicPrograms.map((p): TableCell => {
      const loses = (a: Assignment) => byKey.get(`${a.rescanStacks}|${a.stackBeforeHeap}|${a.allocWhite}`)!.results[p.id].lost;
      const terms = minimalConditions(loses);
      // The link replays the loss under the options closest to Go's (fewest options switched on).
      const losing = mine.filter((r) => r.results[p.id].lost).sort((a, b) => Number(a.rescanStacks) + Number(a.stackBeforeHeap) + Number(!a.allocBlack) - (Number(b.rescanStacks) + Number(b.stackBeforeHeap) + Number(!b.allocBlack)));
      const first = losing[0];
      const lostName = first ? (first.results[p.id].lostObjects ?? [])[0] ?? null : null;
      return {
        program: p.id,
        lost: lostName,
        when: describe(terms, locale),
        href: first ? lossLink(first, p.id, locale) : null,
        moves: first?.results[p.id].schedule?.length ?? null,
      };
    });
    return { barrier, cells };
  });
}
