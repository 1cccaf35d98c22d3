// Tri-colour GC marking as the shell sees it: engine, narration, view, source marks, the
// collector's settings and "find a losing interleaving".
import { currentOps, gcEngine, GcActionSchema, GcConfigSchema, narrator } from '../../../simulators/gc/index.ts';
import type { Barrier, GcAction, GcConfig, GcState } from '../../../simulators/gc/types.ts';
import type { Locale } from '../../../simulators/core/types.ts';
import type { Mechanism, SourceMark } from '../shell/types.ts';
import { answer, exploreInWorker } from './find.ts';
import { BARRIER_CHOICES, gcLabels } from './labels.ts';
import { withSetting } from './reschedule.ts';
import { readout, renderGcText } from './text.ts';
import { createGcView } from './view.ts';
import stylesheet from './gc.css?url';

function sourceMarks(s: GcState, locale: Locale): SourceMark[] {
  const t = gcLabels(locale);
  const stopped = s.phase === 'marktermination';
  const marks: SourceMark[] = [];
  for (const op of currentOps(s)) {
    if (op.done || op.line === null) continue;
    marks.push({ line: op.line, text: stopped ? t.stopped(op.label) : t.next(op.label), tone: stopped ? 'wait' : 'run' });
  }
  return marks;
}

export const mechanism: Mechanism<GcConfig, GcState, GcAction> = {
  stylesheet,
  engine: gcEngine,
  actionSchema: GcActionSchema,
  configSchema: GcConfigSchema,
  narrator,
  readout,
  createView: (stage, locale, run) => createGcView(stage, { locale, seed: () => run.seed }),
  sourceMarks,
  renderText: (container, state, locale) => renderGcText(container, state, locale),
  configControls: [
    {
      id: 'barrier',
      type: 'select',
      label: { en: 'Write barrier', 'zh-cn': '写屏障' },
      options: BARRIER_CHOICES,
      read: (c) => c.barrier,
      write: (c, v) => withSetting(c, { barrier: v as Barrier }),
    },
    {
      id: 'rescanStacks',
      type: 'checkbox',
      label: { en: 'Re-scan every stack at mark termination (Go 1.5–1.7)', 'zh-cn': '标记终止时重新扫描所有栈（Go 1.5–1.7）' },
      read: (c) => c.rescanStacks ?? false,
      write: (c, v) => withSetting(c, { rescanStacks: v }),
    },
    {
      id: 'stackBeforeHeap',
      type: 'checkbox',
      label: { en: 'Scan every stack before the heap', 'zh-cn': '先扫描所有栈，再扫描堆' },
      read: (c) => c.stackBeforeHeap ?? false,
      write: (c, v) => withSetting(c, { stackBeforeHeap: v }),
    },
    {
      id: 'allocBlack',
      type: 'checkbox',
      label: { en: 'Allocate black during marking (as Go does)', 'zh-cn': '标记期间分配即黑（Go 的做法）' },
      read: (c) => c.allocBlack ?? true,
      write: (c, v) => withSetting(c, { allocBlack: v }),
    },
  ],
  commands: [
    {
      id: 'explore',
      label: { en: 'Find a losing interleaving', 'zh-cn': '寻找会丢失对象的交错' },
      run: async (config, signal) => answer(config, await exploreInWorker(config, signal)),
    },
  ],
};
