// explore() off the main thread: the page stays responsive while every interleaving is searched.
import { explore } from '../../../simulators/gc/explore.ts';
import type { GcConfig } from '../../../simulators/gc/types.ts';

type Scope = { onmessage: ((e: MessageEvent<{ config: GcConfig; limit: number }>) => void) | null; postMessage(message: unknown): void };
const scope = self as unknown as Scope;

scope.onmessage = (e) => {
  const { config, limit } = e.data;
  scope.postMessage(explore(config, { limit }));
};
