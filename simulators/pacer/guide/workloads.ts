// The five workloads of the GC guide's interactive graphs (go.dev/doc/gc-guide, the
// `data-workload` / `data-config` attributes of its .gc-guide-graph elements), with the sliders at
// their initial positions: GOGC slider 6.64 → round(2^6.64) = 100, memory-limit slider 100 MiB.
import type { Localized } from '../../core/types.ts';
import type { GuideInputs, GuidePhase } from './guideModel.ts';

const p = (duration: number, allocRate: number, newSurvivalRate: number, oldDeathRate: number): GuidePhase => ({
  duration,
  allocRate,
  scanRate: 1024,
  newSurvivalRate,
  oldDeathRate,
});

export type GuideWorkload = {
  id: string;
  /** Where it sits in the guide. */
  section: string;
  title: Localized;
  inputs: GuideInputs;
  /** Which sliders the guide offers for this graph. */
  sliders: ('gogc' | 'memoryLimit')[];
};

/** The guide's "no limit": a 100000 MiB memory limit. */
export const GUIDE_NO_LIMIT = 100000;

export const GUIDE_WORKLOADS: readonly GuideWorkload[] = [
  {
    id: 'gogc-steady',
    section: 'GOGC',
    title: { en: 'Steady state: 20 MiB live, 200 MiB allocated', 'zh-cn': '稳态：存活 20 MiB，共分配 200 MiB' },
    inputs: { workload: [p(1, 20, 1, 0), p(9, 20, 0, 0)], gogc: 100, memoryLimit: GUIDE_NO_LIMIT, otherMem: 0, fixedCost: 0.04 },
    sliders: ['gogc'],
  },
  {
    id: 'gogc-dynamic',
    section: 'GOGC',
    title: { en: 'A shifting live heap, then 10× the allocation rate', 'zh-cn': '存活堆来回变化，之后分配速率提高 10 倍' },
    inputs: {
      workload: [p(1, 20, 1, 0), p(1, 20, 0, 0.5), p(1, 20, 0.5, 0), p(1, 20, 0, 0.5), p(1, 20, 0.5, 0), p(5, 200, 0.02, 1)],
      gogc: 100,
      memoryLimit: GUIDE_NO_LIMIT,
      otherMem: 0,
      fixedCost: 0.04,
    },
    sliders: ['gogc'],
  },
  {
    id: 'spike',
    section: 'Memory limit',
    title: { en: 'A transient spike in the live heap', 'zh-cn': '存活堆的短暂峰值' },
    inputs: {
      workload: [p(1, 20, 1, 0), p(4, 20, 0, 0), p(0.5, 20, 1, 0), p(0.5, 20, 0, 0), p(0.5, 20, 0, 0.5), p(3.5, 20, 0, 0)],
      gogc: 100,
      memoryLimit: GUIDE_NO_LIMIT,
      otherMem: 0,
      fixedCost: 0.04,
    },
    sliders: ['gogc'],
  },
  {
    id: 'limit-steady',
    section: 'Memory limit',
    title: { en: 'Steady state with 10 MiB of other memory and a memory limit', 'zh-cn': '稳态，另有 10 MiB 其他内存，并设置内存限制' },
    inputs: { workload: [p(1, 20, 1, 0), p(9, 20, 0, 0)], gogc: 100, memoryLimit: 100, otherMem: 10, fixedCost: 0.04 },
    sliders: ['gogc', 'memoryLimit'],
  },
  {
    id: 'limit-spike',
    section: 'Memory limit',
    title: { en: 'The transient spike with a memory limit', 'zh-cn': '设置内存限制后的短暂峰值' },
    inputs: {
      workload: [p(1, 20, 1, 0), p(4, 20, 0, 0), p(0.5, 20, 1, 0), p(0.5, 20, 0, 0), p(0.5, 20, 0, 0.5), p(3.5, 20, 0, 0)],
      gogc: 100,
      memoryLimit: 100,
      otherMem: 0,
      fixedCost: 0.04,
    },
    sliders: ['gogc', 'memoryLimit'],
  },
];
