// The GMP scheduler as the shell sees it: engine, narration, view, source marks, interventions.
// Not from index.ts: that would bring the captions of both locales (see loadNarrator below).
import { gmpEngine } from '../../../simulators/gmp/engine.ts';
import { currentLine } from '../../../simulators/gmp/inspect.ts';
import { GmpActionSchema, GmpConfigSchema } from '../../../simulators/gmp/schema.ts';
import { localeNarrator } from '../../../simulators/gmp/narration/shared.ts';
import type { GmpAction, GmpConfig, GmpState } from '../../../simulators/gmp/types.ts';
import { fmtDuration } from '../../../simulators/core/format.ts';
import type { Mechanism, SourceMark } from '../shell/types.ts';
import { gmpLabels } from './labels.ts';
import { createGmpView } from './view.ts';
import { renderGmpText } from './text.ts';
import stylesheet from './gmp.css?url';

/** The interventions form offers at most this many Ps (the engine allows more via URLs). */
const MAX_UI_PROCS = 8;
/** Waiting Gs named on a source line before "+N". */
const WAIT_NAMES = 3;

/** "G4, G5 waiting" or "G4, G5, G6 +12 waiting". */
function waitBadge(ids: readonly number[], word: string): string {
  const names = ids.slice(0, WAIT_NAMES).map((id) => `G${id}`).join(', ');
  const more = ids.length > WAIT_NAMES ? ` +${ids.length - WAIT_NAMES}` : '';
  return `${names}${more} ${word}`;
}

function sourceMarks(state: GmpState, locale: 'en' | 'zh-cn'): SourceMark[] {
  const t = gmpLabels(locale);
  const marks: SourceMark[] = [];
  for (const m of state.ms) {
    if (m.curg === null) continue;
    const g = state.gs[m.curg];
    const line = currentLine(state, m.curg);
    if (!g || line === undefined) continue;
    if (g.status === 'syscall') marks.push({ line, text: t.syscallOn(g.id, m.id), tone: 'block' });
    else marks.push({ line, text: m.p !== null ? t.onP(g.id, m.p) : t.onM(g.id, m.id), tone: 'run' });
  }
  const waiting = new Map<number, number[]>();
  for (const g of state.gs) {
    if (!g || g.status !== 'waiting') continue;
    const line = currentLine(state, g.id);
    if (line === undefined) continue;
    waiting.set(line, [...(waiting.get(line) ?? []), g.id]);
  }
  for (const [line, ids] of waiting) marks.push({ line, text: waitBadge(ids, t.waiting), tone: 'wait' });
  return marks;
}

export const mechanism: Mechanism<GmpConfig, GmpState, GmpAction> = {
  stylesheet,
  engine: gmpEngine,
  actionSchema: GmpActionSchema,
  configSchema: GmpConfigSchema,
  // Only the reader's locale of the captions is downloaded.
  loadNarrator: (locale) =>
    (locale === 'zh-cn' ? import('../../../simulators/gmp/narration/zh-cn.ts').then((m) => m.zhCn) : import('../../../simulators/gmp/narration/en.ts').then((m) => m.en)).then(localeNarrator),
  readout: (s, locale) => `${gmpLabels(locale).virtualTime} ${fmtDuration(s.now, locale)}`,
  createView: (stage, locale) => createGmpView(stage, { locale }),
  sourceMarks,
  renderText: (container, state, locale) => renderGmpText(container, state, locale),
  interventions: [
    {
      id: 'spawn',
      submit: { en: 'go func()', 'zh-cn': 'go func()' },
      fields: [
        {
          name: 'p',
          type: 'select',
          label: { en: 'Start a goroutine on', 'zh-cn': '在这个 P 上启动 goroutine：' },
          options: (s) => s.ps.map((p) => ({ value: String(p.id), label: `P${p.id}` })),
        },
      ],
      toAction: (v) => ({ type: 'spawn', p: Number(v.p ?? 0) }),
    },
    {
      id: 'gomaxprocs',
      submit: { en: 'Set', 'zh-cn': '设置' },
      fields: [{ name: 'n', type: 'number', label: { en: 'GOMAXPROCS', 'zh-cn': 'GOMAXPROCS' }, min: 1, max: (s) => Math.max(MAX_UI_PROCS, s.gomaxprocs), value: (s) => s.gomaxprocs }],
      toAction: (v, s) => {
        const n = Math.round(Number(v.n));
        const max = Math.max(MAX_UI_PROCS, s.gomaxprocs);
        if (!Number.isFinite(n) || n < 1 || n > max) return { error: { en: `GOMAXPROCS must be 1–${max}`, 'zh-cn': `GOMAXPROCS 须在 1–${max} 之间` } };
        return { type: 'setGomaxprocs', n };
      },
    },
  ],
};
