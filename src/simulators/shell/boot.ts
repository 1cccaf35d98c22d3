// Finds the simulators on the page and starts each with its mechanism. Mechanisms load on
// demand, so a page only downloads the simulator it shows.
import type { Locale } from '../../../simulators/core/types.ts';
import type { Mechanism } from './types.ts';
import { SimulatorShell } from './controller.ts';

const mechanisms: Record<string, () => Promise<Mechanism<any, any, any>>> = {
  gmp: () => import('../gmp/mechanism.ts').then((m) => m.gmpMechanism),
};

export function boot(): void {
  for (const root of document.querySelectorAll<HTMLElement>('.sim-shell[data-sim]')) {
    if (root.dataset.ready) continue;
    root.dataset.ready = 'loading';
    const load = mechanisms[root.dataset.sim ?? ''];
    if (!load) continue;
    void load().then((mech) => {
      const shell = new SimulatorShell(root, mech, (root.dataset.locale as Locale) ?? 'en');
      root.dataset.ready = 'true';
      // Exposed for end-to-end tests and the frame-time benchmark.
      (window as unknown as { __sims?: unknown[] }).__sims = [...((window as unknown as { __sims?: unknown[] }).__sims ?? []), shell];
    });
  }
}
