// "Find a losing interleaving": explore() in a Web Worker, cancelled by the shell's AbortSignal
// (Esc), and the reader-facing answer: the schedule to load, or why there is none.
import type { Localized } from '../../../simulators/core/types.ts';
import type { ExploreResult } from '../../../simulators/gc/index.ts';
import type { GcConfig } from '../../../simulators/gc/types.ts';

/** Distinct states explore may visit: all of them for small programs, fewer where each is large. */
export function exploreLimit(config: GcConfig): number {
  return Object.keys(config.heap).length > 40 ? 25_000 : 250_000;
}

export function exploreInWorker(config: GcConfig, signal: AbortSignal): Promise<ExploreResult> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new DOMException('aborted', 'AbortError'));
    const worker = new Worker(new URL('./gc-explore.worker.ts', import.meta.url), { type: 'module', name: 'gc-explore' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('aborted', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<ExploreResult>) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(e.message || 'explore worker failed'));
    };
    const { schedule: _drop, ...program } = config;
    worker.postMessage({ config: program, limit: exploreLimit(config) });
  });
}

const num = (n: number, locale: 'en' | 'zh-cn') => n.toLocaleString(locale === 'en' ? 'en' : 'zh-CN');

/** What the reader is told, and the config to load. */
export function answer(config: GcConfig, r: ExploreResult): { config?: GcConfig; message: Localized } {
  if (r.lost && r.schedule) {
    const objs = (r.lostObjects ?? []).join(', ');
    const n = r.schedule.length;
    return {
      config: { ...config, schedule: r.schedule },
      message: {
        en: `Found an interleaving that loses ${objs}: ${n} moves (${num(r.explored, 'en')} states searched). It is loaded — step through it with →.`,
        'zh-cn': `找到一种会丢失 ${objs} 的交错：共 ${n} 步（搜索了 ${num(r.explored, 'zh-cn')} 个状态）。已载入，按 → 逐步查看。`,
      },
    };
  }
  if (r.complete) {
    return {
      message: {
        en: `No losing interleaving exists for this program: all ${num(r.explored, 'en')} reachable states were searched and none frees a live object.`,
        'zh-cn': `这个程序不存在会丢失对象的交错：已搜索全部 ${num(r.explored, 'zh-cn')} 个可达状态，没有一个会释放存活对象。`,
      },
    };
  }
  return {
    message: {
      en: `The search stopped at ${num(r.explored, 'en')} states without finding a loss. This program has too many interleavings to search them all, so that is not a proof.`,
      'zh-cn': `搜索在 ${num(r.explored, 'zh-cn')} 个状态处停止，没有找到丢失。这个程序的交错太多，无法全部搜索，所以这不能算证明。`,
    },
  };
}
