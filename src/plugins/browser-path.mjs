// Where the build and the tests find a Chromium. Never downloads one: an env var, then Debian's
// chromium, then Google Chrome (the GitHub runner has it, and so may a Mac).
import { existsSync } from 'node:fs';

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The one line printed when no browser is found (build, dev and npm test). */
export const NO_CHROMIUM =
  'No Chromium found: install Debian\'s `chromium` package (apt-get install chromium fonts-noto-cjk), ' +
  'or set CHROMIUM_PATH to a Chrome/Chromium binary.';

/**
 * The browser's path, or null when there is none. A CHROMIUM_PATH (or CHROME_PATH) that names a
 * missing file is also null, so a typo gets the same clear line instead of a stack trace.
 */
export function findChromium({ env = process.env, candidates = CANDIDATES, exists = existsSync } = {}) {
  const fromEnv = env.CHROMIUM_PATH || env.CHROME_PATH;
  if (fromEnv) return exists(fromEnv) ? fromEnv : null;
  return candidates.find((p) => exists(p)) ?? null;
}

/** NO_CHROMIUM, naming the bad path when CHROMIUM_PATH points nowhere. */
export function noChromiumMessage(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH || env.CHROME_PATH;
  return fromEnv ? `CHROMIUM_PATH points to a missing file (${fromEnv}). ${NO_CHROMIUM}` : NO_CHROMIUM;
}

// Flags for a headless browser in a closed network (no background fetches) and as root in CI.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
