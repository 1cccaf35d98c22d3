// Finds the simulators on the page and starts each with its mechanism. A mechanism is found by
// its folder name (src/simulators/<id>/mechanism.ts) and loaded on demand, so a page downloads
// only the simulator it shows and the shell never names one.
import type { Locale } from '../../../simulators/core/types.ts';
import type { Mechanism } from './types.ts';
import { SimulatorShell } from './controller.ts';

const loaders = import.meta.glob<{ mechanism: Mechanism<any, any, any> }>('../*/mechanism.ts');

function mechanismLoader(id: string): (() => Promise<{ mechanism: Mechanism<any, any, any> }>) | undefined {
  return loaders[`../${id}/mechanism.ts`];
}

export function boot(): void {
  for (const root of document.querySelectorAll<HTMLElement>('.sim-shell[data-sim]')) {
    if (root.dataset.ready) continue;
    root.dataset.ready = 'loading';
    const load = mechanismLoader(root.dataset.sim ?? '');
    if (!load) continue;
    const locale = (root.dataset.locale as Locale) ?? 'en';
    void load().then(async ({ mechanism }) => {
      const narrator = mechanism.narrator ?? (await mechanism.loadNarrator!(locale));
      const shell = new SimulatorShell(root, root.dataset.sim!, mechanism, narrator, locale);
      root.dataset.ready = 'true';
      // Exposed for end-to-end tests and the frame-time benchmark.
      const w = window as unknown as { __sims?: unknown[] };
      w.__sims = [...(w.__sims ?? []), shell];
    });
  }
}
