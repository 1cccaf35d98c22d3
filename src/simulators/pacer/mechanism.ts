// The GC pacer as the shell sees it: engine, narration, the chart view, the program's settings
// (GOGC, GOMEMLIMIT, GOMAXPROCS, the workload) and the calls a program can make mid-run
// (debug.SetGCPercent, debug.SetMemoryLimit, runtime.GOMAXPROCS, runtime.GC).
import { fmtBytes } from '../../../simulators/core/format.ts';
import { narrator, pacerEngine, PacerActionSchema, PacerConfigSchema, LIMITS } from '../../../simulators/pacer/index.ts';
import type { PacerAction, PacerConfig, PacerState } from '../../../simulators/pacer/index.ts';
import { liveNow } from '../../../simulators/pacer/progress.ts';
import type { Mechanism, SourceMark } from '../shell/types.ts';
import { pacerLabels } from './labels.ts';
import {
  fmtGogc,
  GOGC_STEPS,
  gogcPosition,
  limitAt,
  limitPosition,
  LIMIT_STEPS_MIB,
  PROCS_STEPS,
  procsPosition,
  withWorkload,
  workloadValue,
  WORKLOAD_OPTIONS,
} from './settings.ts';
import { renderPacerText, summaryLine } from './text.ts';
import { createPacerView } from './view.ts';
import stylesheet from './pacer.css?url';

function sourceMarks(s: PacerState, locale: 'en' | 'zh-cn'): SourceMark[] {
  if (s.exited) return [];
  const t = pacerLabels(locale).source;
  const line = s.phases[s.phase]?.line;
  if (line === undefined) return [];
  const text = [t.live(fmtBytes(liveNow(s)))];
  if (s.mark) text.push(t.marking(s.mark.n));
  if (s.limiter.enabled) text.push(t.limited);
  return [{ line, text: text.join(' · '), tone: s.limiter.enabled ? 'alert' : s.mark ? 'wait' : 'run' }];
}

const limitLabel = (bytes: number | null, locale: 'en' | 'zh-cn') => (bytes === null ? (locale === 'zh-cn' ? '无限制' : 'none') : fmtBytes(bytes));

export const mechanism: Mechanism<PacerConfig, PacerState, PacerAction> = {
  stylesheet,
  engine: pacerEngine,
  actionSchema: PacerActionSchema,
  configSchema: PacerConfigSchema,
  narrator,
  readout: (s, locale) => summaryLine(s, locale),
  createView: (stage, locale) => createPacerView(stage, { locale }),
  sourceMarks,
  renderText: (container, state, locale) => renderPacerText(container, state, locale),
  configControls: [
    {
      id: 'gogc',
      type: 'range',
      label: { en: 'GOGC', 'zh-cn': 'GOGC' },
      hint: { en: 'Log scale; the far right is off.', 'zh-cn': '对数刻度；最右端为 off。' },
      steps: GOGC_STEPS.length,
      read: (c) => gogcPosition(c.gogc),
      write: (c, i) => ({ ...c, gogc: GOGC_STEPS[i] ?? c.gogc }),
      format: (c) => fmtGogc(c.gogc),
    },
    {
      id: 'memoryLimit',
      type: 'range',
      label: { en: 'GOMEMLIMIT', 'zh-cn': 'GOMEMLIMIT' },
      hint: { en: 'The far right is no limit (math.MaxInt64).', 'zh-cn': '最右端为不限制（math.MaxInt64）。' },
      steps: LIMIT_STEPS_MIB.length,
      read: (c) => limitPosition(c.memoryLimit),
      write: (c, i) => ({ ...c, memoryLimit: limitAt(i) }),
      format: (c, locale) => limitLabel(c.memoryLimit, locale),
    },
    {
      id: 'gomaxprocs',
      type: 'range',
      label: { en: 'GOMAXPROCS', 'zh-cn': 'GOMAXPROCS' },
      steps: PROCS_STEPS.length,
      read: (c) => procsPosition(c.gomaxprocs),
      write: (c, i) => ({ ...c, gomaxprocs: PROCS_STEPS[i] ?? c.gomaxprocs }),
      format: (c) => String(c.gomaxprocs),
    },
    {
      id: 'workload',
      type: 'select',
      label: { en: 'Workload', 'zh-cn': '工作负载' },
      hint: { en: 'The GC guide’s graphs run on one CPU (GOMAXPROCS=1) with the guide’s settings.', 'zh-cn': 'GC 指南的几张图在单个 CPU 上运行（GOMAXPROCS=1），并带上指南自己的设置。' },
      options: WORKLOAD_OPTIONS,
      read: (c) => workloadValue(c),
      write: (c, v) => withWorkload(c, v),
    },
  ],
  interventions: [
    {
      id: 'setGCPercent',
      submit: { en: 'debug.SetGCPercent', 'zh-cn': 'debug.SetGCPercent' },
      fields: [
        {
          name: 'gogc',
          type: 'select',
          label: { en: 'GOGC', 'zh-cn': 'GOGC' },
          options: (s) => {
            const cur = s.gcPercent;
            const opts = GOGC_STEPS.map((v) => ({ value: String(v), label: v < 0 ? 'off (-1)' : String(v) }));
            // The current value first, so submitting unchanged is harmless.
            return [{ value: String(cur), label: cur < 0 ? 'off (-1)' : String(cur) }, ...opts.filter((o) => o.value !== String(cur))];
          },
        },
      ],
      toAction: (v) => {
        const n = Number(v.gogc);
        if (!Number.isInteger(n) || n < LIMITS.minGogc || n > LIMITS.maxGogc) return { error: { en: 'Pick a GOGC value', 'zh-cn': '请选择一个 GOGC 值' } };
        return { type: 'setGogc', value: n };
      },
    },
    {
      id: 'setMemoryLimit',
      submit: { en: 'debug.SetMemoryLimit', 'zh-cn': 'debug.SetMemoryLimit' },
      fields: [
        {
          name: 'limit',
          type: 'select',
          label: { en: 'GOMEMLIMIT', 'zh-cn': 'GOMEMLIMIT' },
          options: (s, locale) => {
            const cur = s.memoryLimit;
            const all = LIMIT_STEPS_MIB.map((m) => (m === null ? null : m * (1 << 20)));
            const list = [cur, ...all.filter((v) => v !== cur)];
            return list.map((v) => ({ value: v === null ? 'none' : String(v), label: limitLabel(v, locale) }));
          },
        },
      ],
      toAction: (v) => ({ type: 'setMemoryLimit', bytes: v.limit === 'none' ? null : Number(v.limit) }),
    },
    {
      id: 'gomaxprocs',
      submit: { en: 'runtime.GOMAXPROCS', 'zh-cn': 'runtime.GOMAXPROCS' },
      fields: [{ name: 'n', type: 'number', label: { en: 'GOMAXPROCS', 'zh-cn': 'GOMAXPROCS' }, min: 1, max: () => 64, value: (s) => s.pendingProcs ?? s.gomaxprocs }],
      toAction: (v) => {
        const n = Math.round(Number(v.n));
        if (!Number.isFinite(n) || n < 1 || n > 64) return { error: { en: 'GOMAXPROCS must be 1–64', 'zh-cn': 'GOMAXPROCS 须在 1–64 之间' } };
        return { type: 'setGomaxprocs', n };
      },
    },
    {
      id: 'forceGC',
      submit: { en: 'runtime.GC()', 'zh-cn': 'runtime.GC()' },
      fields: [],
      toAction: () => ({ type: 'forceGC' }),
    },
  ],
};
