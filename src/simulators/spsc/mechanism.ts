// The SPSC ring as the shell sees it: engine, narration, view, the Go code for each config with
// each side's current line, the text alternative, "run producer / consumer" interventions, the
// program's settings and the "Find a bad interleaving" command.
import {
  currentLine,
  narrator,
  RING_FILE,
  ringSource,
  spscEngine,
  SpscActionSchema,
  SpscConfigSchema,
  usable,
  used,
  type Side,
  type SpscAction,
  type SpscConfig,
  type SpscState,
} from '../../../simulators/spsc/index.ts';
import type { Locale, Localized } from '../../../simulators/core/types.ts';
import type { ConfigControlSpec, InterventionSpec, Mechanism, SourceMark } from '../shell/types.ts';
import { AnalysisClient, exploreCommand } from './client.ts';
import { fmt, spscLabels } from './labels.ts';
import { renderSpscText } from './text.ts';
import { createSpscView } from './view.ts';
import stylesheet from './spsc.css?url';

/** The chapter section that shows the ring's code (both locales have this anchor). */
export const RING_ANCHOR = 'ring-code';

function ringPage(locale: Locale): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${locale === 'zh-cn' ? 'zh-cn/' : ''}runtime/memory-model/#${RING_ANCHOR}`;
}

function sourceMarks(s: SpscState, locale: Locale): SourceMark[] {
  const t = spscLabels(locale);
  const marks: SourceMark[] = [];
  for (const side of ['producer', 'consumer'] as const) {
    const line = currentLine(s, side);
    if (line === null) continue;
    const retries = s[side].retries;
    marks.push({ line, text: retries > 0 ? `${side === 'producer' ? t.producer : t.consumer} ↻${retries}` : side === 'producer' ? t.producer : t.consumer, tone: s.faults.length > 0 ? 'alert' : 'run' });
  }
  return marks;
}

const L = (en: string, zh: string): Localized => ({ en, 'zh-cn': zh });

function sideIntervention(side: Side, whole: boolean): InterventionSpec<SpscState, SpscAction> {
  const fn = side === 'producer' ? 'TryPush' : 'TryPop';
  const who = side === 'producer' ? L('producer', '生产者') : L('consumer', '消费者');
  return {
    id: `${side}-${whole ? 'call' : 'step'}`,
    submit: whole ? L(`${who.en}: whole ${fn}`, `${who['zh-cn']}：整个 ${fn}`) : L(`${who.en}: one step`, `${who['zh-cn']}：走一步`),
    fields: [],
    toAction: () => ({ type: whole ? 'call' : 'run', side }),
  };
}

const CAPACITIES = [2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

const configControls: ConfigControlSpec<SpscConfig>[] = [
  {
    id: 'publish',
    type: 'select',
    label: L('Publish order', '发布顺序'),
    options: [
      { value: 'after-write', label: L('write the slot, then store tail (correct)', '先写槽位，再存 tail（正确）') },
      { value: 'before-write', label: L('store tail, then write the slot (bug)', '先存 tail，再写槽位（错误）') },
    ],
    read: (c) => c.publish,
    write: (c, v) => ({ ...c, publish: v === 'before-write' ? 'before-write' : 'after-write' }),
  },
  {
    id: 'capacity',
    type: 'select',
    label: L('Capacity', '容量'),
    options: CAPACITIES.map((n) => ({ value: String(n), label: L(`${n} slots`, `${n} 个槽位`) })),
    read: (c) => String(c.capacity),
    write: (c, v) => ({ ...c, capacity: CAPACITIES.includes(Number(v)) ? Number(v) : c.capacity }),
  },
  {
    id: 'scheme',
    type: 'select',
    label: L('Index scheme', '索引方案'),
    options: [
      { value: 'free-running', label: L('free-running: full when tail − head == capacity', '自由递增：tail − head == capacity 为满') },
      { value: 'one-slack', label: L('wrap at capacity: one slot stays empty', '在容量处回绕：留一个空槽') },
    ],
    read: (c) => c.scheme,
    write: (c, v) => {
      if (v !== 'one-slack') return { ...c, scheme: 'free-running' };
      const { startIndex: _s, ...rest } = c;
      return { ...rest, scheme: 'one-slack' };
    },
  },
  {
    id: 'cachedIndices',
    type: 'checkbox',
    label: L('Cached indices (cachedHead, cachedTail)', '缓存对方索引（cachedHead、cachedTail）'),
    read: (c) => c.cachedIndices ?? true,
    write: (c, v) => ({ ...c, cachedIndices: v }),
  },
  {
    id: 'padding',
    type: 'select',
    label: L('Padding between the field groups', '字段组之间的填充'),
    options: [
      { value: '0', label: L('none: head and tail share a line', '无：head 与 tail 同在一行') },
      { value: '64', label: L('64 bytes', '64 字节') },
      { value: '128', label: L('128 bytes (the chapter’s ring)', '128 字节（本章的环）') },
    ],
    read: (c) => String(c.padding ?? 128),
    write: (c, v) => ({ ...c, padding: v === '0' ? 0 : v === '64' ? 64 : 128 }),
  },
  {
    id: 'indexBits',
    type: 'select',
    label: L('Index type', '索引类型'),
    options: [
      { value: '64', label: L('atomic.Uint64', 'atomic.Uint64') },
      { value: '32', label: L('atomic.Uint32 (wraps at 2³²)', 'atomic.Uint32（在 2³² 处回绕）') },
    ],
    read: (c) => String(c.indexBits ?? 64),
    write: (c, v) => {
      if (v !== '32') return { ...c, indexBits: 64 };
      return { ...c, indexBits: 32, ...(c.startIndex !== undefined && c.startIndex >= 2 ** 32 ? { startIndex: 2 ** 32 - 3 } : {}) };
    },
  },
];

export const mechanism: Mechanism<SpscConfig, SpscState, SpscAction> = {
  stylesheet,
  engine: spscEngine,
  actionSchema: SpscActionSchema,
  configSchema: SpscConfigSchema,
  narrator,
  readout: (s, locale) => `head ${fmt(locale, s.head)} · tail ${fmt(locale, s.tail)} · ${spscLabels(locale).inUse} ${fmt(locale, used(s.config, s.tail, s.head))}/${fmt(locale, usable(s.config))}`,
  createView: (stage, locale, run) => createSpscView(stage, locale, run, new AnalysisClient()),
  programSource: (config) => ringSource(config).text,
  sourceLink: (ref, locale) => (ref.file === RING_FILE ? ringPage(locale) : undefined),
  sourceMarks,
  renderText: (el, s, locale) => renderSpscText(el, s, locale),
  interventions: [sideIntervention('producer', false), sideIntervention('producer', true), sideIntervention('consumer', false), sideIntervention('consumer', true)],
  configControls,
  commands: [{ id: 'explore', label: L('Find a bad interleaving', '查找出错的交错'), run: exploreCommand }],
};
