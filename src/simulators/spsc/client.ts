// The page's side of explore.worker.ts: the whole-run analysis the picture shows (one request at
// a time; a newer run replaces an older one, terminating the worker if it is still busy), and
// the "Find a bad interleaving" command (a worker of its own, terminated on cancel).
import type { Localized } from '../../../simulators/core/types.ts';
import type { SpscConfig } from '../../../simulators/spsc/index.ts';
import type { CompareAnalysis, ExploreOutcome, RaceAnalysis, RunSpec } from './analysis.ts';
import { runKey } from './run-key.ts';
import { spscLabels } from './labels.ts';
import type { WorkerRequest } from './explore.worker.ts';

type Reply =
  | { id: number; kind: 'races'; result: RaceAnalysis }
  | { id: number; kind: 'compare'; result: CompareAnalysis }
  | { id: number; kind: 'explore'; result: ExploreOutcome }
  | { id: number; kind: 'error'; message: string };

export type AnalysisState = { races?: RaceAnalysis; compare?: CompareAnalysis; unavailable?: boolean };

function spawn(): Worker | null {
  try {
    return new Worker(new URL('./explore.worker.ts', import.meta.url), { type: 'module', name: 'spsc' });
  } catch {
    return null;
  }
}

export class AnalysisClient {
  private worker: Worker | null = null;
  private busy = false;
  private seq = 0;
  private key = '';
  private readonly results = new Map<string, AnalysisState>();
  /** Called when a result for `key` arrives. */
  onUpdate: (key: string, a: AnalysisState) => void = () => undefined;

  /** Starts the analysis of `run` unless it is the one already known or under way; returns its key. */
  request(run: RunSpec): string {
    const key = runKey(run);
    if (key === this.key || this.results.get(key)?.compare) return key;
    this.key = key;
    const id = ++this.seq;
    if (this.busy && this.worker) {
      this.worker.terminate();
      this.worker = null;
    }
    this.results.set(key, {});
    if (!this.worker) {
      this.worker = spawn();
      if (this.worker) this.worker.onmessage = (e: MessageEvent<Reply>) => this.receive(e.data);
    }
    if (!this.worker) {
      // No worker (a browser that refuses them): the picture says the verdicts are unavailable.
      const a = { unavailable: true };
      this.results.set(key, a);
      queueMicrotask(() => this.onUpdate(key, a));
      return key;
    }
    this.busy = true;
    this.worker.postMessage({ id, kind: 'analyse', run: { config: run.config, seed: run.seed, actions: [...run.actions] } } satisfies WorkerRequest);
    this.pending = { id, key };
    return key;
  }

  private pending: { id: number; key: string } | null = null;

  current(key: string): AnalysisState {
    return this.results.get(key) ?? {};
  }

  private receive(m: Reply): void {
    if (!this.pending || m.id !== this.pending.id) return;
    const key = this.pending.key;
    const a = { ...(this.results.get(key) ?? {}) };
    if (m.kind === 'races') a.races = m.result;
    else if (m.kind === 'compare') a.compare = m.result;
    else if (m.kind === 'error') a.unavailable = true;
    if (m.kind === 'compare' || m.kind === 'error') {
      this.busy = false;
      this.pending = null;
    }
    this.results.set(key, a);
    if (this.results.size > 32) this.results.delete(this.results.keys().next().value!);
    this.onUpdate(key, a);
  }

}

const ruleName = (r: string | undefined) => r ?? 'check()';

/** "Find a bad interleaving": explore() in a worker; the schedule it finds becomes the config. */
export function exploreCommand(config: SpscConfig, signal: AbortSignal): Promise<{ config?: SpscConfig; message: Localized }> {
  return new Promise((resolve, reject) => {
    const w = spawn();
    if (!w) {
      reject(new Error('Web Workers are not available'));
      return;
    }
    const stop = () => {
      w.terminate();
      reject(new DOMException('cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    w.onmessage = (e: MessageEvent<Reply>) => {
      signal.removeEventListener('abort', stop);
      w.terminate();
      const m = e.data;
      if (m.kind === 'error') return reject(new Error(m.message));
      if (m.kind !== 'explore') return reject(new Error('unexpected reply'));
      resolve(exploreMessage(m.result, config));
    };
    w.onerror = (e) => {
      signal.removeEventListener('abort', stop);
      w.terminate();
      reject(new Error(e.message || 'explore worker failed'));
    };
    w.postMessage({ id: 1, kind: 'explore', config } satisfies WorkerRequest);
  });
}

export function exploreMessage(r: ExploreOutcome, config: SpscConfig): { config?: SpscConfig; message: Localized } {
  const msg = (locale: 'en' | 'zh-cn') => {
    const t = spscLabels(locale).explore;
    const head = r.trimmedTo !== undefined ? `${t.trimmed(r.trimmedTo, config.producer.length)} ` : '';
    if (r.violated) return head + t.found(ruleName(r.rule), r.schedule!.length, r.explored);
    if (r.truncated) return head + t.truncated(r.explored);
    return r.trimmedTo !== undefined ? head + t.noneFirst(r.trimmedTo, r.explored) : t.none(r.explored);
  };
  return { ...(r.violated && r.config ? { config: r.config } : {}), message: { en: msg('en'), 'zh-cn': msg('zh-cn') } };
}
