// Brings every trace reader on the page to life (there is one, on /tools/trace-reader/).
import { createApp } from './app.ts';

export function boot(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-island="trace-reader"]')) {
    if (root.dataset.booted) continue;
    root.dataset.booted = 'true';
    createApp(root);
  }
}
