// Off the main thread: explore() over every interleaving (the "Find a bad interleaving" command),
// and the whole-run analysis the picture shows (race detector verdicts, the channel comparison).
// A request is one message; the page terminates the worker to cancel it.
import { analyseRaces, compareRun, exploreProgram, type RunSpec } from './analysis.ts';
import type { SpscConfig } from '../../../simulators/spsc/index.ts';

export type WorkerRequest = { id: number; kind: 'explore'; config: SpscConfig } | { id: number; kind: 'analyse'; run: RunSpec };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  const req = e.data;
  try {
    if (req.kind === 'explore') {
      scope.postMessage({ id: req.id, kind: 'explore', result: exploreProgram(req.config) });
      return;
    }
    // Races first: they are quick and the reader looks for them; the comparison replays the whole run.
    scope.postMessage({ id: req.id, kind: 'races', result: analyseRaces(req.run) });
    scope.postMessage({ id: req.id, kind: 'compare', result: compareRun(req.run) });
  } catch (err) {
    scope.postMessage({ id: req.id, kind: 'error', message: String((err as Error)?.message ?? err) });
  }
};
