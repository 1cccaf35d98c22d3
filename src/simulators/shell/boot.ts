// Finds the simulators on the page and starts each with its mechanism. A mechanism is found by
// its folder name (src/simulators/<id>/mechanism.ts) and loaded on demand, so a page downloads
// only the simulator it shows and the shell never names one.
import type { Locale } from '../../../simulators/core/types.ts';
import type { Mechanism } from './types.ts';
import { SimulatorShell } from './controller.ts';
import { loadStylesheet } from '../kit/stylesheet.ts';

const loaders = import.meta.glob<{ mechanism: Mechanism<any, any, any> }>('../*/mechanism.ts');

function mechanismLoader(id: string): (() => Promise<{ mechanism: Mechanism<any, any, any> }>) | undefined {
  return loaders[`../${id}/mechanism.ts`];
}

/** Starts one shell: its mechanism, captions and stylesheet load on demand. */
function start(root: HTMLElement): void {
  if (root.dataset.ready) return;
  root.dataset.ready = 'loading';
  const load = mechanismLoader(root.dataset.sim ?? '');
  if (!load) return;
  const locale = (root.dataset.locale as Locale) ?? 'en';
  void load().then(async ({ mechanism }) => {
    const [narrator] = await Promise.all([
      mechanism.narrator ?? mechanism.loadNarrator!(locale),
      mechanism.stylesheet ? loadStylesheet(mechanism.stylesheet) : undefined,
    ]);
    const shell = new SimulatorShell(root, root.dataset.sim!, mechanism, narrator, locale);
    await shell.ready;
    root.dataset.ready = 'true';
    // Exposed for end-to-end tests and the frame-time benchmark.
    const w = window as unknown as { __sims?: unknown[] };
    w.__sims = [...(w.__sims ?? []), shell];
  });
}

/** A link into this chapter's simulator (?sim=…, or #an-id inside it) wants it at once. */
function wantedNow(root: HTMLElement): boolean {
  if (new URLSearchParams(location.search).get('sim') === root.dataset.sim) return true;
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  return !!target && root.contains(target);
}

export function boot(): void {
  const lazy: HTMLElement[] = [];
  for (const root of document.querySelectorAll<HTMLElement>('.sim-shell[data-sim]')) {
    // A simulator inside a chapter starts when the reader nears it (or focuses it), not on load:
    // a chapter is read first, and starting every simulator at once kept the main thread busy.
    if (root.dataset.mode === 'inline' && !wantedNow(root) && 'IntersectionObserver' in window) lazy.push(root);
    else start(root);
  }
  if (lazy.length === 0) return;
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        start(e.target as HTMLElement);
      }
    },
    { rootMargin: '50% 0px' },
  );
  for (const root of lazy) {
    io.observe(root);
    root.addEventListener('focusin', () => start(root), { once: true });
  }
}
