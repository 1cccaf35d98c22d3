// Headless Chromium from the system (never a downloaded browser), as the brief requires.
import { chromium, type Browser } from 'playwright-core';
import { findChromium, noChromiumMessage } from '../../src/plugins/browser-path.mjs';

export function chromiumPath(): string {
  const p = findChromium();
  if (!p) throw new Error(noChromiumMessage());
  return p;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
