// Headless Chromium from the system (never a downloaded browser), as the brief requires.
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`No Chromium at ${p}: apt-get install chromium, or set CHROMIUM_PATH.`);
  return p;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
